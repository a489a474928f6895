using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Community;

namespace Tanso.Data.Seeding;

/// <summary>
/// First posts of the policy news board (정책뉴스): a few real releases on carbon-neutrality policy, each with its
/// publisher, date and address, summarised in Tanso's own words (no release text is copied). Earlier versions seeded
/// titles of an off-topic list with no text; those are hidden here (their numbers stay taken).
/// </summary>
internal static class PolicyNews
{
    /// <summary>The source the earlier seed wrote on its title-only posts.</summary>
    public const string RetiredListSource = "ESG 정책뉴스 목록 (프로젝트 원문 자료, 제목·기관·날짜만 가져옴)";

    internal sealed record Item(string Title, string Publisher, string Date, string Source, string? Url, string Summary);

    public static readonly Item[] Items =
    [
        new("2050 탄소중립 추진 범부처 전담반(TF) 제1차 회의 개최", "국무조정실", "2021-01-13",
            "국무조정실 보도자료 (영문판 “2050 Carbon Neutrality Promotion Pan-Ministerial Task Force(T/F) 1st Meeting”), 대통령기록관 대통령 웹기록물",
            "https://www.pa.go.kr",
            "국무조정실장이 주재한 첫 범부처 전담반 회의에서 관계 부처가 「2050 탄소중립 추진전략」(2020.12.7)의 이행과제와 \"2050 탄소중립 시나리오\" 마련 계획을 검토했습니다.\n" +
            "부문별 감축 방안을 담은 시나리오는 그해 상반기(6월 말)까지 마련하고, 제도 기반 강화처럼 시나리오와 관계없이 할 수 있는 과제는 곧바로 추진하기로 했습니다.\n" +
            "2050 탄소중립위원회(가칭)가 출범할 때까지 전담반이 매달 추진 상황을 점검하기로 했습니다. 원문 주소는 보관본에 남아 있지 않아 대통령기록관 웹기록물 누리집을 적었습니다."),
        new("본격적인 지역 주도 탄소중립 시대 연다 — 지자체 탄소중립 활성화 토론회", "환경부", "2024-04-21",
            "환경부 보도자료 (2024.04.21), 대한민국 정책브리핑",
            "https://www.korea.kr/briefing/pressReleaseView.do?newsId=156626381",
            "환경부가 기후변화주간(4.22~4.28)에 코엑스에서 지자체 탄소중립 활성화 토론회를 열었습니다. 탄소중립녹색성장위원회, 전국 지자체 담당자, 탄소중립 지원센터와 전문가 약 150명이 참여했습니다.\n" +
            "탄소중립기본법 제11조에 따라 수립된 시·도 탄소중립 녹색성장 기본계획 가운데 서울·부산·광주·대구 네 곳의 계획을 공유했습니다.\n" +
            "수립된 기본계획의 추진 성과를 해마다 정성·정량적으로 점검·평가하는 방안도 전문가들이 토론했습니다."),
        new("2023년 지역소득(잠정): 전국 지역내총생산 2,404조 원", "통계청", "2024-12-20",
            "통계청 「2023년 지역소득(잠정)」 보도, 대한민국 정책브리핑",
            "https://m.korea.kr/news/policyBriefingView.do?newsId=156666783",
            "통계청이 2023년 지역소득 잠정 결과를 냈습니다. 전국 명목 지역내총생산(GRDP)은 2,404조 원으로 전년보다 77조 원(3.3%) 늘었고, 경기(594조 원)와 서울(548조 원)이 가장 컸습니다. 수도권이 전국의 52.3%를 차지했습니다.\n" +
            "지역내총생산은 지자체의 GRDP당 배출량을 견줄 때 분모가 됩니다. 시·도별 전체 표는 KOSIS(지역소득)에서 내려받아 가져올 수 있습니다."),
        new("2024년 국가 온실가스 잠정배출량 발표", "온실가스종합정보센터", "2025-08-20",
            "온실가스종합정보센터 「2024년도 국가 온실가스 잠정배출량」 발표, 2050 탄소중립녹색성장위원회 누리집",
            "https://www.2050cnc.go.kr/base/board/read?boardManagementNo=43&boardNo=6507&page=6",
            "온실가스종합정보센터가 2024년 국가 온실가스 배출량 잠정치를 발표했습니다. 2006 IPCC 지침 기준 691.58백만톤으로 전년 잠정치보다 14.19백만톤(2%) 줄었습니다.\n" +
            "2030 국가 감축목표(NDC) 점검을 위해 1996 IPCC 지침으로도 함께 산정했으며, 그 기준으로는 638.97백만톤입니다. 두 지침의 값은 서로 견주지 않습니다.\n" +
            "확정치는 2026년 하반기에 나올 예정입니다."),
    ];

    public static async Task SeedAsync(TansoDb db, CancellationToken ct)
    {
        foreach (var retired in await db.NewsPosts.Where(p => p.ImportedFrom == RetiredListSource && !p.IsDeleted).ToListAsync(ct))
        {
            retired.Delete();
        }
        var present = (await db.NewsPosts.Where(p => p.ImportedFrom != null).Select(p => p.Title).ToListAsync(ct)).ToHashSet();
        var next = (await db.NewsPosts.MaxAsync(p => (int?)p.Number, ct) ?? 0) + 1;
        foreach (var item in Items.Where(i => !present.Contains(i.Title)))
        {
            db.NewsPosts.Add(new NewsPost(next++, item.Title, item.Publisher, item.Summary, DateOnly.ParseExact(item.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture))
                .SummarisedFrom(item.Source, item.Url));
        }
        await db.SaveChangesAsync(ct);
    }
}

using Tanso.Core;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Community;
using Tanso.Core.Governments;
using Tanso.Core.Sectors;

namespace Tanso.Data.Seeding;

/// <summary>
/// First content for the community pages. The policy news board gets the titles, organisations and dates of the
/// "ESG 정책뉴스" list in the project's source documents (shared/seeds), marked as imported titles with no body (none
/// is invented). The campaign and the good practice are made up by code and marked sample (예시 데이터).
/// </summary>
internal static class CommunitySamples
{
    public const string NewsSource = "ESG 정책뉴스 목록 (프로젝트 원문 자료, 제목·기관·날짜만 가져옴)";

    // 번호, 제목, 글쓴이, 날짜 as listed (the list's own 조회수 are another site's counts and are not copied).
    private static readonly (int Number, string Title, string Organisation, string Date)[] News =
    [
        (2410, "요즘 농가에서는 ‘저탄소 인증’이 인기", "한국생산성본부", "2024-03-29"),
        (2411, "플라스틱 재생원료 사용 촉진한다… 폐플라스틱 재생원료 사용 표시제도 시행", "한국생산성본부", "2024-03-29"),
        (2412, "환경부-인천시, 수소버스 전환 정책 선도한다", "한국생산성본부", "2024-03-29"),
        (2413, "녹색기업 맞춤형 성장펀드로 민관협업 녹색투자 모범사례 늘린다", "한국생산성본부", "2024-03-29"),
        (2414, "온실가스 국제감축사업 참여기업 모집", "한국생산성본부", "2024-03-29"),
        (2415, "장애인 권리보장은 더하고돌봄부담은 덜어내는 약자복지 강화 추진", "한국생산성본부", "2024-03-29"),
        (2416, "그린카드로 녹색제품 사면 ‘만점’ 드려요", "한국생산성본부", "2024-04-09"),
        (2417, "잠재력과 역량을 갖춘 저소득층 학생 7,000명의 꿈을 응원합니다", "한국생산성본부", "2024-04-09"),
        (2418, "‘칭찬과 기부문화를 동시에’ 해양수산부, 칭찬쿠폰 제도 본격 운영", "한국생산성본부", "2024-04-09"),
        (2419, "지역 고용상황에 맞는 차별화된 「고용촉진장려금」이 찾아옵니다!", "한국생산성본부", "2024-04-09"),
        (2420, "전기차 에너지효율 등급제 전면 시행", "한국생산성본부", "2024-04-09"),
        (2421, "멸종위기 야생생물 보전주간 운영… 야생생물 공존 가치 널리 알린다", "한국생산성본부", "2024-04-09"),
        (2422, "자립준비청년, 기업과 만나다", "한국생산성본부", "2024-04-09"),
        (2423, "『중대재해 사이렌』을 보면 위험이 보인다", "한국생산성본부", "2024-04-09"),
        (2424, "복잡·다양한 사회문제 해결을 위해 민관협력 플랫폼(DPGcollab)이 앞장선다", "한국생산성본부", "2024-04-09"),
        (2425, "우리 기업 탄소국경조정제도 대응, 정부·유관기관 통합 지원한다", "한국생산성본부", "2024-04-09"),
        (2426, "바이오가스 활용 수소 생산 확대로 지역자립형 수소차 생태계 촉진한다", "한국생산성본부", "2024-04-09"),
        (2427, "고립·은둔 청소년 빈틈없이 찾아 돕는다", "한국생산성본부", "2024-04-09"),
        (2428, "중대재해 감축을 위해 전문건설업체 안전멘토링 등 현장의 안전관리를 강화합니다", "한국생산성본부", "2024-04-09"),
        (2429, "마음챙김, 맞춤형 고용서비스, 직장적응 까지 토탈케어 받으세요!", "한국생산성본부", "2024-04-09"),
    ];

    public static async Task SeedAsync(TansoDb db, bool sampleData, CancellationToken ct)
    {
        await SeedNewsAsync(db, ct);
        if (sampleData)
        {
            await SeedSamplesAsync(db, ct);
        }
    }

    private static async Task SeedNewsAsync(TansoDb db, CancellationToken ct)
    {
        var taken = (await db.NewsPosts.Select(p => p.Number).ToListAsync(ct)).ToHashSet();
        db.NewsPosts.AddRange(News.Where(n => !taken.Contains(n.Number)).Select(n =>
            new NewsPost(n.Number, n.Title, n.Organisation, null, DateOnly.ParseExact(n.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture))
                .ImportedFromSource(NewsSource)));
        await db.SaveChangesAsync(ct);
    }

    private static async Task SeedSamplesAsync(TansoDb db, CancellationToken ct)
    {
        if (!await db.Campaigns.AnyAsync(c => c.IsSample, ct))
        {
            var nation = await db.Governments.SingleAsync(g => g.Level == GovernmentLevel.National, ct);
            // Open for a year from the first start, so that the sample can be tried; Korean dates (UTC+9, no DST).
            var today = KoreanTime.Today(db.Clock);
            db.Campaigns.Add(new Campaign(nation.Id, "[예시] 기후변화주간 생활 속 탄소중립 실천 다짐",
                "예시 데이터입니다. 기후변화주간(4.22~4.28)처럼 시민이 생활 속 실천을 다짐하는 캠페인의 예입니다. 이름은 적지 않아도 됩니다.",
                today.AddDays(-1), today.AddDays(365), 1_000,
                ["대중교통·자전거로 출퇴근하기", "안 쓰는 전기 플러그 뽑기", "다회용기·장바구니 쓰기", "냉난방 온도 1℃ 조절하기"]).AsSample());
            await db.SaveChangesAsync(ct);
        }
        if (await db.GoodPractices.AnyAsync(p => p.IsSample, ct))
        {
            return;
        }
        var plan = await db.Plans.Include(p => p.Tasks).FirstOrDefaultAsync(p => p.IsSample, ct);
        if (plan is null)
        {
            return;
        }
        var practice = new GoodPractice(plan.GovernmentId, "[예시] 전기·수소 시내버스 전환으로 수송 배출 줄이기",
            "예시 데이터입니다. 시내버스를 무공해차로 바꾼 사례를 적는 방법을 보여 줍니다.",
            "예시 데이터입니다. 실제 사례가 아닙니다.\n\n추진 배경, 추진 내용, 성과(감축량과 KPI), 어려움과 해결 방법, 다른 지자체에 주는 시사점 순서로 적으면 읽기 좋습니다.",
            SectorTaxonomy.Transport.Code).AsSample();
        var task = plan.Tasks.FirstOrDefault(t => t.Code == "1-1");
        practice.Edit(practice.Title, practice.Summary, practice.Body, practice.Sector, null, task is null ? [] : [task.Id]);
        practice.MoveTo(PracticeStatus.Published, db.Clock.GetUtcNow().UtcDateTime);
        db.GoodPractices.Add(practice);
        await db.SaveChangesAsync(ct);
    }
}

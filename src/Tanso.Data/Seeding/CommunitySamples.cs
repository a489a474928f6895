using Tanso.Core;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Community;
using Tanso.Core.Governments;
using Tanso.Core.Sectors;

namespace Tanso.Data.Seeding;

/// <summary>
/// First content for the community pages: real policy news (<see cref="PolicyNews"/>), and, with sample data on, a
/// campaign and a good practice made up by code and marked sample (예시 데이터).
/// </summary>
internal static class CommunitySamples
{
    public static async Task SeedAsync(TansoDb db, bool sampleData, CancellationToken ct)
    {
        await PolicyNews.SeedAsync(db, ct);
        if (sampleData)
        {
            await SeedSamplesAsync(db, ct);
        }
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

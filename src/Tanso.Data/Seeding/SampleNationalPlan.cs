using Microsoft.EntityFrameworkCore;
using Tanso.Core.Checks;
using Tanso.Core.Governments;
using Tanso.Core.Plans;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;

namespace Tanso.Data.Seeding;

/// <summary>
/// A sample national plan with 15 tasks of 5 ministries, approved, and two consecutive monthly task-force checks
/// (February and March 2025) with progress, so that the task-force page has something to show on first start.
/// Its base is the nation's 2018 gross emissions (727.6 Mt, national-sector-figures.csv) and its 2030 target the
/// 2021 NDC (−40 %); the tasks, ministries' statuses and budgets are made up and labelled sample (예시 데이터).
/// It stays approved, not published: the public cascade keeps measuring provinces against the official NDC.
/// </summary>
internal static class SampleNationalPlan
{
    private const string Source = "national-sector-figures.csv: 총배출량 2018 727.6 Mt (NDC base), http://www.news21tongsin.co.kr/news/view.php?idx=138585";

    // Code, name, ministry, sector, end year, then the status in February and in March (null: not reported that month).
    private static readonly (string Code, string Name, string Ministry, Sector Sector, int EndYear, TaskProgressStatus? February, TaskProgressStatus? March)[] Tasks =
    [
        ("1-1", "재생에너지 보급 확대", "산업통상자원부", SectorTaxonomy.Power, 2030, TaskProgressStatus.OnTrack, TaskProgressStatus.OnTrack),
        ("1-2", "산업공정 연료·원료 전환 지원", "산업통상자원부", SectorTaxonomy.Industry, 2027, TaskProgressStatus.Delayed, TaskProgressStatus.OnTrack),
        ("1-3", "에너지 다소비 사업장 효율 개선", "산업통상자원부", SectorTaxonomy.Industry, 2024, TaskProgressStatus.OnTrack, TaskProgressStatus.Delayed),
        ("2-1", "제로에너지건축물 인증 확대", "국토교통부", SectorTaxonomy.Buildings, 2030, TaskProgressStatus.OnTrack, TaskProgressStatus.OnTrack),
        ("2-2", "공공건물 그린리모델링", "국토교통부", SectorTaxonomy.Buildings, 2024, TaskProgressStatus.Delayed, TaskProgressStatus.Done),
        ("2-3", "대중교통 이용 활성화", "국토교통부", SectorTaxonomy.Transport, 2027, TaskProgressStatus.OnTrack, TaskProgressStatus.Dropped),
        ("3-1", "무공해차 보급 확대", "환경부", SectorTaxonomy.Transport, 2030, TaskProgressStatus.OnTrack, TaskProgressStatus.OnTrack),
        ("3-2", "폐기물 감량과 재활용 확대", "환경부", SectorTaxonomy.Waste, 2024, TaskProgressStatus.Delayed, TaskProgressStatus.Delayed),
        ("3-3", "유기성 폐자원 바이오가스화", "환경부", SectorTaxonomy.Waste, 2027, TaskProgressStatus.OnTrack, null),
        ("4-1", "저탄소 농업기술 보급", "농림축산식품부", SectorTaxonomy.Agriculture, 2030, TaskProgressStatus.OnTrack, TaskProgressStatus.OnTrack),
        ("4-2", "가축분뇨 에너지화", "농림축산식품부", SectorTaxonomy.Agriculture, 2025, TaskProgressStatus.Dropped, TaskProgressStatus.Delayed),
        ("4-3", "산림 흡수원 확충", "농림축산식품부", SectorTaxonomy.Lulucf, 2030, null, TaskProgressStatus.OnTrack),
        ("5-1", "친환경 선박 전환", "해양수산부", SectorTaxonomy.Transport, 2030, TaskProgressStatus.Delayed, TaskProgressStatus.Delayed),
        ("5-2", "블루카본 흡수원 확충", "해양수산부", SectorTaxonomy.Lulucf, 2024, TaskProgressStatus.OnTrack, TaskProgressStatus.OnTrack),
        ("5-3", "항만 탄소중립 전환", "해양수산부", SectorTaxonomy.Transport, 2027, TaskProgressStatus.Done, TaskProgressStatus.Done),
    ];

    public static async Task<int> SeedAsync(TansoDb db, CancellationToken ct)
    {
        var nation = await db.Governments.SingleAsync(g => g.Level == GovernmentLevel.National, ct);
        if (await db.Plans.AnyAsync(p => p.GovernmentId == nation.Id && p.IsSample, ct))
        {
            return 0;
        }
        var plan = new Plan(nation.Id, "[예시] 국가 탄소중립·녹색성장 기본계획 (2023–2042)", 2023, 2042, 2018, new TonnesCo2e(727_600_000m), Source).AsSample();
        plan.Describe(plan.Title, 2023, 2042, 2018, plan.BaseEmissions, Source, null,
            "2018년 총배출량 727.6 Mt 기준, 2030년 순배출량 목표 436.6 Mt (흡수원·CCUS·국제감축 포함, 1996 IPCC 지침) — base: 2018 gross; 2030 target: net of LULUCF, CCUS and international reductions",
            2050, Interpolation.StraightLine);
        // The NDC and the 1st National Basic Plan count their 436.6 Mt net of sinks, CCUS and international reductions,
        // on the 1996 guidelines (national-sector-figures.csv, https://fsc.go.kr/no010101/79643).
        plan.CountOn(EmissionsBasis.NationalNdc);
        plan.SetTargets([new PlanTarget(2030, null, TargetKind.Amount, 436_600_000m)], merge: false).OrThrow();
        var tasks = Tasks.Select((t, i) =>
        {
            var task = new PlanTask(TaskLevel.Task, t.Code, "[예시] " + t.Name, t.Ministry, t.Sector.Code, 2023, t.EndYear);
            for (var year = 2023; year <= Math.Min(t.EndYear, 2026); year++)
            {
                task.WithYear(new PlanTaskYear(year, (50m + i * 10m) * 1_000_000_000m, null));
            }
            return task;
        }).ToList();
        foreach (var task in tasks)
        {
            plan.AddTask(task).OrThrow();
        }
        db.Plans.Add(plan);
        await db.SaveChangesAsync(ct);
        plan.StartLineage();
        SampleReview.Approve(plan, new DateTime(2023, 4, 11, 0, 0, 0, DateTimeKind.Utc));
        await db.SaveChangesAsync(ct);

        foreach (var (month, pick) in new (int, Func<(TaskProgressStatus? February, TaskProgressStatus? March), TaskProgressStatus?>)[] { (2, s => s.February), (3, s => s.March) })
        {
            var cycle = new CheckCycle(plan.Id, nation.Id, CheckPeriod.OfMonth(2025, month));
            cycle.MoveTo(CheckStage.Reporting);
            for (var i = 0; i < Tasks.Length; i++)
            {
                if (pick((Tasks[i].February, Tasks[i].March)) is not { } status)
                {
                    continue;
                }
                var progress = new TaskProgress(tasks[i].Id, status);
                var planned = tasks[i].Years.FirstOrDefault(y => y.Year == 2025)?.BudgetKrw ?? 0m;
                progress.Report(status, Math.Round(planned * month * (status == TaskProgressStatus.Delayed ? 0.03m : 0.07m)), $"[예시] 2025년 {month}월 추진 실적", "", []);
                cycle.Progress.Add(progress);
            }
            if (month == 2)
            {
                cycle.SubmitReport(new DateOnly(2025, 2, 28));
                cycle.MoveTo(CheckStage.Evaluation);
            }
            db.CheckCycles.Add(cycle);
        }
        await db.SaveChangesAsync(ct);
        return 1;
    }
}

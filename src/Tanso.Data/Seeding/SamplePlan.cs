using Microsoft.EntityFrameworkCore;
using Tanso.Core.Governments;
using Tanso.Core.Plans;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;

namespace Tanso.Data.Seeding;

/// <summary>
/// A sample plan for Busan, published, so that the plan and cascade pages have something to show. Its base and
/// total target are Busan's as reported (−45 % by 2030 against 16.628 Mt in 2018, emissions under the city's
/// control, net zero by 2050; source in the reference file regional-targets.md). Its sector targets and tasks are
/// made up and the plan is marked sample (예시 데이터).
/// </summary>
internal static class SamplePlan
{
    private const string Source = "donga.com/news/amp/all/20240327/124190435/1 (as reported; project reference regional-targets.md)";

    public static async Task<int> SeedAsync(TansoDb db, CancellationToken ct)
    {
        var busan = (await db.Governments.Where(g => g.Level == GovernmentLevel.Province).ToListAsync(ct)).Single(g => g.AdministrativeCode?.Value == "26");
        if (await db.Plans.AnyAsync(p => p.GovernmentId == busan.Id && p.IsSample, ct))
        {
            return 0;
        }
        var plan = new Plan(busan.Id, "[예시] 부산광역시 탄소중립 녹색성장 기본계획 (2024–2033)", 2024, 2033, 2018, new TonnesCo2e(16_628_000m), Source).AsSample();
        plan.Describe(plan.Title, 2024, 2033, 2018, plan.BaseEmissions, Source, null, "시 관할 배출량 (emissions under the city's control)", 2050, Interpolation.StraightLine);
        plan.Targets.Add(new PlanTarget(2030, null, TargetKind.ReductionPercent, 45m));
        plan.Targets.Add(new PlanTarget(2030, SectorTaxonomy.Transport.Code, TargetKind.ReductionPercent, 40m));
        plan.Targets.Add(new PlanTarget(2030, SectorTaxonomy.Buildings.Code, TargetKind.ReductionPercent, 35m));
        var area = new PlanTask(TaskLevel.Area, "1", "수송", "교통혁신국", SectorTaxonomy.Transport.Code, 2024, 2033);
        var ev = new PlanTask(TaskLevel.Task, "1-1", "[예시] 전기·수소차 보급 확대", "교통혁신국", SectorTaxonomy.Transport.Code, 2024, 2030) { Parent = area };
        for (var year = 2024; year <= 2026; year++)
        {
            ev.Years.Add(new PlanTaskYear(year, 12_000_000_000m + (year - 2024) * 2_000_000_000m, new TonnesCo2e(30_000m + (year - 2024) * 10_000m)));
        }
        var kpi = new PlanKpi("[예시] 무공해차 누적 보급 대수", "대", KpiDirection.Increase, 20_000m);
        kpi.Targets.AddRange([new PlanKpiTarget(2026, 60_000m), new PlanKpiTarget(2030, 150_000m)]);
        ev.Kpis.Add(kpi);
        var buildings = new PlanTask(TaskLevel.Area, "2", "건물", "환경물정책실", SectorTaxonomy.Buildings.Code, 2024, 2033);
        var retrofit = new PlanTask(TaskLevel.Task, "2-1", "[예시] 공공건물 그린리모델링", "환경물정책실", SectorTaxonomy.Buildings.Code, 2024, 2030) { Parent = buildings };
        retrofit.Years.Add(new PlanTaskYear(2024, 5_000_000_000m, new TonnesCo2e(8_000m)));
        plan.Tasks.AddRange([area, ev, buildings, retrofit]);
        db.Plans.Add(plan);
        await db.SaveChangesAsync(ct);
        plan.StartLineage();
        foreach (var action in new[] { PlanAction.Submit, PlanAction.Approve, PlanAction.Publish })
        {
            plan.Apply(action);
        }
        await db.SaveChangesAsync(ct);
        return 1;
    }
}

using Microsoft.EntityFrameworkCore;
using Tanso.Core.Plans;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Plans;

public sealed class PlanStorageTests(SeededApp fixture) : IClassFixture<SeededApp>
{
    private static Plan Busan(int governmentId)
    {
        var plan = new Plan(governmentId, "부산광역시 탄소중립 녹색성장 기본계획", 2024, 2033, 2018, new TonnesCo2e(16_628_000m), "donga.com/news/amp/all/20240327/124190435/1");
        plan.SetTargets([new PlanTarget(2030, null, TargetKind.ReductionPercent, 45m), new PlanTarget(2030, SectorTaxonomy.Transport.Code, TargetKind.Amount, 2_000_000m)], merge: false).OrThrow();
        var area = new PlanTask(TaskLevel.Area, "1", "수송", "교통국", SectorTaxonomy.Transport.Code, 2024, 2033);
        var task = new PlanTask(TaskLevel.Task, "1-1", "전기차 보급", "교통국", SectorTaxonomy.Transport.Code, 2024, 2030) { Parent = area };
        task.WithYear(new PlanTaskYear(2024, 1_000_000_000m, new TonnesCo2e(2_000m)));
        var kpi = new PlanKpi("전기차 보급 대수", "대", KpiDirection.Increase, 10_000m);
        kpi.WithTarget(2030, 100_000m);
        task.WithKpi(kpi);
        plan.AddTask(area).OrThrow();
        plan.AddTask(task).OrThrow();
        return plan;
    }

    [Fact]
    public async Task APlan_WithTargetsTasksAndKpis_RoundTrips_AndARevisionCopiesItAsADraft()
    {
        _ = fixture.App.Server;
        int lineage;
        await using (var db = fixture.Database.Open())
        {
            var busan = (await db.Governments.ToListAsync()).Single(g => g.AdministrativeCode?.Value == "26").Id;
            var plan = Busan(busan);
            db.Plans.Add(plan);
            await db.SaveChangesAsync();
            plan.StartLineage();
            Tanso.Data.Seeding.SampleReview.Approve(plan, new DateTime(2025, 3, 2, 0, 0, 0, DateTimeKind.Utc));
            await db.SaveChangesAsync();
            var next = plan.Revise();
            db.Plans.Add(next);
            await db.SaveChangesAsync();
            lineage = plan.LineageId;
        }

        await using var check = fixture.Database.Open();
        var revisions = await check.Plans.Include(p => p.Targets).Include(p => p.Tasks).ThenInclude(t => t.Years)
            .Include(p => p.Tasks).ThenInclude(t => t.Kpis).ThenInclude(k => k.Targets)
            .Where(p => p.LineageId == lineage).OrderBy(p => p.Revision).ToListAsync();
        Assert.Equal([(1, PlanStatus.Approved), (2, PlanStatus.Draft)], revisions.Select(p => (p.Revision, p.Status)));
        foreach (var p in revisions)
        {
            Assert.Equal(9_145_400m, p.Targets.Single(t => t.Sector is null).ToValue().Resolve(p.BaseEmissions).Value);
            var task = p.Tasks.Single(t => t.Code == "1-1");
            Assert.Equal(p.Tasks.Single(t => t.Code == "1").Id, task.ParentId); // the copy points at its own area
            Assert.Equal(500_000m, task.CostPerTonne);
            Assert.Equal(100_000m, task.Kpis.Single().Targets.Single().Value);
        }
        Assert.NotEqual(revisions[0].Tasks.Single(t => t.Code == "1").Id, revisions[1].Tasks.Single(t => t.Code == "1").Id);
    }

    [Fact]
    public void AnApprovedPlan_CannotBeEdited_OnlyRevised()
    {
        var plan = Busan(1);
        Assert.True(plan.RecordCommittee(new DateOnly(2025, 3, 1), CommitteeDecision.Adopted, "minutes.pdf", new DateOnly(2025, 3, 2)).Allowed);

        var e = Assert.Throws<InvalidOperationException>(() => plan.Describe("x", 2024, 2033, 2018, new TonnesCo2e(1m), "s", null, "", 2050, Interpolation.StraightLine));
        Assert.Contains("only a draft is edited", e.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => plan.Revise());
    }
}

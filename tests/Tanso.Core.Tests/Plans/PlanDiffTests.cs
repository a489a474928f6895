using Tanso.Core.Plans;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;

namespace Tanso.Core.Tests.Plans;

public sealed class PlanDiffTests
{
    private static Plan Approved()
    {
        var plan = new Plan(1, "계획", 2024, 2033, 2018, new TonnesCo2e(100m), "s");
        plan.SetTargets([new PlanTarget(2030, null, TargetKind.ReductionPercent, 40m)], merge: false).OrThrow();
        plan.AddTask(new PlanTask(TaskLevel.Area, "1", "수송", "교통국", SectorTaxonomy.Transport.Code, 2024, 2030).WithYear(new PlanTaskYear(2024, 100m, new TonnesCo2e(5m)))).OrThrow();
        plan.AddTask(new PlanTask(TaskLevel.Area, "2", "건물", "건축과", SectorTaxonomy.Buildings.Code, 2024, 2030)).OrThrow();
        var at = new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        Assert.True(plan.RecordCommittee(new DateOnly(2024, 2, 20), CommitteeDecision.Adopted, "minutes.pdf", new DateOnly(2024, 3, 1)).Allowed);
        Assert.True(plan.Submit(new PlanActor("officer", "부산 담당자"), at).Allowed);
        Assert.True(plan.Receive(new PlanActor("reviewer", "환경부 담당자")).Allowed);
        Assert.True(plan.Approve(new PlanActor("reviewer", "환경부 담당자"), at).Allowed);
        return plan;
    }

    [Fact]
    public void ARevision_ThatChangesNothing_HasNoDifferences()
    {
        var plan = Approved();
        var (targets, tasks) = PlanDiff.Compare(plan, plan.Revise());
        Assert.Empty(targets);
        Assert.Empty(tasks);
    }

    [Fact]
    public void ChangedTargetsAndTasks_AreListed_WithTheFieldsThatChanged()
    {
        var older = Approved();
        var newer = older.Revise();
        newer.SetTargets([new PlanTarget(2030, null, TargetKind.ReductionPercent, 45m), new PlanTarget(2035, SectorTaxonomy.Power.Code, TargetKind.Amount, 10m)], merge: false).OrThrow();
        newer.DeleteTask(newer.Tasks.Single(t => t.Code == "2")).OrThrow();
        newer.ReviseTask(newer.Tasks.Single(t => t.Code == "1"), new TaskDraft(TaskLevel.Area, "1", null, "수송", "교통국", SectorTaxonomy.Transport.Code, 2024, 2030,
            [new TaskYearDraft(2024, 100m, 5m), new TaskYearDraft(2025, 50m, null)], [])).OrThrow();
        newer.AddTask(new PlanTask(TaskLevel.Area, "3", "폐기물", "자원순환과", SectorTaxonomy.Waste.Code, 2024, 2030)).OrThrow();

        var (targets, tasks) = PlanDiff.Compare(older, newer);

        Assert.Equal([new TargetChange(2030, null, "40 %", "45 %"), new TargetChange(2035, "power", null, "10 t")], targets);
        Assert.Equal(
            [("1", "changed", "budget, expected reduction"), ("2", "removed", ""), ("3", "added", "")],
            tasks.Select(t => (t.Code, t.Change, string.Join(", ", t.Fields))));
    }
}

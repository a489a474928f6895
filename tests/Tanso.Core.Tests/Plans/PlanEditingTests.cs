using Tanso.Core.Pathways;
using Tanso.Core.Plans;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;

namespace Tanso.Core.Tests.Plans;

public sealed class PlanEditingTests
{
    private static readonly DateOnly Today = new(2026, 5, 4);

    private static TaskDraft Draft(string code = "1-1", string? parent = "1", params TaskYearDraft[] years) =>
        new(parent is null ? TaskLevel.Area : TaskLevel.Task, code, parent, "전기버스 보급", "교통국", SectorTaxonomy.Transport.Code, 2024, 2030,
            years.Length > 0 ? years : [new TaskYearDraft(2025, 1_000_000m, 100m), new TaskYearDraft(2026, 2_000_000m, 200m), new TaskYearDraft(2027, 3_000_000m, 300m)],
            [new KpiDraft("전기버스 대수", "대", KpiDirection.Increase, 10m, new Dictionary<int, decimal> { [2026] = 50m, [2030] = 200m })]);

    /// <summary>A plan with area 1 and task 1-1, moved to <paramref name="status"/> the way the workflow moves it.</summary>
    private static Plan PlanIn(PlanStatus status)
    {
        var plan = new Plan(1, "계획", 2024, 2033, 2018, new TonnesCo2e(1_000_000m), "s");
        plan.AddTask(Draft("1", null)).OrThrow();
        plan.AddTask(Draft()).OrThrow();
        var at = new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        if (status >= PlanStatus.Deliberated) { Assert.True(plan.RecordCommittee(new DateOnly(2025, 2, 20), CommitteeDecision.Adopted, "m.pdf", new DateOnly(2025, 3, 1)).Allowed); }
        if (status >= PlanStatus.Submitted) { Assert.True(plan.Submit(new PlanActor("officer", "담당자"), at).Allowed); }
        if (status >= PlanStatus.UnderReview) { Assert.True(plan.Receive(new PlanActor("reviewer", "검토자")).Allowed); }
        if (status >= PlanStatus.Approved) { Assert.True(plan.Approve(new PlanActor("reviewer", "검토자"), at).Allowed); }
        if (status >= PlanStatus.Published) { Assert.True(plan.Publish(at).Allowed); }
        Assert.Equal(status, plan.Status);
        return plan;
    }

    public static TheoryData<PlanStatus, string, bool> Matrix()
    {
        var data = new TheoryData<PlanStatus, string, bool>();
        foreach (var status in new[] { PlanStatus.Draft, PlanStatus.Deliberated, PlanStatus.Submitted, PlanStatus.UnderReview, PlanStatus.Approved, PlanStatus.Published })
        {
            var draft = status == PlanStatus.Draft;
            foreach (var op in new[] { "add", "revise", "delete", "target", "points" })
            {
                data.Add(status, op, draft);
            }
            data.Add(status, "retire", status >= PlanStatus.Submitted);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void EachChange_IsTakenOnlyInTheStatesThatAllowIt(PlanStatus status, string operation, bool allowed)
    {
        var plan = PlanIn(status);
        var task = plan.Tasks.Single(t => t.Code == "1-1");
        var problems = operation switch
        {
            "add" => plan.AddTask(Draft("1-2")),
            "revise" => plan.ReviseTask(task, Draft() with { Name = "수소버스 보급" }),
            "delete" => plan.DeleteTask(task),
            "target" => plan.SetTargets([new PlanTarget(2030, null, TargetKind.ReductionPercent, 40m)], merge: true),
            "points" => plan.SetManualPoints([new PlanTrajectoryPoint(null, 2030, new TonnesCo2e(600_000m))]),
            _ => plan.RetireTask(task, 2027, "예산 미확보", Today),
        };

        Assert.Equal(allowed, problems.Count == 0);
        if (!allowed)
        {
            Assert.Equal("plan", Assert.Single(problems).Field);
            Assert.Equal(2, plan.Tasks.Count);
            Assert.False(task.IsRetired);
        }
    }

    [Fact]
    public void ATask_IsRevisedWithAllItsYearsAtOnce_ChangingRowsInPlace()
    {
        var plan = PlanIn(PlanStatus.Draft);
        var task = plan.Tasks.Single(t => t.Code == "1-1");
        var year2025 = task.Years.Single(y => y.Year == 2025);

        var problems = plan.ReviseTask(task, Draft(years: [new TaskYearDraft(2025, 5_000_000m, 150m), new TaskYearDraft(2028, null, 400m)]));

        Assert.Empty(problems);
        Assert.Equal([2025, 2028], task.Years.Select(y => y.Year));
        Assert.Same(year2025, task.Years[0]);
        Assert.Equal(5_000_000m, year2025.BudgetKrw);
        Assert.Equal(400m, task.Years[1].ExpectedReduction!.Value.Value);
        Assert.Equal(200m, task.Kpis.Single().TargetFor(2030));
    }

    [Fact]
    public void ARefusedTask_SaysWhyInKoreanAndEnglish_ByField_AndChangesNothing()
    {
        var plan = PlanIn(PlanStatus.Draft);
        var bad = Draft("1", "9", new TaskYearDraft(2035, 10m, null), new TaskYearDraft(2026, -5m, null)) with
        {
            Kpis = [new KpiDraft("보급률", "%", KpiDirection.Increase, 50m, new Dictionary<int, decimal> { [2030] = 40m })],
        };

        var problems = plan.AddTask(bad);

        Assert.Contains(problems, p => p.Field == "code" && p.Ko.Contains("이미 있습니다", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Field == "parentCode" && p.Ko.Contains("상위 번호", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Field == "years[2035]" && p.Ko.Contains("과제 기간 2024–2030 밖", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Field == "years[2026].budgetKrw" && p.En.Contains("negative", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Field == "kpis[0]" && p.Ko.Contains("기준값 50보다 낮습니다", StringComparison.Ordinal));
        Assert.Equal(2, plan.Tasks.Count);
    }

    [Fact]
    public void ATaskWithTasksUnderIt_IsDeletedAfterThem()
    {
        var plan = PlanIn(PlanStatus.Draft);
        var area = plan.Tasks.Single(t => t.Code == "1");

        Assert.Contains("하위 과제", Assert.Single(plan.DeleteTask(area)).Ko, StringComparison.Ordinal);
        plan.DeleteTask(plan.Tasks.Single(t => t.Code == "1-1")).OrThrow();
        plan.DeleteTask(area).OrThrow();
        Assert.Empty(plan.Tasks);
    }

    [Fact]
    public void ARetiredTask_IsKeptWithItsReason_AndItsReductionsCountOnlyBeforeTheRetirementYear()
    {
        var plan = PlanIn(PlanStatus.Published);
        var task = plan.Tasks.Single(t => t.Code == "1-1");

        plan.RetireTask(task, 2026, "  국비 지원 중단  ", Today).OrThrow();

        Assert.Equal((2026, "국비 지원 중단", Today), (task.RetiredFromYear!.Value, task.RetiredReason!, task.RetiredOn!.Value));
        Assert.Equal(2, plan.Tasks.Count);
        var (bySector, _) = PlanEffect.ExpectedReductions(plan.Tasks);
        Assert.Equal(100m, bySector[(SectorTaxonomy.Transport.Code, 2025)].Value);
        Assert.False(bySector.ContainsKey((SectorTaxonomy.Transport.Code, 2026)));
        Assert.Equal(1_000_000m / 100m, task.CostPerTonne); // 2025 only
        Assert.Equal(2026, plan.Revise().Tasks.Single(t => t.Code == "1-1").RetiredFromYear); // the next revision keeps it retired
    }

    [Theory]
    [InlineData(2025, "사유", "fromYear")] // before the year it is retired in
    [InlineData(2031, "사유", "fromYear")] // after the task ends
    [InlineData(2027, " ", "reason")]
    public void ARetirement_NeedsAYearWithinTheTaskFromThisYearOn_AndAReason(int fromYear, string reason, string field)
    {
        var plan = PlanIn(PlanStatus.Submitted);
        var task = plan.Tasks.Single(t => t.Code == "1-1");

        Assert.Equal(field, Assert.Single(plan.RetireTask(task, fromYear, reason, Today)).Field);
        Assert.False(task.IsRetired);
    }

    [Fact]
    public void RetiringAnArea_RetiresTheTasksUnderIt()
    {
        var plan = PlanIn(PlanStatus.Approved);

        plan.RetireTask(plan.Tasks.Single(t => t.Code == "1"), 2027, "분야 통합", Today).OrThrow();

        Assert.All(plan.Tasks, t => Assert.Equal(2027, t.RetiredFromYear));
    }

    [Fact]
    public void Targets_AreSetInPlace_OnePerYearAndSector_AfterTheBaseYear()
    {
        var plan = PlanIn(PlanStatus.Draft);
        plan.SetTargets([new PlanTarget(2030, null, TargetKind.ReductionPercent, 40m)], merge: false).OrThrow();
        var target = plan.Targets.Single();

        plan.SetTargets([new PlanTarget(2030, null, TargetKind.Amount, 500_000m), new PlanTarget(2040, null, TargetKind.ReductionPercent, 70m)], merge: true).OrThrow();

        Assert.Same(target, plan.Targets[0]);
        Assert.Equal((TargetKind.Amount, 500_000m), (target.Kind, target.Value));
        Assert.Equal(2, plan.Targets.Count);
        Assert.Equal("targets", Assert.Single(plan.SetTargets([new PlanTarget(2018, null, TargetKind.Amount, 1m)], merge: true)).Field);
        Assert.Equal(2, plan.SetTargets([new PlanTarget(2035, null, TargetKind.Amount, 1m), new PlanTarget(2035, null, TargetKind.Amount, 2m), new PlanTarget(2010, null, TargetKind.Amount, 1m)], merge: true).Count);
        plan.RemoveTarget(2040, null).OrThrow();
        Assert.Equal([2030], plan.Targets.Select(t => t.Year));
    }

    [Fact]
    public void AHeader_IsCheckedByFieldInBothLanguages()
    {
        var problems = Plan.CheckHeader(" ", 2030, 2024, 2031, 0m, "", 2010);

        Assert.Equal(["title", "baseSource", "periodEnd", "baseYear", "baseEmissionsTCo2eq", "netZeroYear"], problems.Select(p => p.Field));
        Assert.All(problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Ko)));
        Assert.Contains("기준연도 2031", problems[3].Ko, StringComparison.Ordinal);
    }

    [Fact]
    public void ATaskHeldByAPlan_IsChangedOnlyThroughThePlan()
    {
        var plan = PlanIn(PlanStatus.Published);
        var task = plan.Tasks.Single(t => t.Code == "1-1");

        Assert.Throws<InvalidOperationException>(() => task.WithYear(new PlanTaskYear(2031, 1m, null)));
    }
}

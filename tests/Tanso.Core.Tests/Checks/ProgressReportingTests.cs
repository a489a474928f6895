using Tanso.Core.Checks;
using Tanso.Core.Plans;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;

namespace Tanso.Core.Tests.Checks;

public sealed class ProgressReportingTests
{
    private static Plan PlanWithOneTask()
    {
        var plan = new Plan(1, "계획", 2024, 2033, 2018, new TonnesCo2e(100m), "s");
        plan.AddTask(new PlanTask(TaskLevel.Area, "1", "수송", "교통국", SectorTaxonomy.Transport.Code, 2024, 2033)).OrThrow();
        plan.AddTask(new PlanTask(TaskLevel.Task, "1-1", "전기차 보급", "교통국", SectorTaxonomy.Transport.Code, 2024, 2033)
            .WithKpi(new PlanKpi("전기차 대수", "대", KpiDirection.Increase, 0m))).OrThrow();
        return plan;
    }

    private static List<(string Where, string En, string Ko)> Apply(CheckCycle cycle, params TaskProgressInput[] rows) =>
        ProgressReporting.Apply(PlanWithOneTask(), cycle, rows.Select((r, i) => ($"row {i + 2}:", r)).ToList());

    [Theory]
    [InlineData("정상추진", TaskProgressStatus.OnTrack)]
    [InlineData(" 정상 ", TaskProgressStatus.OnTrack)]
    [InlineData("On Track", TaskProgressStatus.OnTrack)]
    [InlineData("지연", TaskProgressStatus.Delayed)]
    [InlineData("DONE", TaskProgressStatus.Done)]
    [InlineData("중단", TaskProgressStatus.Dropped)]
    public void AStatus_IsReadFromKoreanOrEnglishWords(string text, TaskProgressStatus expected)
    {
        Assert.True(ProgressReporting.TryStatus(text, out var status));
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("진행중")]
    public void AnUnknownStatus_IsNoStatus(string? text) => Assert.False(ProgressReporting.TryStatus(text, out _));

    [Fact]
    public void AValidReport_IsApplied_WithItsKpiActual()
    {
        var cycle = new CheckCycle(planId: 1, CheckPeriod.OfYear(2024));

        var problems = Apply(cycle, new TaskProgressInput("1-1", "지연", 250_000_000m, "부지 선정 지연", "", [new KpiActualInput("전기차 대수", 1200m)]));

        Assert.Empty(problems);
        var report = Assert.Single(cycle.Progress);
        Assert.Equal((TaskProgressStatus.Delayed, 250_000_000m, "부지 선정 지연"), (report.Status, report.BudgetExecutedKrw, report.Narrative));
        Assert.Equal(1200m, Assert.Single(report.Actuals).Value);
    }

    [Fact]
    public void EveryProblem_IsListedWithWhereItIs_AndNothingIsApplied()
    {
        var cycle = new CheckCycle(planId: 1, CheckPeriod.OfYear(2024));

        var problems = Apply(cycle,
            new TaskProgressInput("1-1", "정상추진", -5m),
            new TaskProgressInput("1-1", "정상추진"),
            new TaskProgressInput("1", "정상추진"),
            new TaskProgressInput("9-9", "완료"));

        Assert.Equal(["row 2: budget_executed_krw", "row 3: task", "row 4: task", "row 5: task"], problems.Select(p => p.Where));
        Assert.Equal("1-1 과제가 두 번 보고되었습니다", problems[1].Ko);
        Assert.Equal("the plan has no task '1' (areas are not reported on)", problems[2].En);
        Assert.Empty(cycle.Progress);
    }

    [Fact]
    public void AnUnknownStatusOrKpi_IsRefusedInBothLanguages()
    {
        var cycle = new CheckCycle(planId: 1, CheckPeriod.OfYear(2024));

        var problems = Apply(cycle, new TaskProgressInput("1-1", "진행중", Kpis: [new KpiActualInput("버스 대수", 3m)]));

        Assert.Equal(["row 2: status", "row 2: kpi"], problems.Select(p => p.Where));
        Assert.StartsWith("'진행중'은(는) 추진 상황이 아닙니다", problems[0].Ko);
        Assert.Equal("task 1-1 has no KPI '버스 대수'", problems[1].En);
        Assert.Empty(cycle.Progress);
    }

    [Fact]
    public void ASecondReport_ReplacesTheFirst_AndKeepsKpiActualsItDoesNotName()
    {
        var cycle = new CheckCycle(planId: 1, CheckPeriod.OfYear(2024));
        Assert.Empty(Apply(cycle, new TaskProgressInput("1-1", "정상추진", 100m, Kpis: [new KpiActualInput("전기차 대수", 800m)])));

        Assert.Empty(Apply(cycle, new TaskProgressInput("1-1", "완료", 300m)));

        var report = Assert.Single(cycle.Progress);
        Assert.Equal((TaskProgressStatus.Done, 300m), (report.Status, report.BudgetExecutedKrw));
        Assert.Equal(800m, Assert.Single(report.Actuals).Value);
    }
}

using System.Globalization;
using Tanso.Core.Checks;
using static Tanso.Core.Tests.Checks.CheckFactory;

namespace Tanso.Core.Tests.Checks;

public sealed class LaggingTaskTests
{
    private static DateOnly Day(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(TaskProgressStatus.OnTrack, 80, 600, "2024-09-01", "")]
    [InlineData(TaskProgressStatus.Delayed, 80, 600, "2024-09-01", "Delayed")]
    [InlineData(TaskProgressStatus.OnTrack, 59.9, 600, "2024-09-01", "LowScore")]
    [InlineData(TaskProgressStatus.OnTrack, 60, 600, "2024-09-01", "")]                   // 60 is not below 60
    [InlineData(TaskProgressStatus.OnTrack, 80, 400, "2024-07-01", "LowBudgetExecution")] // 40 % once June is over
    [InlineData(TaskProgressStatus.OnTrack, 80, 400, "2024-06-30", "")]                   // June not over yet
    [InlineData(TaskProgressStatus.OnTrack, 80, 400, "2025-03-01", "LowBudgetExecution")] // checked after the year
    [InlineData(TaskProgressStatus.OnTrack, 80, 500, "2024-12-01", "")]                   // 50 % is not below 50 %
    [InlineData(TaskProgressStatus.Delayed, 40, 400, "2024-12-01", "Delayed,LowScore,LowBudgetExecution")]
    [InlineData(TaskProgressStatus.Dropped, 10, 0, "2024-12-01", "")]                     // dropped: listed as excluded instead
    public void ATaskLags_ByEachRuleItBreaks(TaskProgressStatus status, decimal score, decimal executed, string today, string expected)
    {
        var task = Scored(score, status, new BudgetExecution(1000m, executed));

        var lagging = LaggingTasks.Find([task], Day(today));

        Assert.Equal(expected, string.Join(",", lagging.SelectMany(l => l.Reasons).Select(r => r.Rule)));
    }

    [Fact]
    public void TheReasons_GiveTheNumbersInBothLanguages()
    {
        var reasons = LaggingTasks.Find([Scored(52.5m, budget: new BudgetExecution(1000m, 312.5m))], Day("2024-08-01")).Single().Reasons;

        Assert.Equal(("과제 점수 52.5점 (기준 60점 미만)", "task score 52.5 (below 60)"), (reasons[0].Ko, reasons[0].En));
        Assert.Equal(("6월 말 이후 예산 집행률 31.25% (기준 50% 미만)", "budget execution 31.25 % after the end of month 6 (below 50 %)"), (reasons[1].Ko, reasons[1].En));
    }

    [Fact]
    public void TasksWithoutAScoreOrAPlannedBudget_LagOnlyByTheirStatus()
    {
        var noKpi = TaskScoring.Score(Report(TaskProgressStatus.OnTrack, budget: new BudgetExecution(0m, 0m), code: "a"));
        var delayedNoKpi = TaskScoring.Score(Report(TaskProgressStatus.Delayed, code: "b"));

        var lagging = LaggingTasks.Find([noKpi, delayedNoKpi], Day("2024-12-31"));

        Assert.Equal(["b"], lagging.Select(l => l.Task.Report.TaskCode));
    }

    [Fact]
    public void TheThresholds_AreConfigurable()
    {
        var rules = new LaggingRules(scoreBelow: 70m, budgetRateBelowPercent: 80m, budgetAfterMonth: 3);
        var task = Scored(65m, budget: new BudgetExecution(1000m, 750m));

        Assert.Equal(2, LaggingTasks.Find([task], Day("2024-04-01"), rules).Single().Reasons.Count);
        Assert.Single(LaggingTasks.Find([task], Day("2024-03-31"), rules).Single().Reasons);
        Assert.Throws<ArgumentOutOfRangeException>(() => new LaggingRules(budgetAfterMonth: 13));
    }
}

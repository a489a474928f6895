using Tanso.Core.Checks;
using Tanso.Core.Plans;
using static Tanso.Core.Tests.Checks.CheckFactory;

namespace Tanso.Core.Tests.Checks;

public sealed class TaskScoreTests
{
    [Fact]
    public void ATasksScore_IsTheMeanOfItsCappedKpiAchievements()
    {
        // 50, 160 → capped 120, 70: (50 + 120 + 70) / 3 = 80
        var score = TaskScoring.Score(Report(kpis: [Kpi(50m), Kpi(160m), Kpi(70m)]));

        Assert.Equal(TaskScoreRule.KpiMean, score.Rule);
        Assert.Equal(80m, score.AchievementMeanPercent);
        Assert.Equal(80m, score.Score);
    }

    [Fact]
    public void Weights_MakeItAWeightedMean()
    {
        // (2 × 50 + 1 × 120 + 1 × 70) / (2 + 1 + 1) = 290 / 4 = 72.5
        var score = TaskScoring.Score(Report(kpis: [Kpi(50m, weight: 2m), Kpi(120m), Kpi(70m)]));

        Assert.Equal(72.5m, score.Score);
    }

    [Fact]
    public void OverAchievement_RaisesTheMeanToTheCap_ButTheScoreStopsAt100()
    {
        var score = TaskScoring.Score(Report(kpis: [Kpi(130m), Kpi(120m)]));

        Assert.Equal(120m, score.AchievementMeanPercent);
        Assert.Equal(100m, score.Score);
    }

    [Theory]
    [InlineData(UnreportedKpiPolicy.CountAsZero, 56.67)] // (50 + 120 + 0) / 3 = 56.666…
    [InlineData(UnreportedKpiPolicy.Exclude, 85)]        // (50 + 120) / 2
    public void AnUnreportedKpi_CountsAsZeroByDefault_OrIsLeftOut(UnreportedKpiPolicy policy, decimal expected)
    {
        var score = TaskScoring.Score(Report(kpis: [Kpi(50m), Kpi(120m), Kpi(null, name: "보급률")]), policy);

        Assert.Equal(expected, Math.Round(score.Score!.Value, 2));
        Assert.Equal(["보급률"], score.UnreportedKpis);
    }

    [Theory]
    [InlineData(TaskProgressStatus.Done, false, TaskScoreRule.DoneWithoutKpi, 100.0)]
    [InlineData(TaskProgressStatus.OnTrack, false, TaskScoreRule.NoKpi, null)]
    [InlineData(TaskProgressStatus.Delayed, false, TaskScoreRule.NoKpi, null)]
    [InlineData(TaskProgressStatus.Dropped, true, TaskScoreRule.Dropped, null)]
    [InlineData(TaskProgressStatus.Dropped, false, TaskScoreRule.Dropped, null)]
    [InlineData(TaskProgressStatus.Delayed, true, TaskScoreRule.KpiMean, 40.0)]  // a delay does not change the measured score
    [InlineData(TaskProgressStatus.Done, true, TaskScoreRule.KpiMean, 40.0)]     // nor does completion override it
    public void TheReportedStatus_DecidesTasksWithoutKpisAndDroppedTasks(TaskProgressStatus status, bool withKpi, TaskScoreRule rule, double? expected)
    {
        var score = TaskScoring.Score(Report(status, withKpi ? [Kpi(40m)] : []));

        Assert.Equal(rule, score.Rule);
        Assert.Equal((decimal?)expected, score.Score);
        Assert.Equal(expected is null, score.IsExcluded);
    }

    [Fact]
    public void WhenNoKpiIsReported_TheTaskScoresZero_OrIsExcludedIfUnreportedKpisAreLeftOut()
    {
        var report = Report(kpis: [Kpi(null), Kpi(null)]);

        Assert.Equal(0m, TaskScoring.Score(report).Score);
        Assert.Equal(TaskScoreRule.NoReportedKpi, TaskScoring.Score(report, UnreportedKpiPolicy.Exclude).Rule);
        Assert.Null(TaskScoring.Score(report, UnreportedKpiPolicy.Exclude).Score);
    }

    [Theory]
    [InlineData(1_000_000_000, 850_000_000, 85.0, false)]
    [InlineData(1_000_000_000, 1_200_000_000, 120.0, true)]   // not capped, flagged
    [InlineData(1_000_000_000, 0, 0.0, false)]
    [InlineData(0, 0, null, false)]                            // nothing planned: no rate
    [InlineData(0, 5_000_000, null, false)]
    public void BudgetExecution_IsExecutedOverPlanned_FlaggedAbove100(decimal planned, decimal executed, double? rate, bool over)
    {
        var budget = new BudgetExecution(planned, executed);

        Assert.Equal((decimal?)rate, budget.RatePercent);
        Assert.Equal(over, budget.IsOverPlanned);
        Assert.Equal(planned == 0m && executed > 0m, budget.IsUnplanned);
    }

    [Fact]
    public void BudgetExecution_TakesThePlannedBudgetOfTheYearFromThePlanTask()
    {
        var task = new PlanTask(TaskLevel.Task, "2-1", "건물 에너지 효율화", "건축과", null, 2024, 2026);
        task.WithYear(new PlanTaskYear(2024, 400_000_000m, null));
        task.WithYear(new PlanTaskYear(2025, null, null));

        Assert.Equal(75m, BudgetExecution.For(task, 2024, 300_000_000m).RatePercent); // 300 / 400 million
        Assert.Null(BudgetExecution.For(task, 2025, 1m).RatePercent);
        Assert.Throws<ArgumentOutOfRangeException>(() => new BudgetExecution(-1m, 0m));
    }
}

using Tanso.Core.Checks;
using Tanso.Core.Plans;

namespace Tanso.Core.Tests.Checks;

/// <summary>Builders with defaults for the checks tests.</summary>
internal static class CheckFactory
{
    /// <summary>A KPI going from 0 to 100 whose achievement is therefore <paramref name="actual"/> % (null: not reported).</summary>
    public static KpiAchievement Kpi(decimal? actual, decimal weight = 1m, string name = "지표") =>
        KpiAchievements.Compute(new KpiReading(name, KpiDirection.Increase, 0m, 100m, actual, weight: weight));

    public static TaskReport Report(TaskProgressStatus status = TaskProgressStatus.OnTrack, IReadOnlyList<KpiAchievement>? kpis = null,
        BudgetExecution? budget = null, string code = "1-1", int year = 2024) =>
        new(code, $"과제 {code}", year, status, kpis ?? [], budget);

    /// <summary>A task whose score is <paramref name="score"/> (through one KPI achieving it).</summary>
    public static TaskScore Scored(decimal score, TaskProgressStatus status = TaskProgressStatus.OnTrack, BudgetExecution? budget = null,
        string code = "1-1", int year = 2024) =>
        TaskScoring.Score(Report(status, [Kpi(score)], budget, code, year));
}

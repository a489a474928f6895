namespace Tanso.Core.Checks;

/// <summary>What a KPI without a reported actual counts for in its task's mean.</summary>
public enum UnreportedKpiPolicy
{
    /// <summary>As 0 % (default): leaving a KPI unreported never raises a task's score.</summary>
    CountAsZero,

    /// <summary>Left out of the mean (still listed).</summary>
    Exclude,
}

/// <summary>Which rule produced a task's score.</summary>
public enum TaskScoreRule
{
    /// <summary>The (weighted) mean of its KPI achievements, held to 0–100.</summary>
    KpiMean,

    /// <summary>완료 without KPIs: 100.</summary>
    DoneWithoutKpi,

    /// <summary>중단: no score, excluded from means and listed.</summary>
    Dropped,

    /// <summary>Not done and without KPIs: nothing measures it; no score, excluded and listed.</summary>
    NoKpi,

    /// <summary>No KPI was reported and unreported KPIs are excluded: no score, excluded and listed.</summary>
    NoReportedKpi,
}

/// <summary>What a government reports for one task in the checked year.</summary>
/// <param name="TaskCode">The plan's task number, e.g. 2-1-3.</param>
/// <param name="TaskName">The task's name.</param>
/// <param name="Year">The checked year.</param>
/// <param name="Status">Reported progress.</param>
/// <param name="Kpis">The year's KPI achievements.</param>
/// <param name="Budget">The year's budget, when the task has one.</param>
public sealed record TaskReport(string TaskCode, string TaskName, int Year, TaskProgressStatus Status, IReadOnlyList<KpiAchievement> Kpis, BudgetExecution? Budget);

/// <summary>A task's score (과제 점수) on 0–100 and how it was reached.</summary>
/// <param name="Report">The inputs.</param>
/// <param name="Rule">The rule used.</param>
/// <param name="AchievementMeanPercent">The (weighted) mean of capped KPI achievements, before it is held to 100;
/// null when no KPI counts.</param>
/// <param name="Score">The score, 0–100; null when the task is excluded.</param>
/// <param name="UnreportedKpis">Names of KPIs without an actual (미보고).</param>
public sealed record TaskScore(TaskReport Report, TaskScoreRule Rule, decimal? AchievementMeanPercent, decimal? Score, IReadOnlyList<string> UnreportedKpis)
{
    /// <summary>True when the task has no score and is left out of means.</summary>
    public bool IsExcluded => Score is null;

    /// <summary>The budget execution rate, when a budget was planned.</summary>
    public decimal? BudgetRatePercent => Report.Budget?.RatePercent;

    /// <summary>The rule in Korean.</summary>
    public string RuleKo => Rule switch
    {
        TaskScoreRule.KpiMean => "성과지표 달성률의 (가중)평균, 0–100으로 제한",
        TaskScoreRule.DoneWithoutKpi => "성과지표 없는 완료 과제: 100",
        TaskScoreRule.Dropped => "중단 과제: 점수 없음, 평균에서 제외",
        TaskScoreRule.NoKpi => "성과지표 없음: 점수 없음, 평균에서 제외",
        _ => "보고된 성과지표 없음: 점수 없음, 평균에서 제외",
    };

    /// <summary>The rule in English.</summary>
    public string RuleEn => Rule switch
    {
        TaskScoreRule.KpiMean => "(weighted) mean of KPI achievements, held to 0–100",
        TaskScoreRule.DoneWithoutKpi => "done, without KPIs: 100",
        TaskScoreRule.Dropped => "dropped: no score, excluded from means",
        TaskScoreRule.NoKpi => "no KPI: no score, excluded from means",
        _ => "no KPI reported: no score, excluded from means",
    };
}

/// <summary>The task score rules; see docs/methodology-checks.md §2.</summary>
public static class TaskScoring
{
    /// <summary>Scores one task.</summary>
    public static TaskScore Score(TaskReport report, UnreportedKpiPolicy policy = UnreportedKpiPolicy.CountAsZero)
    {
        ArgumentNullException.ThrowIfNull(report);
        // Loops rather than LINQ: a national check scores about 50,000 tasks, and these are its innermost lines.
        var kpis = report.Kpis;
        List<string>? unreportedNames = null;
        var (weighted, weights, counted) = (0m, 0m, 0);
        for (var i = 0; i < kpis.Count; i++)
        {
            var k = kpis[i];
            if (!k.IsReported)
            {
                (unreportedNames ??= []).Add(k.Reading.Name);
            }
            if (k.IsReported || policy == UnreportedKpiPolicy.CountAsZero)
            {
                (weighted, weights, counted) = (weighted + k.Reading.Weight * (k.CappedPercent ?? 0m), weights + k.Reading.Weight, counted + 1);
            }
        }
        IReadOnlyList<string> unreported = unreportedNames ?? (IReadOnlyList<string>)[];
        if (report.Status == TaskProgressStatus.Dropped)
        {
            return new(report, TaskScoreRule.Dropped, null, null, unreported);
        }
        if (report.Kpis.Count == 0)
        {
            return report.Status == TaskProgressStatus.Done
                ? new(report, TaskScoreRule.DoneWithoutKpi, null, 100m, unreported)
                : new(report, TaskScoreRule.NoKpi, null, null, unreported);
        }
        if (counted == 0)
        {
            return new(report, TaskScoreRule.NoReportedKpi, null, null, unreported);
        }
        var mean = weighted / weights;
        return new(report, TaskScoreRule.KpiMean, mean, Math.Clamp(mean, 0m, 100m), unreported);
    }

    /// <summary>Scores several tasks.</summary>
    public static IReadOnlyList<TaskScore> ScoreAll(IEnumerable<TaskReport> reports, UnreportedKpiPolicy policy = UnreportedKpiPolicy.CountAsZero) =>
        reports.Select(r => Score(r, policy)).ToList();
}

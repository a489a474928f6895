namespace Tanso.Core.Checks;

/// <summary>When a task counts as lagging (부진과제).</summary>
public sealed record LaggingRules
{
    /// <summary>Creates rules.</summary>
    /// <param name="scoreBelow">A task scoring below this lags (default 60).</param>
    /// <param name="budgetRateBelowPercent">A task executing less of its budget than this lags… (default 50 %).</param>
    /// <param name="budgetAfterMonth">…once this month of the checked year is over (default 6: from 1 July).</param>
    /// <exception cref="ArgumentOutOfRangeException">A threshold outside 0–100 or a month outside 1–12.</exception>
    public LaggingRules(decimal scoreBelow = 60m, decimal budgetRateBelowPercent = 50m, int budgetAfterMonth = 6)
    {
        if (scoreBelow is < 0m or > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(scoreBelow), scoreBelow, "The score threshold lies in 0–100.");
        }
        if (budgetRateBelowPercent is < 0m or > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(budgetRateBelowPercent), budgetRateBelowPercent, "The budget threshold lies in 0–100 %.");
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(budgetAfterMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(budgetAfterMonth, 12);
        (ScoreBelow, BudgetRateBelowPercent, BudgetAfterMonth) = (scoreBelow, budgetRateBelowPercent, budgetAfterMonth);
    }

    /// <summary>60 points; 50 % of the budget after June.</summary>
    public static LaggingRules Default { get; } = new();

    /// <summary>The score threshold.</summary>
    public decimal ScoreBelow { get; }

    /// <summary>The budget execution threshold.</summary>
    public decimal BudgetRateBelowPercent { get; }

    /// <summary>The month after which the budget rule applies.</summary>
    public int BudgetAfterMonth { get; }

    /// <summary>True when the budget rule applies on <paramref name="today"/> for <paramref name="year"/>: from the
    /// first day of the month after <see cref="BudgetAfterMonth"/>, or any later year.</summary>
    public bool BudgetRuleApplies(int year, DateOnly today) => today >= new DateOnly(year, BudgetAfterMonth, 1).AddMonths(1);
}

/// <summary>Which rule made a task lag.</summary>
public enum LaggingRule
{
    /// <summary>Reported as 지연.</summary>
    Delayed,

    /// <summary>Score below the threshold.</summary>
    LowScore,

    /// <summary>Budget execution below the threshold late in the year.</summary>
    LowBudgetExecution,
}

/// <summary>A reason a task lags, in Korean and English with the numbers.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Ko">e.g. 과제 점수 52.5점 (기준 60점 미만).</param>
/// <param name="En">e.g. task score 52.5 (below 60).</param>
public sealed record LaggingReason(LaggingRule Rule, string Ko, string En);

/// <summary>A lagging task and every reason it lags.</summary>
/// <param name="Task">The task's score.</param>
/// <param name="Reasons">At least one reason.</param>
public sealed record LaggingTask(TaskScore Task, IReadOnlyList<LaggingReason> Reasons);

/// <summary>The lagging-task list; see docs/methodology-checks.md §8.</summary>
public static class LaggingTasks
{
    private static readonly LaggingReason Delayed = new(LaggingRule.Delayed, "추진 상황 '지연' 보고", "reported as delayed");

    /// <summary>Tasks that lag on <paramref name="today"/>, in the order given; dropped tasks are never listed here
    /// (they are listed as excluded).</summary>
    public static IReadOnlyList<LaggingTask> Find(IEnumerable<TaskScore> tasks, DateOnly today, LaggingRules? rules = null)
    {
        rules ??= LaggingRules.Default;
        var found = new List<LaggingTask>();
        // Per check, not per task: most tasks are not lagging, and the limits read the same for every one that is.
        string? scoreLimit = null, rateLimit = null;
        foreach (var task in tasks)
        {
            if (task.Report.Status == TaskProgressStatus.Dropped)
            {
                continue;
            }
            List<LaggingReason>? reasons = null;
            if (task.Report.Status == TaskProgressStatus.Delayed)
            {
                (reasons ??= []).Add(Delayed);
            }
            if (task.Score is { } s && s < rules.ScoreBelow)
            {
                var (score, limit) = (Formatting.Number(s), scoreLimit ??= Formatting.Number(rules.ScoreBelow));
                (reasons ??= []).Add(new(LaggingRule.LowScore, $"과제 점수 {score}점 (기준 {limit}점 미만)", $"task score {score} (below {limit})"));
            }
            if (task.BudgetRatePercent is { } r && r < rules.BudgetRateBelowPercent && rules.BudgetRuleApplies(task.Report.Year, today))
            {
                var (rate, limit, month) = (Formatting.Number(r), rateLimit ??= Formatting.Number(rules.BudgetRateBelowPercent), rules.BudgetAfterMonth);
                (reasons ??= []).Add(new(LaggingRule.LowBudgetExecution, $"{month}월 말 이후 예산 집행률 {rate}% (기준 {limit}% 미만)",
                    $"budget execution {rate} % after the end of month {month} (below {limit} %)"));
            }
            if (reasons is not null)
            {
                found.Add(new(task, reasons));
            }
        }
        return found;
    }
}

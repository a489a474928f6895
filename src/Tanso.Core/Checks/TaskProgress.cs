namespace Tanso.Core.Checks;

/// <summary>
/// A government's progress report on one implementation task for a cycle (과제별 이행실적): status, budget executed,
/// KPI actuals, a narrative and references to its evidence.
/// </summary>
public sealed class TaskProgress
{
    /// <summary>Creates a report for a task.</summary>
    public TaskProgress(int taskId, TaskProgressStatus status) => (TaskId, Status) = (taskId, status);

    /// <summary>Identity.</summary>
    public int Id { get; private set; }

    /// <summary>The cycle.</summary>
    public int CycleId { get; private set; }

    /// <summary>The plan task reported on.</summary>
    public int TaskId { get; private set; }

    /// <summary>On track, delayed, done or dropped.</summary>
    public TaskProgressStatus Status { get; private set; }

    /// <summary>Budget executed in the checked period, KRW; null when not reported.</summary>
    public decimal? BudgetExecutedKrw { get; private set; }

    /// <summary>What was done, and why a task is delayed or dropped.</summary>
    public string Narrative { get; private set; } = "";

    /// <summary>Evidence: document names, addresses or file references, one per line.</summary>
    public string Evidence { get; private set; } = "";

    /// <summary>KPI actuals.</summary>
    public List<KpiActual> Actuals { get; } = [];

    /// <summary>Replaces the report's contents.</summary>
    /// <exception cref="ArgumentException">A negative budget.</exception>
    public void Report(TaskProgressStatus status, decimal? budgetExecutedKrw, string narrative, string evidence, IEnumerable<(int KpiId, decimal? Value)> actuals)
    {
        if (budgetExecutedKrw < 0m)
        {
            throw new ArgumentException("An executed budget cannot be negative.", nameof(budgetExecutedKrw));
        }
        (Status, BudgetExecutedKrw, Narrative, Evidence) = (status, budgetExecutedKrw, narrative.Trim(), evidence.Trim());
        var given = actuals.ToDictionary(a => a.KpiId, a => a.Value);
        Actuals.RemoveAll(a => !given.ContainsKey(a.KpiId));
        foreach (var (kpiId, value) in given)
        {
            if (Actuals.FirstOrDefault(a => a.KpiId == kpiId) is { } existing)
            {
                existing.Value = value;
            }
            else
            {
                Actuals.Add(new KpiActual(kpiId, value));
            }
        }
    }

    /// <summary>The actual of a KPI, or null when not reported.</summary>
    public decimal? ActualOf(int kpiId) => Actuals.FirstOrDefault(a => a.KpiId == kpiId)?.Value;
}

/// <summary>A KPI's reported value for the checked period.</summary>
public sealed class KpiActual(int kpiId, decimal? value)
{
    /// <summary>Identity.</summary>
    public int Id { get; private set; }

    /// <summary>The task report.</summary>
    public int TaskProgressId { get; private set; }

    /// <summary>The plan KPI.</summary>
    public int KpiId { get; private set; } = kpiId;

    /// <summary>The value; null when not reported (미보고).</summary>
    public decimal? Value { get; set; } = value;
}

/// <summary>An evaluator assigned to a cycle: they see it and score it; nothing else.</summary>
public sealed class CycleEvaluator(string userId)
{
    /// <summary>Identity.</summary>
    public int Id { get; private set; }

    /// <summary>The cycle.</summary>
    public int CycleId { get; private set; }

    /// <summary>The evaluator's account.</summary>
    public string UserId { get; private set; } = userId;
}

namespace Tanso.Core.Checks;

/// <summary>The weights of the quantitative score's components, in percent points summing to 100.</summary>
public sealed class QuantitativeWeights
{
    /// <summary>Creates weights.</summary>
    /// <exception cref="ArgumentException">A negative weight, or weights not summing to 100.</exception>
    public QuantitativeWeights(decimal tasksPercent, decimal emissionsPercent, decimal budgetPercent)
    {
        if (tasksPercent < 0m || emissionsPercent < 0m || budgetPercent < 0m || tasksPercent + emissionsPercent + budgetPercent != 100m)
        {
            throw new ArgumentException(
                $"Quantitative weights must be zero or more and sum to 100 %; {tasksPercent} + {emissionsPercent} + {budgetPercent} = {tasksPercent + emissionsPercent + budgetPercent}.");
        }
        (TasksPercent, EmissionsPercent, BudgetPercent) = (tasksPercent, emissionsPercent, budgetPercent);
    }

    /// <summary>Tasks 50 %, emissions 30 %, budget 20 %.</summary>
    public static QuantitativeWeights Default { get; } = new(50m, 30m, 20m);

    /// <summary>Weight of the mean task score.</summary>
    public decimal TasksPercent { get; private set; }

    /// <summary>Weight of the emissions achievement.</summary>
    public decimal EmissionsPercent { get; private set; }

    /// <summary>Weight of the budget execution.</summary>
    public decimal BudgetPercent { get; private set; }

    /// <summary>The weight of one component.</summary>
    public decimal Of(QuantitativeComponentKind kind) => kind switch
    {
        QuantitativeComponentKind.Tasks => TasksPercent,
        QuantitativeComponentKind.Emissions => EmissionsPercent,
        _ => BudgetPercent,
    };
}

/// <summary>A component of the quantitative score.</summary>
public enum QuantitativeComponentKind
{
    /// <summary>과제 이행: the mean score of scored tasks.</summary>
    Tasks,

    /// <summary>배출량 감축: the emissions achievement, held to 0–100.</summary>
    Emissions,

    /// <summary>예산 집행: the overall execution rate, held to 0–100.</summary>
    Budget,
}

/// <summary>One component's share of the quantitative score.</summary>
/// <param name="Kind">Which component.</param>
/// <param name="Value">Its value on 0–100; null when unavailable.</param>
/// <param name="WeightPercent">Its configured weight.</param>
/// <param name="EffectiveWeightPercent">Its weight after unavailable components' weights are shared out (0 when unavailable).</param>
/// <param name="Contribution">Value × effective weight ÷ 100: the points it adds to the score.</param>
public sealed record QuantitativeComponent(QuantitativeComponentKind Kind, decimal? Value, decimal WeightPercent, decimal EffectiveWeightPercent, decimal Contribution);

/// <summary>The quantitative score (정량 점수) on 0–100 with its components.</summary>
/// <param name="Components">Tasks, emissions and budget, in that order.</param>
/// <param name="Score">The sum of contributions; null when no component is available.</param>
/// <param name="ExcludedTasks">Tasks without a score (dropped, no KPI), listed.</param>
public sealed record QuantitativeScore(IReadOnlyList<QuantitativeComponent> Components, decimal? Score, IReadOnlyList<TaskScore> ExcludedTasks)
{
    /// <summary>The component of a kind.</summary>
    public QuantitativeComponent this[QuantitativeComponentKind kind] => Components.Single(c => c.Kind == kind);
}

/// <summary>The quantitative score rules; see docs/methodology-checks.md §4.</summary>
public static class QuantitativeScoring
{
    /// <summary>
    /// Tasks: the mean score of scored tasks. Emissions: the performance's score, held to 100. Budget: total
    /// executed ÷ total planned over tasks that are not dropped, held to 100. A component that is unavailable
    /// gives its weight to the others in proportion to theirs.
    /// </summary>
    public static QuantitativeScore Compute(IEnumerable<TaskScore> tasks, EmissionsPerformance? emissions, QuantitativeWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var list = tasks.ToList();
        var scored = list.Where(t => t.Score is not null).ToList();
        var budget = BudgetExecution.Total(list.Where(t => t.Report.Status != TaskProgressStatus.Dropped && t.Report.Budget is not null).Select(t => t.Report.Budget!));
        var values = new (QuantitativeComponentKind Kind, decimal? Value)[]
        {
            (QuantitativeComponentKind.Tasks, scored.Count == 0 ? null : scored.Average(t => t.Score!.Value)),
            (QuantitativeComponentKind.Emissions, emissions?.ScorePercent is { } e ? Math.Min(e, 100m) : null),
            (QuantitativeComponentKind.Budget, budget.RatePercent is { } r ? Math.Min(r, 100m) : null),
        };
        var available = values.Where(v => v.Value is not null).Sum(v => weights.Of(v.Kind));
        var components = values.Select(v =>
        {
            var effective = v.Value is null || available == 0m ? 0m : weights.Of(v.Kind) / available * 100m;
            return new QuantitativeComponent(v.Kind, v.Value, weights.Of(v.Kind), effective, (v.Value ?? 0m) * effective / 100m);
        }).ToList();
        var score = available == 0m ? (decimal?)null : components.Sum(c => c.Contribution);
        return new(components, score, list.Where(t => t.IsExcluded).ToList());
    }
}

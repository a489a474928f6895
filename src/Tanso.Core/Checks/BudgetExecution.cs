using Tanso.Core.Plans;
using Tanso.Core.Quantities;

namespace Tanso.Core.Checks;

/// <summary>A task's budget for a year: planned and executed (예산 집행), in KRW.</summary>
public sealed record BudgetExecution
{
    /// <summary>Creates a budget line.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative amount.</exception>
    public BudgetExecution(decimal plannedKrw, decimal executedKrw)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(plannedKrw);
        ArgumentOutOfRangeException.ThrowIfNegative(executedKrw);
        (PlannedKrw, ExecutedKrw) = (plannedKrw, executedKrw);
    }

    /// <summary>Planned for the year.</summary>
    public decimal PlannedKrw { get; }

    /// <summary>Executed in the year.</summary>
    public decimal ExecutedKrw { get; }

    /// <summary>예산 집행률 = executed ÷ planned × 100, not capped; null when nothing was planned.</summary>
    public decimal? RatePercent => IsPlausible && PlannedKrw != 0m ? Plausible.Multiply(Plausible.Divide(ExecutedKrw, PlannedKrw)!.Value, 100m) : null;

    /// <summary>Whether both amounts lie in the plausible range (0–<see cref="Plausible.MaxKrw"/>); a line stored outside it
    /// has no rate and is shown as invalid.</summary>
    public bool IsPlausible => Plausible.IsKrw(PlannedKrw) && Plausible.IsKrw(ExecutedKrw);

    /// <summary>True when more than planned was executed (rate above 100 %), a point to explain.</summary>
    public bool IsOverPlanned => RatePercent > 100m;

    /// <summary>True when money was executed although none was planned.</summary>
    public bool IsUnplanned => PlannedKrw == 0m && ExecutedKrw > 0m;

    /// <summary>The planned budget of <paramref name="task"/> for <paramref name="year"/> (nothing planned counts as 0)
    /// against what was executed.</summary>
    public static BudgetExecution For(PlanTask task, int year, decimal executedKrw)
    {
        ArgumentNullException.ThrowIfNull(task);
        var planned = 0m;
        foreach (var y in task.Years)
        {
            if (y.Year == year)
            {
                planned = Plausible.Add(planned, y.BudgetKrw ?? 0m);
            }
        }
        return new(planned, executedKrw);
    }

    /// <summary>The sum of several budget lines.</summary>
    public static BudgetExecution Total(IEnumerable<BudgetExecution> lines)
    {
        var list = lines.ToList();
        return new(Plausible.Sum(list.Select(l => l.PlannedKrw)), Plausible.Sum(list.Select(l => l.ExecutedKrw)));
    }
}

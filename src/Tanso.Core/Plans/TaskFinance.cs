using Tanso.Core.Quantities;

namespace Tanso.Core.Plans;

/// <summary>One year of an implementation task (이행과제): planned budget and expected reduction.</summary>
/// <param name="Year">The year.</param>
/// <param name="BudgetKrw">Planned budget in KRW, or null when none is planned.</param>
/// <param name="ExpectedReduction">Expected reduction that year (tCO2eq, positive), or null when not estimated.</param>
public sealed record TaskYear(int Year, decimal? BudgetKrw, TonnesCo2e? ExpectedReduction);

/// <summary>Budget and reduction arithmetic of implementation tasks.</summary>
public static class TaskFinance
{
    /// <summary>
    /// KRW per tonne: total budget ÷ total expected reduction, over the years that give both. Null when no
    /// year gives both or the reduction adds up to zero or less (no cost per tonne exists).
    /// </summary>
    public static decimal? CostPerTonne(IEnumerable<TaskYear> years)
    {
        var both = years.Where(y => y.BudgetKrw is not null && y.ExpectedReduction is not null).ToList();
        var tonnes = Plausible.Sum(both.Select(y => y.ExpectedReduction!.Value.Value));
        return both.Count == 0 || tonnes <= 0 ? null : Plausible.Divide(Plausible.Sum(both.Select(y => y.BudgetKrw!.Value)), tonnes);
    }

    /// <summary>Budgets and reductions of sub-projects added up per year, for their task or area.</summary>
    public static IReadOnlyList<TaskYear> RollUp(IEnumerable<IEnumerable<TaskYear>> children) =>
        children.SelectMany(c => c).GroupBy(y => y.Year).OrderBy(g => g.Key)
            .Select(g => new TaskYear(g.Key,
                g.Any(y => y.BudgetKrw is not null) ? Plausible.Sum(g.Select(y => y.BudgetKrw ?? 0m)) : null,
                g.Any(y => y.ExpectedReduction is not null) ? TonnesCo2e.Sum(g.Select(y => y.ExpectedReduction ?? TonnesCo2e.Zero)) : null))
            .ToList();
}

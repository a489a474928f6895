using Tanso.Core.Checks;
using Tanso.Core.Figures;
using Tanso.Core.Inventory;
using Tanso.Core.Plans;
using Tanso.Core.Quantities;

namespace Tanso.Core.Comparison;

/// <summary>A government's gap to its plan's trajectory in a year: the actual on the plan's basis against the path's value,
/// as percent above (+) or below (−) it, rounded to 0.1.</summary>
public sealed record TrajectoryGap(int Year, decimal Percent, TonnesCo2e Actual, TonnesCo2e Path);

/// <summary>
/// The map's measures, each computed from published data only (docs/portal.md gives the formulas):
/// reduction = gross emissions of the latest inventory year against the base year (the published plan's, else 2018,
/// else the first year); progress = the latest year's emissions on the plan's basis against the plan's trajectory for that
/// year; per capita = gross emissions ÷ population of the same year. Colour classes run from 0 (best) to 4 (worst) for
/// every measure, so green always means better.
/// </summary>
public static class MapScale
{
    /// <summary>Cuts of the change since the base year, % (≤ −30 … > +10).</summary>
    public static readonly IReadOnlyList<decimal> ReductionCuts = [-30m, -15m, 0m, 10m];

    /// <summary>Cuts of the gap to the trajectory, % above (+) or below (−) it.</summary>
    public static readonly IReadOnlyList<decimal> ProgressCuts = [-5m, 0m, 5m, 15m];

    /// <summary>Cuts of emissions per person, tCO2eq.</summary>
    public static readonly IReadOnlyList<decimal> PerCapitaCuts = [6m, 10m, 14m, 20m];

    /// <summary>The colour class of a value: how many cuts it is above (0 best … 4 worst).</summary>
    public static int BinOf(decimal value, IReadOnlyList<decimal> cuts) => cuts.Count(c => value > c);

    /// <summary>The year a reduction counts from: the published plan's base year when the inventory has it (and a later
    /// year), else 2018 when the inventory goes past it, else the inventory's first year.</summary>
    public static int ReductionBaseYear(IReadOnlyList<int> years, int? planBaseYear)
    {
        var latest = years[^1];
        return planBaseYear is { } b && years.Contains(b) && b < latest ? b
            : years.Contains(PeerComparison.ChangeBaseYear) && latest > PeerComparison.ChangeBaseYear ? PeerComparison.ChangeBaseYear
            : years[0];
    }

    /// <summary>The gap to the plan's trajectory in <paramref name="year"/>, on the same comparable actual as the check (the
    /// plan's basis, never gross beside a net path); otherwise why there is none, in both languages.</summary>
    public static (TrajectoryGap? Gap, IReadOnlyList<(string Ko, string En)> Missing) GapToTrajectory(Plan plan, InventorySummary inventory, InventoryEdition? edition, int year)
    {
        var (path, _) = plan.PathOf(null, plan.BaseEmissions, ComparableEmissions.SectorBases(inventory, plan.BaseYear));
        var target = path.Where(v => v.Year == year).Select(v => (YearValue?)v).FirstOrDefault();
        if (target is not { } t || t.Value.Value == 0m || year <= plan.BaseYear)
        {
            return (null, [($"계획 경로에 {year}년 값이 없습니다", $"the plan's trajectory has no value for {year}")]);
        }
        var actual = ComparableEmissions.For(inventory, edition, year, plan.Basis);
        if (actual.Value is not { } value)
        {
            return (null, actual.Notes.Select(n => (n.Ko, n.En)).ToList());
        }
        var figure = HeadlineFigure.Of(EmissionsPerformance.Of(new EmissionsReading(null, year, plan.BaseEmissions, t.Value, value, edition?.Id)));
        return (new TrajectoryGap(year, Math.Round(figure.PercentFromTarget!.Value, 1), value, t.Value), []);
    }
}

using Tanso.Core.Plans;
using Tanso.Core.Quantities;

namespace Tanso.Core.Pathways;

/// <summary>
/// Measures of a yearly emissions pathway (net totals, one value per year): the carbon budget it uses, when it
/// reaches net zero, when a budget runs out, and how far the latest inventory is from it.
/// </summary>
public static class PathwayMetrics
{
    /// <summary>Cumulative emissions from <paramref name="from"/> to <paramref name="to"/> inclusive (each year's
    /// value counted once); years the path lacks count as nothing, so give a complete path.</summary>
    public static TonnesCo2e Cumulative(IEnumerable<YearValue> path, int from, int to) =>
        TonnesCo2e.Sum(path.Where(v => v.Year >= from && v.Year <= to).Select(v => v.Value));

    /// <summary>The first year whose net value is zero or below; null if the path never gets there.</summary>
    public static int? NetZeroYear(IEnumerable<YearValue> path) =>
        path.OrderBy(v => v.Year).Where(v => v.Value.Value <= 0).Select(v => (int?)v.Year).FirstOrDefault();

    /// <summary>
    /// The year a carbon budget counted from <paramref name="from"/> runs out: the first year whose cumulative
    /// emissions exceed <paramref name="budget"/>; null if the path stays within it.
    /// </summary>
    public static int? BudgetRunOutYear(IEnumerable<YearValue> path, int from, TonnesCo2e budget)
    {
        var used = 0m;
        foreach (var v in path.Where(v => v.Year >= from).OrderBy(v => v.Year))
        {
            used += v.Value.Value;
            if (used > budget.Value)
            {
                return v.Year;
            }
        }
        return null;
    }

    /// <summary>Actual − pathway in the latest year both have (positive: above the path); null without such a year.</summary>
    public static (int Year, TonnesCo2e Gap)? GapToPath(IEnumerable<YearValue> actual, IEnumerable<YearValue> path)
    {
        var onPath = path.ToDictionary(v => v.Year, v => v.Value);
        return actual.Where(a => onPath.ContainsKey(a.Year)).OrderByDescending(a => a.Year)
            .Select(a => ((int, TonnesCo2e)?)(a.Year, a.Value - onPath[a.Year])).FirstOrDefault();
    }
}

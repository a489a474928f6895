using Tanso.Core.Plans;
using Tanso.Core.Quantities;

namespace Tanso.Core.Pathways;

/// <summary>
/// Business as usual (BAU): the inventory's recent trend carried forward. Method: an ordinary least-squares line
/// through the last <c>n</c> years of history, extended year by year to the end year and floored at zero. Stated on
/// screen as "linear trend of the last n years".
/// </summary>
public static class Bau
{
    /// <summary>The projection from the year after the last history year to <paramref name="toYear"/>.</summary>
    /// <exception cref="ArgumentException">Fewer than two history years, or n below 2.</exception>
    public static IReadOnlyList<YearValue> LinearTrend(IEnumerable<YearValue> history, int n, int toYear)
    {
        if (n < 2)
        {
            throw new ArgumentException("A trend needs at least two years.", nameof(n));
        }
        var points = history.OrderBy(v => v.Year).TakeLast(n).ToList();
        if (points.Count < 2)
        {
            throw new ArgumentException("A trend needs at least two years of history.", nameof(history));
        }
        var meanX = points.Average(p => (decimal)p.Year);
        var meanY = points.Average(p => p.Value.Value);
        var slope = points.Sum(p => (p.Year - meanX) * (p.Value.Value - meanY)) / points.Sum(p => (p.Year - meanX) * (p.Year - meanX));
        var last = points[^1].Year;
        return Enumerable.Range(last + 1, Math.Max(0, toYear - last))
            .Select(y => new YearValue(y, new TonnesCo2e(Math.Max(0m, meanY + slope * (y - meanX)))))
            .ToList();
    }
}

using Tanso.Core.Plans;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;

namespace Tanso.Core.Pathways;

/// <summary>
/// Business as usual (BAU): the inventory's recent trend carried forward. Method: an ordinary least-squares line
/// through the last <c>n</c> reported years, extended year by year to the end year; emission sources are floored
/// at zero and removal lines capped at zero (a trend never turns a sink into a source). Stated on screen with
/// <see cref="Describe"/>.
/// </summary>
public static class Bau
{
    /// <summary>The projection from the year after the last history year to <paramref name="toYear"/>.</summary>
    /// <exception cref="ArgumentException">Fewer than two history years, or n below 2.</exception>
    public static IReadOnlyList<YearValue> LinearTrend(IEnumerable<YearValue> history, int n, int toYear, bool negativeLine = false)
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
            .Select(y => meanY + slope * (y - meanX))
            .Select((v, i) => new YearValue(last + 1 + i, new TonnesCo2e(negativeLine ? Math.Min(0m, v) : Math.Max(0m, v))))
            .ToList();
    }

    /// <summary>The method in words, in Korean and English.</summary>
    public static (string Ko, string En) Describe(int n, int lastYear) => (
        $"최근 보고된 {n}개 연도의 선형 추세(최소제곱)를 {lastYear}년 이후로 연장 (배출원은 0 이상, 흡수원은 0 이하로 제한; 값이 한 해뿐인 부문은 그 값을 유지)",
        $"Linear trend (least squares) of the last {n} reported years carried forward from {lastYear} (sources floored and sinks capped at 0; a sector with a single year stays level)");

    /// <summary>
    /// A BAU pathway over <paramref name="baseYear"/>–<paramref name="endYear"/>: the reported values where there
    /// are any (gaps joined by straight lines, years before the first report at its value), then each sector's
    /// trend of its last <paramref name="n"/> reported years. Null when there is no history at all.
    /// </summary>
    public static ScenarioPathway? Pathway(IReadOnlyDictionary<SectorCode, IReadOnlyList<YearValue>> history, int n, int baseYear, int endYear)
    {
        var lines = history.Where(h => h.Value.Count > 0).ToList();
        if (lines.Count == 0)
        {
            return null;
        }
        var lastYear = lines.Max(l => l.Value.Max(v => v.Year));
        var notes = new List<PathwayNote>();
        var (ko, en) = lines.All(l => l.Value.Count < 2)
            ? ($"보고된 연도가 한 해뿐이라 {lastYear}년 값을 그대로 유지 (동결 BAU)", $"Only one reported year, so the {lastYear} values are held level (frozen BAU)")
            : Describe(n, lastYear);
        notes.Add(new PathwayNote(null, ko, en));
        var built = lines.Select(l => (l.Key, (IReadOnlyList<YearValue>)Line(SectorTaxonomy.Get(l.Key), l.Value, n, baseYear, endYear))).ToList();
        return ScenarioPathway.FromYearly(baseYear, endYear, built, notes);
    }

    private static List<YearValue> Line(Sector sector, IReadOnlyList<YearValue> history, int n, int baseYear, int endYear)
    {
        var known = history.OrderBy(v => v.Year).ToList();
        var (first, last) = (known[0], known[^1]);
        var projected = known.Count >= 2 && n >= 2 ? LinearTrend(known, n, endYear, sector.IsNegativeLine) : [];
        var values = new List<YearValue>();
        for (var y = baseYear; y <= endYear; y++)
        {
            if (y <= first.Year)
            {
                values.Add(new YearValue(y, first.Value));
            }
            else if (y <= last.Year)
            {
                var after = known.First(v => v.Year >= y);
                var before = known.Last(v => v.Year <= y);
                values.Add(after.Year == before.Year ? after : new YearValue(y, new TonnesCo2e(
                    before.Value.Value + (after.Value.Value - before.Value.Value) * (y - before.Year) / (after.Year - before.Year))));
            }
            else
            {
                values.Add(projected.Count > 0 ? projected[y - last.Year - 1] : new YearValue(y, last.Value));
            }
        }
        return values;
    }
}

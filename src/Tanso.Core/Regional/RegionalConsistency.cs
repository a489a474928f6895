using Tanso.Core.Quantities;

namespace Tanso.Core.Regional;

/// <summary>One line of a province compared with the sum of its 시·군·구 in the same series, year and scope.</summary>
/// <param name="Series">The series.</param>
/// <param name="Year">The year.</param>
/// <param name="Scope">The scope (never mixed).</param>
/// <param name="LineKo">The line label, as published.</param>
/// <param name="Province">The province's published value.</param>
/// <param name="SumOfParts">The sum of the published values of its 시·군·구 on the same line.</param>
/// <param name="Parts">How many 시·군·구 publish the line.</param>
public sealed record SumComparison(string Series, int Year, EmissionScope Scope, string LineKo, TonnesCo2e Province, TonnesCo2e SumOfParts, int Parts)
{
    /// <summary>Province − sum of parts.</summary>
    public TonnesCo2e Difference => Province - SumOfParts;

    /// <summary>Whether the province differs from the sum of its parts by more than the rounding of the source.</summary>
    public bool Differs => Math.Abs(Difference.Value) > RegionalConsistency.Tolerance.Value;
}

/// <summary>
/// Consistency of a published regional series, measured and shown, never smoothed: where a province is not the sum of
/// its 시·군·구, the page says by how much.
/// </summary>
public static class RegionalConsistency
{
    /// <summary>0.1 Gg: sources publish to 0.01 Gg, and eighteen rounded parts can drift by this much.</summary>
    public static readonly TonnesCo2e Tolerance = new(100m);

    /// <summary>
    /// Each line the province and at least one of its parts publish, per series, year and scope, with the sum of
    /// the parts; direct and indirect lines are compared separately and never added together.
    /// </summary>
    public static IReadOnlyList<SumComparison> ProvinceAgainstParts(IEnumerable<RegionalFigure> province, IEnumerable<RegionalFigure> parts)
    {
        var byLine = parts.Where(f => f.Value is not null).GroupBy(f => (f.Series, f.Year.Value, f.Scope, f.LineKo))
            .ToDictionary(g => g.Key, g => (Sum: TonnesCo2e.Sum(g.Select(f => f.Value!.Value)), Count: g.Count()));
        return province
            .Where(p => p.Value is not null && byLine.ContainsKey((p.Series, p.Year.Value, p.Scope, p.LineKo)))
            .OrderBy(p => p.Order)
            .Select(p =>
            {
                var (sum, count) = byLine[(p.Series, p.Year.Value, p.Scope, p.LineKo)];
                return new SumComparison(p.Series, p.Year.Value, p.Scope, p.LineKo, p.Value!.Value, sum, count);
            })
            .ToList();
    }
}

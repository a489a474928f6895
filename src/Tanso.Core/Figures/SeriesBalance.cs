using Tanso.Core.Quantities;

namespace Tanso.Core.Figures;

/// <summary>
/// Checks that a series' sector lines add up to its total. Published figures are rounded to 0.1 Mt, so
/// the sum of n rounded lines may differ from the rounded total by up to n × 0.05 Mt.
/// </summary>
public static class SeriesBalance
{
    /// <summary>Half of the 0.1 Mt unit national figures are rounded to.</summary>
    public static readonly MegatonnesCo2e HalfPublishedUnit = new(0.05m);

    /// <summary>Net total: the sum of every sector line, removals and credits included (they are negative).</summary>
    public static TonnesCo2e NetOfSectors(IEnumerable<(FigureLine Line, TonnesCo2e Value)> lines) =>
        TonnesCo2e.Sum(lines.Where(l => !l.Line.IsTotal).Select(l => l.Value));

    /// <summary>Gross total: the sum of the emission-source lines only.</summary>
    public static TonnesCo2e GrossOfSectors(IEnumerable<(FigureLine Line, TonnesCo2e Value)> lines) =>
        TonnesCo2e.Sum(lines
            .Where(l => l.Line.Sector is { } s && !Sectors.SectorTaxonomy.Get(s).IsNegativeLine)
            .Select(l => l.Value));

    /// <summary>The largest difference rounding can explain when <paramref name="lineCount"/> rounded lines are added.</summary>
    public static TonnesCo2e RoundingTolerance(int lineCount) => new MegatonnesCo2e(HalfPublishedUnit.Value * Math.Max(1, lineCount)).ToTonnes();

    /// <summary>Whether a computed sum agrees with a stated total within the rounding of <paramref name="lineCount"/> lines.</summary>
    public static bool AgreesWithinRounding(TonnesCo2e computed, TonnesCo2e stated, int lineCount) =>
        Math.Abs(computed.Value - stated.Value) <= RoundingTolerance(lineCount).Value;
}

using Tanso.Core.Plans;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;

namespace Tanso.Core.Pathways;

/// <summary>A given value of a sector line, without provenance: what the maths needs.</summary>
/// <param name="Sector">The sector line.</param>
/// <param name="Year">The year.</param>
/// <param name="Value">tCO2eq.</param>
public readonly record struct LinePoint(SectorCode Sector, int Year, TonnesCo2e Value);

/// <summary>
/// What a scenario says, as plain values: its span, its default interpolation, the points of each sector line
/// and the lines drawn differently. Editing a copy (<see cref="WithPoint"/>) and computing it again is how a
/// what-if is answered without touching the saved scenario.
/// </summary>
/// <param name="BaseYear">First year of every line.</param>
/// <param name="EndYear">Last year of every line.</param>
/// <param name="Method">Interpolation between points, unless a line says otherwise.</param>
/// <param name="Points">Every line's given values.</param>
/// <param name="LineMethods">Lines drawn with their own interpolation.</param>
public sealed record ScenarioDefinition(int BaseYear, int EndYear, Interpolation Method, IReadOnlyList<LinePoint> Points, IReadOnlyDictionary<SectorCode, Interpolation> LineMethods)
{
    /// <summary>The same scenario with one point set (added or replaced).</summary>
    public ScenarioDefinition WithPoint(SectorCode sector, int year, TonnesCo2e value) =>
        this with { Points = [.. Points.Where(p => p.Sector != sector || p.Year != year), new LinePoint(sector, year, value)] };

    /// <summary>The yearly lines, net and gross totals.</summary>
    public ScenarioPathway Compute() => ScenarioPathway.Compute(this);
}

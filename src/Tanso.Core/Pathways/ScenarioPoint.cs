using Tanso.Core.Figures;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;

namespace Tanso.Core.Pathways;

/// <summary>
/// One given value of a scenario line: a milestone (e.g. the power sector in 2030) or, for a line drawn year
/// by year, one year. Carries its provenance like an official figure: status and source.
/// </summary>
public sealed class ScenarioPoint
{
    /// <summary>Creates a point; the source may be empty only for a user's own assumption.</summary>
    public ScenarioPoint(SectorCode sector, int year, TonnesCo2e value, FigureStatus status, string source)
    {
        if (!ReportingYear.IsValid(year))
        {
            throw new ArgumentException($"{year} is not a year in {ReportingYear.Min}–{ReportingYear.Max}.", nameof(year));
        }
        (Sector, Year, Value, Status, Source) = (sector, year, value, status, source.Trim());
    }

    /// <summary>Identity.</summary>
    public int Id { get; private set; }

    /// <summary>The scenario.</summary>
    public int ScenarioId { get; private set; }

    /// <summary>The sector line.</summary>
    public SectorCode Sector { get; private set; }

    /// <summary>The year.</summary>
    public int Year { get; private set; }

    /// <summary>tCO2eq (negative for removals and credits).</summary>
    public TonnesCo2e Value { get; private set; }

    /// <summary>Verified, derived or unverified (a user's own assumption is unverified).</summary>
    public FigureStatus Status { get; private set; }

    /// <summary>Where the value comes from, or the assumption behind it.</summary>
    public string Source { get; private set; }

    internal void Change(TonnesCo2e value, FigureStatus status, string source) => (Value, Status, Source) = (value, status, source.Trim());
}

/// <summary>A sector line drawn with its own interpolation instead of the scenario's.</summary>
public sealed class ScenarioLineMethod
{
    /// <summary>Creates the override.</summary>
    public ScenarioLineMethod(SectorCode sector, Plans.Interpolation interpolation) => (Sector, Interpolation) = (sector, interpolation);

    /// <summary>Identity.</summary>
    public int Id { get; private set; }

    /// <summary>The scenario.</summary>
    public int ScenarioId { get; private set; }

    /// <summary>The sector line.</summary>
    public SectorCode Sector { get; private set; }

    /// <summary>How the line is drawn between its points.</summary>
    public Plans.Interpolation Interpolation { get; internal set; }
}

using Tanso.Core.Quantities;

namespace Tanso.Core.Figures;

/// <summary>
/// One published number — a sector's emissions, target or scenario value — with where it comes from:
/// its source, its status and the inventory edition it is measured against.
/// </summary>
public sealed class OfficialFigure : IVersioned
{
    /// <summary>Creates a figure; the source must be non-empty.</summary>
    public OfficialFigure(int seriesId, ReportingYear year, FigureLine line, TonnesCo2e value, FigureStatus status, string source, int editionId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        SeriesId = seriesId;
        Year = year;
        Line = line;
        Value = value;
        Status = status;
        Source = source;
        EditionId = editionId;
    }

    /// <summary>Database identity.</summary>
    public int Id { get; private set; }

    /// <summary>The series the figure belongs to.</summary>
    public int SeriesId { get; private set; }

    /// <summary>The series, when loaded.</summary>
    public FigureSeries? Series { get; private set; }

    /// <summary>The year it refers to.</summary>
    public ReportingYear Year { get; private set; }

    /// <summary>The sector or total it measures.</summary>
    public FigureLine Line { get; private set; }

    /// <summary>The value in tCO2eq (negative for removals and credits).</summary>
    public TonnesCo2e Value { get; private set; }

    /// <summary>Verified, derived or unverified.</summary>
    public FigureStatus Status { get; private set; }

    /// <summary>A citation: an address, or the formula and the addresses it derives from.</summary>
    public string Source { get; private set; }

    /// <summary>The inventory edition the figure is measured against.</summary>
    public int EditionId { get; private set; }

    /// <summary>The edition, when loaded.</summary>
    public InventoryEdition? Edition { get; private set; }

    /// <inheritdoc/>
    public int Version { get; private set; }

    /// <summary>Corrects the value, status or source, e.g. when a source is verified.</summary>
    public void Correct(TonnesCo2e value, FigureStatus status, string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        Value = value;
        Status = status;
        Source = source.Trim();
    }
}

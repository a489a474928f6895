using Tanso.Core.Sectors;

namespace Tanso.Core.Figures;

/// <summary>
/// What a figure measures: one sector, or a stated total of a series. Stored as its <see cref="Code"/>:
/// the sector code, <c>total-gross</c> or <c>total-net</c>.
/// </summary>
public readonly record struct FigureLine
{
    private const string GrossCode = "total-gross";
    private const string NetCode = "total-net";

    private FigureLine(string code, SectorCode? sector)
    {
        Code = code;
        Sector = sector;
    }

    /// <summary>Stable code.</summary>
    public string Code { get; }

    /// <summary>The sector, or null for a total.</summary>
    public SectorCode? Sector { get; }

    /// <summary>Total gross emissions (총배출량, before removals).</summary>
    public static FigureLine TotalGross { get; } = new(GrossCode, null);

    /// <summary>Total net emissions (순배출량, after removals and credits).</summary>
    public static FigureLine TotalNet { get; } = new(NetCode, null);

    /// <summary>A sector line.</summary>
    public static FigureLine ForSector(SectorCode sector) => new(sector.Value, sector);

    /// <summary>Display order: sectors in taxonomy order, then gross and net totals.</summary>
    public int DisplayOrder => Sector is { } s ? SectorTaxonomy.Get(s).Order : Code == GrossCode ? 100 : 101;

    /// <summary>True for a stated total.</summary>
    public bool IsTotal => Sector is null;

    /// <summary>Parses a stored code.</summary>
    public static FigureLine Parse(string code) => code switch
    {
        GrossCode => TotalGross,
        NetCode => TotalNet,
        _ => ForSector(SectorCode.Parse(code)),
    };

    /// <summary>Korean label.</summary>
    public string NameKo => Sector is { } s ? SectorTaxonomy.Get(s).NameKo : Code == GrossCode ? "총배출량" : "순배출량";

    /// <summary>English label.</summary>
    public string NameEn => Sector is { } s ? SectorTaxonomy.Get(s).NameEn : Code == GrossCode ? "Total gross" : "Total net";

    /// <inheritdoc/>
    public override string ToString() => Code;
}

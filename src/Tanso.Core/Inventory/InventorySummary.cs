using Tanso.Core.Quantities;
using Tanso.Core.Sectors;

namespace Tanso.Core.Inventory;

/// <summary>
/// A government's inventory as a years × sectors table of CO2-equivalent totals, with gross and net
/// totals, sector shares and change against a base year. A sector's value for a year is its sector-total
/// line (empty sub-sector) when given, otherwise the sum of its sub-sector lines. A coded sector line (산업공정 = 2)
/// holds only its own categories: the sector's lines from other groups (1.A.2 제조업 및 건설업, placed in 산업 through
/// the energy categories) are added to it.
/// </summary>
public sealed class InventorySummary
{
    private readonly Dictionary<(int Year, string Sector), TonnesCo2e> _cells;

    private InventorySummary(IReadOnlyList<int> years, IReadOnlyList<Sector> sectors, Dictionary<(int, string), TonnesCo2e> cells)
    {
        Years = years;
        Sectors = sectors;
        _cells = cells;
    }

    /// <summary>Years with data, ascending.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>Sectors with data, in taxonomy order.</summary>
    public IReadOnlyList<Sector> Sectors { get; }

    /// <summary>Builds the table from entries (other gases than the CO2-equivalent total are ignored).</summary>
    public static InventorySummary Build(IEnumerable<InventoryEntry> entries)
    {
        var totals = entries.Where(e => e.Gas == Gas.Total && !e.Nested).ToList();
        var cells = new Dictionary<(int, string), TonnesCo2e>();
        foreach (var group in totals.GroupBy(e => (e.Year.Value, e.Sector.Value)))
        {
            var sectorLine = group.Where(e => e.SubSector.Length == 0).ToList();
            cells[group.Key] = sectorLine.Count > 0
                ? TonnesCo2e.Sum(group.Where(e => e.SubSector.Length > 0 && !InsideSectorLine(sectorLine[0].Category, e.Category)).Select(e => e.Emissions).Prepend(sectorLine[0].Emissions))
                : TonnesCo2e.Sum(group.Select(e => e.Emissions));
        }
        var years = cells.Keys.Select(k => k.Item1).Distinct().Order().ToList();
        var sectors = SectorTaxonomy.All.Where(s => cells.Keys.Any(k => k.Item2 == s.Code.Value)).ToList();
        return new InventorySummary(years, sectors, cells);
    }

    /// <summary>
    /// True when a line of <paramref name="category"/> is already inside a sector's own line of
    /// <paramref name="sectorLineCategory"/>: always when either has no code (수송 and its 도로), otherwise when the
    /// code is the line's or under it (2.A under 2, but not 1.A.2 under 2).
    /// </summary>
    public static bool InsideSectorLine(string sectorLineCategory, string category) =>
        sectorLineCategory.Length == 0 || category.Length == 0 || category == sectorLineCategory
        || category.StartsWith(sectorLineCategory + ".", StringComparison.Ordinal);

    /// <summary>The sector's value in a year, or null when not reported.</summary>
    public TonnesCo2e? Value(int year, Sector sector) => _cells.TryGetValue((year, sector.Code.Value), out var v) ? v : null;

    /// <summary>Gross emissions of a year: the emission-source sectors.</summary>
    public TonnesCo2e Gross(int year) => TonnesCo2e.Sum(Sectors.Where(s => !s.IsNegativeLine).Select(s => Value(year, s) ?? TonnesCo2e.Zero));

    /// <summary>Net emissions of a year: every line, removals included.</summary>
    public TonnesCo2e Net(int year) => TonnesCo2e.Sum(Sectors.Select(s => Value(year, s) ?? TonnesCo2e.Zero));

    /// <summary>A sector's share of the year's gross emissions (null for removal lines or an empty year).</summary>
    public Percentage? Share(int year, Sector sector) =>
        sector.IsNegativeLine || Gross(year).Value == 0 || Value(year, sector) is not { } v ? null : Percentage.FromFraction(v.Value / Gross(year).Value);

    /// <summary>Change of the gross total from <paramref name="baseYear"/> to <paramref name="year"/>.</summary>
    public Percentage? GrossChange(int baseYear, int year) =>
        Years.Contains(baseYear) && Years.Contains(year) ? Percentage.Change(Gross(baseYear), Gross(year)) : null;

    /// <summary>Change of one sector from <paramref name="baseYear"/> to <paramref name="year"/>.</summary>
    public Percentage? SectorChange(Sector sector, int baseYear, int year) =>
        Value(baseYear, sector) is { } a && Value(year, sector) is { } b ? Percentage.Change(a, b) : null;
}

using Tanso.Core.Quantities;

namespace Tanso.Core.Inventory;

/// <summary>One line that differs between two editions: a value changed, appeared or disappeared.</summary>
/// <param name="Sector">Sector code.</param>
/// <param name="SubSector">Sub-sector, empty for the sector line.</param>
/// <param name="Gas">Gas.</param>
/// <param name="Year">Year.</param>
/// <param name="Before">Value in the older edition, or null when absent there.</param>
/// <param name="After">Value in the newer edition, or null when absent there.</param>
public sealed record InventoryChange(string Sector, string SubSector, Gas Gas, int Year, TonnesCo2e? Before, TonnesCo2e? After)
{
    /// <summary>After − before (a missing side counts as zero).</summary>
    public TonnesCo2e Delta => (After ?? TonnesCo2e.Zero) - (Before ?? TonnesCo2e.Zero);
}

/// <summary>What changed for one government between two inventory editions (e.g. after a recalculation).</summary>
public static class InventoryDiff
{
    /// <summary>Every line whose value differs, appears or disappears, ordered by year, sector, sub-sector, gas.</summary>
    public static IReadOnlyList<InventoryChange> Compare(IEnumerable<InventoryEntry> older, IEnumerable<InventoryEntry> newer)
    {
        static (string, string, Gas, int) Key(InventoryEntry e) => (e.Sector.Value, e.SubSector, e.Gas, e.Year.Value);
        var before = older.ToDictionary(Key, e => e.Emissions);
        var after = newer.ToDictionary(Key, e => e.Emissions);
        return before.Keys.Union(after.Keys)
            .Select(k => new InventoryChange(k.Item1, k.Item2, k.Item3, k.Item4,
                before.TryGetValue(k, out var b) ? b : null, after.TryGetValue(k, out var a) ? a : null))
            .Where(c => c.Before != c.After)
            .OrderBy(c => c.Year).ThenBy(c => Sectors.SectorTaxonomy.Find(c.Sector)?.Order ?? 99).ThenBy(c => c.SubSector, StringComparer.Ordinal).ThenBy(c => c.Gas)
            .ToList();
    }

    /// <summary>Net change per year across the changed lines (CO2-equivalent totals only).</summary>
    public static IReadOnlyDictionary<int, TonnesCo2e> ByYear(IEnumerable<InventoryChange> changes) =>
        changes.Where(c => c.Gas == Gas.Total).GroupBy(c => c.Year).OrderBy(g => g.Key)
            .ToDictionary(g => g.Key, g => TonnesCo2e.Sum(g.Select(c => c.Delta)));
}

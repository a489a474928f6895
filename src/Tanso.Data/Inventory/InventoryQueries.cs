using Microsoft.EntityFrameworkCore;
using Tanso.Core.Figures;
using Tanso.Core.Inventory;

namespace Tanso.Data.Inventory;

/// <summary>Which edition a government's current view uses, and its entries.</summary>
public static class InventoryQueries
{
    /// <summary>Editions with data for the government, the current one first: official editions by
    /// publication date, newest first, ahead of sample data, which any real edition supersedes.</summary>
    public static async Task<IReadOnlyList<InventoryEdition>> EditionsForAsync(this TansoDb db, int governmentId, CancellationToken ct)
    {
        var ids = await db.InventoryEntries.Where(e => e.GovernmentId == governmentId).Select(e => e.EditionId).Distinct().ToListAsync(ct);
        var editions = await db.InventoryEditions.AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync(ct);
        return CurrentFirst(editions);
    }

    /// <summary><see cref="EditionsForAsync"/> for many governments in two queries: each government with data, its
    /// editions current first.</summary>
    public static async Task<Dictionary<int, IReadOnlyList<InventoryEdition>>> EditionsForAsync(this TansoDb db, IReadOnlyCollection<int> governmentIds, CancellationToken ct)
    {
        var pairs = await db.InventoryEntries.Where(e => governmentIds.Contains(e.GovernmentId)).Select(e => new { e.GovernmentId, e.EditionId }).Distinct().ToListAsync(ct);
        var all = await db.InventoryEditions.AsNoTracking().ToDictionaryAsync(e => e.Id, ct);
        return pairs.GroupBy(p => p.GovernmentId).ToDictionary(g => g.Key, g => CurrentFirst(g.Select(p => all[p.EditionId])));
    }

    /// <summary>Editions in the order a government's view picks them: editions in force (neither superseded nor
    /// withdrawn) first, official ahead of sample data, confirmed ahead of provisional, then by publication date,
    /// newest first; the first is the current one.</summary>
    public static IReadOnlyList<InventoryEdition> CurrentFirst(IEnumerable<InventoryEdition> editions) =>
        editions.OrderBy(e => !e.IsInForce).ThenBy(e => e.IsSample).ThenBy(e => e.IsProvisional)
            .ThenByDescending(e => e.PublishedOn).ThenByDescending(e => e.Id).ToList();

    public static async Task<IReadOnlyList<InventoryEntry>> EntriesAsync(this TansoDb db, int governmentId, int editionId, CancellationToken ct) =>
        await db.InventoryEntries.AsNoTracking().Where(e => e.GovernmentId == governmentId && e.EditionId == editionId).ToListAsync(ct);
}

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
        return editions.OrderBy(e => e.IsSample).ThenByDescending(e => e.PublishedOn).ThenByDescending(e => e.Id).ToList();
    }

    public static async Task<IReadOnlyList<InventoryEntry>> EntriesAsync(this TansoDb db, int governmentId, int editionId, CancellationToken ct) =>
        await db.InventoryEntries.AsNoTracking().Where(e => e.GovernmentId == governmentId && e.EditionId == editionId).ToListAsync(ct);
}

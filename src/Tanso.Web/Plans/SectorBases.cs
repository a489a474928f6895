using Tanso.Core.Figures;
using Tanso.Core.Inventory;
using Tanso.Core.Plans;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;
using Tanso.Data;
using Tanso.Data.Inventory;

namespace Tanso.Web.Plans;

/// <summary>
/// A plan's sector bases: each sector's emissions in the base year, from the government's current inventory
/// edition (a plan states its total base; sector targets written as a reduction need the sector's).
/// </summary>
internal static class SectorBases
{
    public static async Task<(IReadOnlyDictionary<SectorCode, TonnesCo2e> Bases, InventorySummary? Inventory, bool IsSample)> ForAsync(TansoDb db, Plan plan, CancellationToken ct) =>
        await ForAsync(db, plan, (await Inventory.InventoryApi.ChooseAsync(db, plan.GovernmentId, null, ct)).Item3, ct);

    /// <summary>The bases and inventory from <paramref name="edition"/> (none: no bases).</summary>
    public static async Task<(IReadOnlyDictionary<SectorCode, TonnesCo2e> Bases, InventorySummary? Inventory, bool IsSample)> ForAsync(TansoDb db, Plan plan,
        InventoryEdition? edition, CancellationToken ct)
    {
        if (edition is null)
        {
            return (new Dictionary<SectorCode, TonnesCo2e>(), null, false);
        }
        var summary = InventorySummary.Build(await db.EntriesAsync(plan.GovernmentId, edition.Id, ct));
        var bases = summary.Sectors.Where(s => summary.Value(plan.BaseYear, s) is not null)
            .ToDictionary(s => s.Code, s => summary.Value(plan.BaseYear, s)!.Value);
        return (bases, summary, edition.IsSample);
    }
}

using Tanso.Core.Checks;
using Tanso.Core.Figures;
using Tanso.Core.Inventory;
using Tanso.Core.Plans;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;
using Tanso.Data;
using Tanso.Data.Inventory;

namespace Tanso.Web.Plans;

/// <summary>
/// A plan's inventory: the edition its targets are compared with (the newest under the guidelines of the plan's
/// basis, <see cref="ComparableEmissions.ChooseEdition"/>), that edition's table, and each sector's emissions in the
/// base year from it (a plan states its total base; sector targets written as a reduction need the sector's).
/// </summary>
internal static class SectorBases
{
    public static async Task<(IReadOnlyDictionary<SectorCode, TonnesCo2e> Bases, InventorySummary? Inventory, InventoryEdition? Edition)> ForAsync(TansoDb db, Plan plan, CancellationToken ct) =>
        await ForAsync(db, plan, ComparableEmissions.ChooseEdition(await db.EditionsForAsync(plan.GovernmentId, ct), plan.Basis), ct);

    /// <summary>The bases and inventory from <paramref name="edition"/> (none: no bases).</summary>
    public static async Task<(IReadOnlyDictionary<SectorCode, TonnesCo2e> Bases, InventorySummary? Inventory, InventoryEdition? Edition)> ForAsync(TansoDb db, Plan plan,
        InventoryEdition? edition, CancellationToken ct)
    {
        if (edition is null)
        {
            return (new Dictionary<SectorCode, TonnesCo2e>(), null, null);
        }
        var summary = InventorySummary.Build(await db.EntriesAsync(plan.GovernmentId, edition.Id, ct));
        return (ComparableEmissions.SectorBases(summary, plan.BaseYear), summary, edition);
    }
}

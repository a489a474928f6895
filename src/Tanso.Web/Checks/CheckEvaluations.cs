using Tanso.Core.Checks;
using Tanso.Core.Figures;
using Tanso.Core.Plans;
using Tanso.Data;
using Tanso.Data.Inventory;
using Tanso.Web.Plans;

namespace Tanso.Web.Checks;

/// <summary>A cycle's quantitative evaluation with what it was computed from.</summary>
internal sealed record CycleEvaluation(Plan Plan, CheckEvaluation Evaluation, InventoryEdition? Edition);

internal static class CheckEvaluations
{
    /// <summary>Evaluates the cycle's reports: KPI and task scores from the reports, each sector's and the total's
    /// emissions in the checked year (current inventory edition) against the plan's trajectory for that year.</summary>
    public static async Task<CycleEvaluation> ForAsync(TansoDb db, CheckCycle cycle, TimeProvider clock, CancellationToken ct)
    {
        var plan = (await PlanAccess.LoadAsync(db, cycle.PlanId, ct))!;
        var (bases, inventory, _) = await SectorBases.ForAsync(db, plan, ct);
        var editions = await db.EditionsForAsync(plan.GovernmentId, ct);
        var edition = editions.Count > 0 ? editions[0] : null;
        var year = cycle.Year;
        var sectors = SectorPath.For(plan, bases, inventory)
            .Select(sp => EmissionsReading.FromPath(sp.Sector.Code, year, sp.Base, sp.Path, sp.Actual.TryGetValue(year, out var a) ? a : null, edition?.Id))
            .OfType<EmissionsReading>().ToList();
        var (path, _) = plan.PathOf(null, plan.BaseEmissions, bases);
        var total = EmissionsReading.FromPath(null, year, plan.BaseEmissions, path,
            inventory is not null && inventory.Years.Contains(year) ? inventory.Gross(year) : null, edition?.Id);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return new CycleEvaluation(plan, CheckEvaluation.Evaluate(plan, cycle, sectors, total, today), edition);
    }
}

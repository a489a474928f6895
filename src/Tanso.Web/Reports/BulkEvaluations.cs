using Microsoft.EntityFrameworkCore;
using Tanso.Core.Checks;
using Tanso.Core.Figures;
using Tanso.Core.Inventory;
using Tanso.Core.Plans;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;
using Tanso.Data;
using Tanso.Data.Inventory;
using Tanso.Web.Checks;
using Tanso.Web.Plans;

namespace Tanso.Web.Reports;

/// <summary>
/// Evaluates many cycles at once, as the national-check benchmark does: every plan, cycle and inventory entry is
/// loaded in a handful of queries whatever the number of governments, then the pure Core rules run in memory. Both
/// call the one Core assembly, <see cref="CheckEvaluation.Of"/> (the edition of a final result, else the newest under the
/// plan's guidelines; sector bases from it; the total on the plan's basis; the cycle's own settings and its evaluators'
/// qualitative score); a test holds the two to the same numbers. Its readers are national staff, who see every result, and the
/// public portal, which passes only published cycles.
/// </summary>
internal static class BulkEvaluations
{
    /// <summary>Each cycle's evaluation, by cycle id. The cycles must carry their progress and actuals, and their evaluators
    /// (for whether the qualitative result is final).</summary>
    public static async Task<IReadOnlyDictionary<int, CycleEvaluation>> ForAsync(TansoDb db, IReadOnlyList<CheckCycle> cycles, DateOnly today, CancellationToken ct)
    {
        var planIds = cycles.Select(c => c.PlanId).Distinct().ToList();
        var plans = await db.Plans.AsNoTracking().Include(p => p.Targets)
            .Include(p => p.Tasks).ThenInclude(t => t.Years)
            .Include(p => p.Tasks).ThenInclude(t => t.Kpis).ThenInclude(k => k.Targets)
            .Include(p => p.ManualPoints)
            .AsSplitQuery().Where(p => planIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var governmentIds = cycles.Select(c => c.GovernmentId).Distinct().ToList();
        var cycleIds = cycles.Select(c => c.Id).ToList();
        var reviews = (await db.EvaluationReviews.AsNoTracking().Where(r => cycleIds.Contains(r.CycleId) && r.Scope == ReviewScope.Whole).ToListAsync(ct))
            .ToLookup(r => r.CycleId);
        var review = cycles.ToDictionary(c => c.Id, c => reviews[c.Id].FirstOrDefault(r => r.GovernmentId == c.GovernmentId));
        // Each cycle's edition: its final result's, else its government's current one.
        var editionsOf = await db.EditionsForAsync(governmentIds, ct);
        var edition = cycles.ToDictionary(c => c.Id, c => CheckEvaluations.EditionOf(editionsOf.GetValueOrDefault(c.GovernmentId) ?? [], review[c.Id], plans[c.PlanId].Basis));
        var wanted = edition.Values.OfType<InventoryEdition>().Select(e => e.Id).Distinct().ToList();
        var entries = (await db.InventoryEntries.AsNoTracking().Where(e => governmentIds.Contains(e.GovernmentId) && wanted.Contains(e.EditionId)).ToListAsync(ct))
            .GroupBy(e => (e.GovernmentId, e.EditionId)).ToDictionary(g => g.Key, g => InventorySummary.Build(g));
        var sheets = (await db.ScoreSheets.Include(s => s.Scores).AsNoTracking().Where(s => cycleIds.Contains(s.CycleId)).OrderBy(s => s.Id).ToListAsync(ct))
            .ToLookup(s => s.CycleId);
        var opinions = (await db.ImprovementOpinions.AsNoTracking().Where(o => cycleIds.Contains(o.CycleId)).OrderBy(o => o.Id).ToListAsync(ct))
            .ToLookup(o => o.CycleId);
        var calibrations = (await db.CalibrationResolutions.AsNoTracking().Where(r => cycleIds.Contains(r.CycleId)).ToListAsync(ct)).ToLookup(r => r.CycleId);
        var results = new Dictionary<int, CycleEvaluation>();
        foreach (var cycle in cycles)
        {
            var plan = plans[cycle.PlanId];
            var used = edition[cycle.Id];
            var inventory = used is null ? null : entries.GetValueOrDefault((cycle.GovernmentId, used.Id));
            var cycleSheets = sheets[cycle.Id].ToList();
            var qualitative = CheckEvaluations.QualitativeOf(cycle, cycleSheets);
            results[cycle.Id] = new CycleEvaluation(plan, CheckEvaluation.Of(plan, cycle, inventory, used, today, qualitative), used, qualitative, cycleSheets,
                review[cycle.Id], [.. opinions[cycle.Id]], qualitative.Score is not null,
                CheckEvaluations.CompletionOf(cycle, cycleSheets, qualitative, calibrations[cycle.Id]), [.. calibrations[cycle.Id]]);
        }
        return results;
    }
}

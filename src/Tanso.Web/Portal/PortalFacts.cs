using Tanso.Core.Comparison;
using Tanso.Core;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Checks;
using Tanso.Core.Figures;
using Tanso.Core.Governments;
using Tanso.Core.Inventory;
using Tanso.Core.Plans;
using Tanso.Data;
using Tanso.Data.Inventory;
using Tanso.Web.Checks;
using Tanso.Web.Reports;

namespace Tanso.Web.Portal;

/// <summary>What the portal knows of one government: its current inventory edition, its newest published plan, its
/// population and GRDP, and its latest published yearly check with the evaluation. Nothing unpublished is here.</summary>
internal sealed record GovernmentFacts(Government Government, string FullName, InventoryEdition? Edition, InventorySummary? Inventory,
    Plan? Plan, IReadOnlyList<GovernmentStatistic> Statistics, CheckCycle? LatestCheck, CycleEvaluation? Evaluation)
{
    /// <summary>The name to show: the full Korean name (with the province), or the English name.</summary>
    public string DisplayName => Infrastructure.Text.IsEnglish ? Government.NameEn : FullName;

    public int? LatestYear => Inventory is { Years.Count: > 0 } s ? s.Years[^1] : null;

    /// <summary>The statistic of <paramref name="year"/>, if any.</summary>
    public GovernmentStatistic? StatisticOf(int year) => Statistics.FirstOrDefault(s => s.Year == year);
}

/// <summary>
/// Loads <see cref="GovernmentFacts"/> for many governments in a few queries. The public portal only ever reads
/// published plans and published check cycles; the current inventory edition is chosen as the inventory pages choose it
/// (official editions newest first, ahead of sample data).
/// </summary>
internal static class PortalFacts
{
    public static async Task<IReadOnlyList<GovernmentFacts>> LoadAsync(TansoDb db, IReadOnlyCollection<Government> governments, bool withChecks,
        TimeProvider clock, CancellationToken ct)
    {
        var ids = governments.Select(g => g.Id).ToList();
        var directory = await GovernmentDirectory.LoadAsync(db, ct);
        var plans = (await db.Plans.AsNoTracking().Include(p => p.Targets).Include(p => p.ManualPoints).AsSplitQuery()
                .Where(p => ids.Contains(p.GovernmentId) && p.Status == PlanStatus.Published).ToListAsync(ct))
            .GroupBy(p => p.GovernmentId).ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Revision).ThenByDescending(p => p.Id).First());
        // The edition a government is shown with is the one its published plan is compared on (same guidelines), else its current one.
        var current = (await db.EditionsForAsync(ids, ct))
            .ToDictionary(g => g.Key, g => ComparableEmissions.ChooseEdition(g.Value, plans.GetValueOrDefault(g.Key)?.Basis ?? EmissionsBasis.Unstated)!);
        var editionIds = current.Values.Select(e => e.Id).Distinct().ToList();
        var entries = (await db.InventoryEntries.AsNoTracking().Where(e => ids.Contains(e.GovernmentId) && editionIds.Contains(e.EditionId)).ToListAsync(ct))
            .Where(e => current[e.GovernmentId].Id == e.EditionId).ToLookup(e => e.GovernmentId);
        var statistics = (await db.GovernmentStatistics.AsNoTracking().Where(s => ids.Contains(s.GovernmentId)).ToListAsync(ct)).ToLookup(s => s.GovernmentId);
        var checks = (await db.CheckCycles.AsNoTracking().Where(c => ids.Contains(c.GovernmentId) && c.Stage == CheckStage.Published && c.Month == null).ToListAsync(ct))
            .GroupBy(c => c.GovernmentId).ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.Year).ThenByDescending(c => c.Id).First());

        // Every latest check evaluated in a handful of queries, not a dozen per government (the roll-up lists all 243).
        var latestIds = checks.Values.Select(c => c.Id).ToList();
        var evaluations = withChecks && latestIds.Count > 0
            ? await BulkEvaluations.ForAsync(db, await db.CheckCycles.AsNoTracking().Include(c => c.Deadlines).Include(c => c.Evaluators).Include(c => c.Progress).ThenInclude(p => p.Actuals)
                .AsSplitQuery().Where(c => latestIds.Contains(c.Id)).ToListAsync(ct), KoreanTime.Today(clock), ct)
            : new Dictionary<int, CycleEvaluation>();

        var result = new List<GovernmentFacts>();
        foreach (var g in governments)
        {
            var summary = current.ContainsKey(g.Id) ? InventorySummary.Build(entries[g.Id]) : null;
            var stats = statistics[g.Id].ToList();
            if (g.Level == GovernmentLevel.Province && current.GetValueOrDefault(g.Id) is { IsSample: true })
            {
                // Sample denominators only beside a sample inventory, and never over an imported figure.
                stats.AddRange(SampleStatistics.For([g]).Where(s => stats.All(x => x.Year != s.Year)));
            }
            var evaluation = checks.TryGetValue(g.Id, out var cycle) ? evaluations.GetValueOrDefault(cycle.Id) : null;
            result.Add(new GovernmentFacts(g, directory.FullName(g), current.GetValueOrDefault(g.Id), summary, plans.GetValueOrDefault(g.Id),
                stats.OrderBy(s => s.Year).ToList(), checks.GetValueOrDefault(g.Id), evaluation));
        }
        return result;
    }
}

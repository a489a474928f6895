using Microsoft.EntityFrameworkCore;
using Tanso.Core.Figures;
using Tanso.Core.Inventory;
using Tanso.Core.Pathways;
using Tanso.Core.Plans;
using Tanso.Core.Sectors;
using Tanso.Data.Inventory;

namespace Tanso.Data.Scenarios;

/// <summary>A government's reported emissions by sector, from its current inventory edition.</summary>
/// <param name="Edition">The edition, or null when the government has no inventory.</param>
/// <param name="BySector">Each sector's reported years.</param>
/// <param name="Net">Net emissions of each reported year.</param>
public sealed record InventoryHistory(InventoryEdition? Edition, IReadOnlyDictionary<SectorCode, IReadOnlyList<YearValue>> BySector, IReadOnlyList<YearValue> Net)
{
    /// <summary>No inventory.</summary>
    public static InventoryHistory None { get; } = new(null, new Dictionary<SectorCode, IReadOnlyList<YearValue>>(), []);
}

/// <summary>A scenario computed and measured, with the BAU of the government's inventory measured the same way.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Pathway">Its yearly lines.</param>
/// <param name="Metrics">Its measures.</param>
/// <param name="History">The inventory the gap and the BAU come from.</param>
/// <param name="Bau">The BAU pathway over the scenario's span, or null without an inventory.</param>
/// <param name="BauMetrics">The BAU's measures (the budget's run-out year "on the current trend").</param>
/// <param name="BauYears">How many reported years the trend uses.</param>
public sealed record ScenarioAnalysis(Scenario Scenario, ScenarioPathway Pathway, ScenarioMetrics Metrics, InventoryHistory History,
    ScenarioPathway? Bau, ScenarioMetrics? BauMetrics, int BauYears)
{
    /// <summary>Default number of reported years the BAU trend uses.</summary>
    public const int DefaultBauYears = 5;

    /// <summary>The problem with a BAU trend over <paramref name="bauYears"/> reported years, if any (2–30 are allowed).</summary>
    public static (string Field, string Ko, string En)? BauYearsProblem(int bauYears) =>
        bauYears is < 2 or > 30 ? ("bauYears", "추세 연도 수는 2–30이어야 합니다.", "The trend uses 2–30 years.") : null;

    /// <summary>Measures a pathway (the scenario's, or a what-if of it) with its BAU.</summary>
    public static ScenarioAnalysis Of(Scenario scenario, ScenarioPathway pathway, MetricsRequest request, InventoryHistory history, int bauYears)
    {
        var bau = Core.Pathways.Bau.Pathway(history.BySector, bauYears, pathway.BaseYear, pathway.EndYear);
        return new ScenarioAnalysis(scenario, pathway, ScenarioMetrics.Measure(pathway, request, history.Net), history,
            bau, bau is null ? null : ScenarioMetrics.Measure(bau, request, history.Net), bauYears);
    }

    /// <summary>Another pathway of the same scenario (a what-if) measured alike; the BAU, which does not depend on
    /// the pathway, is kept rather than projected again.</summary>
    public ScenarioAnalysis WithPathway(ScenarioPathway pathway) =>
        this with { Pathway = pathway, Metrics = ScenarioMetrics.Measure(pathway, Metrics.Request, History.Net) };
}

/// <summary>Loading scenarios and the inventory they are measured against.</summary>
public static class ScenarioQueries
{
    /// <summary>A scenario with its points and line methods.</summary>
    public static Task<Scenario?> LoadScenarioAsync(this TansoDb db, int id, CancellationToken ct) =>
        db.Scenarios.Include(s => s.Points).Include(s => s.LineMethods).AsSplitQuery().SingleOrDefaultAsync(s => s.Id == id, ct);

    /// <summary>A scenario by its id or, for an official one, its code.</summary>
    public static async Task<Scenario?> FindScenarioAsync(this TansoDb db, string idOrCode, CancellationToken ct) =>
        int.TryParse(idOrCode, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? await db.LoadScenarioAsync(id, ct)
            : await db.Scenarios.Include(s => s.Points).Include(s => s.LineMethods).AsSplitQuery().SingleOrDefaultAsync(s => s.Code == idOrCode, ct);

    /// <summary>The government's current inventory edition as sector histories and net totals.</summary>
    public static async Task<InventoryHistory> InventoryHistoryAsync(this TansoDb db, int governmentId, CancellationToken ct)
    {
        var editions = await db.EditionsForAsync(governmentId, ct);
        if (editions.Count == 0)
        {
            return InventoryHistory.None;
        }
        var summary = InventorySummary.Build(await db.EntriesAsync(governmentId, editions[0].Id, ct));
        var bySector = summary.Sectors.ToDictionary(s => s.Code, s => (IReadOnlyList<YearValue>)summary.Years
            .Where(y => summary.Value(y, s) is not null).Select(y => new YearValue(y, summary.Value(y, s)!.Value)).ToList());
        return new InventoryHistory(editions[0], bySector, summary.Years.Select(y => new YearValue(y, summary.Net(y))).ToList());
    }
}

using Microsoft.EntityFrameworkCore;
using Tanso.Core.Checks;
using Tanso.Core.Figures;
using Tanso.Core.Inventory;
using Tanso.Core.Pathways;
using Tanso.Core.Plans;
using Tanso.Core.Quantities;
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
    public static Task<InventoryHistory> InventoryHistoryAsync(this TansoDb db, int governmentId, CancellationToken ct) =>
        db.InventoryHistoryAsync(governmentId, IpccGuidelines.Unknown, ct);

    /// <summary>A scenario's BAU and gap inventory: the government's newest edition under the guidelines the scenario was
    /// drawn on (<see cref="GuidelinesOfAsync"/>), else its current one — never a series under other guidelines than its base.</summary>
    public static async Task<InventoryHistory> InventoryHistoryAsync(this TansoDb db, Scenario scenario, CancellationToken ct) =>
        await db.InventoryHistoryAsync(scenario.GovernmentId, await db.GuidelinesOfAsync(scenario, ct), ct);

    /// <summary>The edition under <paramref name="guidelines"/> (the current one when Unknown or when none is under them) as
    /// sector histories and net totals.</summary>
    public static async Task<InventoryHistory> InventoryHistoryAsync(this TansoDb db, int governmentId, IpccGuidelines guidelines, CancellationToken ct)
    {
        var edition = ComparableEmissions.ChooseEdition(await db.EditionsForAsync(governmentId, ct), new EmissionsBasis(BasisKind.Gross, BasisAdjustments.None, guidelines));
        if (edition is null)
        {
            return InventoryHistory.None;
        }
        var summary = InventorySummary.Build(await db.EntriesAsync(governmentId, edition.Id, ct));
        var bySector = summary.Sectors.ToDictionary(s => s.Code, s => (IReadOnlyList<YearValue>)summary.Years
            .Where(y => summary.Value(y, s) is not null).Select(y => new YearValue(y, summary.Value(y, s)!.Value)).ToList());
        return new InventoryHistory(edition, bySector, summary.Years.Select(y => new YearValue(y, summary.Net(y))).ToList());
    }

    /// <summary>
    /// The IPCC guidelines a scenario was drawn on. The official pathways (and copies of them) start from the official
    /// base-year figures, whose edition records its guidelines (the NDC base: 1996 GL), so their BAU and gap come from
    /// the 1996-GL series, not from the 2006-GL one that is 7–8 % higher. Any other scenario: Unknown (the current edition).
    /// </summary>
    public static async Task<IpccGuidelines> GuidelinesOfAsync(this TansoDb db, Scenario scenario, CancellationToken ct)
    {
        var (official, from) = (scenario.IsOfficial, scenario.CopiedFromId);
        for (var hops = 0; !official && from is { } id && hops < 16; hops++)
        {
            var parent = await db.Scenarios.AsNoTracking().Where(s => s.Id == id).Select(s => new { s.IsOfficial, s.CopiedFromId }).SingleOrDefaultAsync(ct);
            (official, from) = parent is null ? (false, null) : (parent.IsOfficial, parent.CopiedFromId);
        }
        if (!official)
        {
            return IpccGuidelines.Unknown;
        }
        var baseYear = ReportingYear.Of(scenario.BaseYear);
        return await db.OfficialFigures.AsNoTracking().Where(f => f.Year == baseYear && f.Series!.Kind == SeriesKind.Inventory)
            .Select(f => f.Edition!.Guidelines).FirstOrDefaultAsync(ct);
    }
}

using Microsoft.EntityFrameworkCore;
using Tanso.Core.Checks;
using Tanso.Core.Figures;
using Tanso.Core.Inventory;
using Tanso.Core.Pathways;
using Tanso.Core.Plans;
using Tanso.Core.Sectors;
using Tanso.Data.Inventory;

namespace Tanso.Data.Scenarios;

/// <summary>A government's reported emissions by sector, from the inventory edition that matches a scenario's basis.</summary>
/// <param name="Edition">The edition, or null when the government has no inventory.</param>
/// <param name="BySector">Each sector's reported years.</param>
/// <param name="Net">The total of each reported year on the scenario's basis (gross, net, net with adjustments); empty when
/// the edition cannot give it (other guidelines, no LULUCF line).</param>
/// <param name="Notes">How the total was made comparable, or why it could not be (from <c>ComparableEmissions</c>), each once.</param>
public sealed record InventoryHistory(InventoryEdition? Edition, IReadOnlyDictionary<SectorCode, IReadOnlyList<YearValue>> BySector, IReadOnlyList<YearValue> Net,
    IReadOnlyList<BasisNote> Notes)
{
    /// <summary>No inventory.</summary>
    public static InventoryHistory None { get; } = new(null, new Dictionary<SectorCode, IReadOnlyList<YearValue>>(), [],
        [new BasisNote("인벤토리가 없습니다", "there is no inventory")]);
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

    /// <summary>
    /// The government's inventory as sector histories and totals on <paramref name="basis"/>: the newest edition under the
    /// basis's guidelines (<see cref="ComparableEmissions.ChooseEdition"/>), each year's total made by
    /// <see cref="ComparableEmissions.For"/> — so a scenario set on the 1996 guidelines is never measured against the
    /// 2006-guideline series, nor a net pathway against gross emissions.
    /// </summary>
    public static async Task<InventoryHistory> InventoryHistoryAsync(this TansoDb db, int governmentId, EmissionsBasis basis, CancellationToken ct)
    {
        var editions = await db.EditionsForAsync(governmentId, ct);
        if (ComparableEmissions.ChooseEdition(editions, basis) is not { } edition)
        {
            return InventoryHistory.None;
        }
        var summary = InventorySummary.Build(await db.EntriesAsync(governmentId, edition.Id, ct));
        var bySector = summary.Sectors.ToDictionary(s => s.Code, s => (IReadOnlyList<YearValue>)summary.Years
            .Where(y => summary.Value(y, s) is not null).Select(y => new YearValue(y, summary.Value(y, s)!.Value)).ToList());
        var actuals = summary.Years.Select(y => ComparableEmissions.For(summary, edition, y, basis)).ToList();
        var totals = actuals.Where(a => a.Value is not null).Select(a => new YearValue(a.Year, a.Value!.Value)).ToList();
        // Notes name the year; one of each kind is enough for a page (the newest year's wording).
        var notes = actuals.OrderByDescending(a => a.Year).SelectMany(a => a.Notes).DistinctBy(n => NoteKind(n.En)).ToList();
        return new InventoryHistory(edition, bySector, totals, notes);
    }

    private static string NoteKind(string english) => new([.. english.Where(c => !char.IsDigit(c))]);
}

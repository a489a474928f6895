using System.Text.Json;
using Tanso.Core.Checks;
using Tanso.Core.Figures;
using Tanso.Core.Inventory;
using Tanso.Core.Plans;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;

namespace Tanso.Web.Plans;

/// <summary>A plan's total trajectory (base → total targets → net zero) beside the inventory's actuals on the plan's basis
/// (<see cref="ComparableEmissions.For"/>): years the edition cannot put on that basis are left out and
/// <see cref="ActualNotes"/> says why.</summary>
internal sealed record PlanTrajectory(IReadOnlyList<YearValue> Path, IReadOnlyList<string> Notes, IReadOnlyDictionary<int, TonnesCo2e> Actual, bool ActualIsSample)
{
    /// <summary>The basis the path and the actuals are on (gross for a sector's path).</summary>
    public EmissionsBasis Basis { get; init; } = EmissionsBasis.Unstated;

    /// <summary>Why years of the inventory are missing or how they were made comparable, once each.</summary>
    public IReadOnlyList<BasisNote> ActualNotes { get; init; } = [];

    public static PlanTrajectory Build(Plan plan, InventorySummary? inventory, InventoryEdition? edition)
    {
        var (path, notes) = plan.PathOf(null, plan.BaseEmissions, ComparableEmissions.SectorBases(inventory, plan.BaseYear));
        var comparable = inventory?.Years.Select(y => ComparableEmissions.For(inventory, edition, y, plan.Basis)).ToList() ?? [];
        var actual = comparable.Where(c => c.Value is not null).ToDictionary(c => c.Year, c => c.Value!.Value);
        // One note per kind of problem: the year-specific notes of a long series would repeat the same reason.
        var actualNotes = comparable.GroupBy(c => (c.Status, c.Notes.Count)).SelectMany(g => g.First().Notes).DistinctBy(n => n.En).ToList();
        return new PlanTrajectory(path, notes, actual, edition?.IsSample ?? false) { Basis = plan.Basis, ActualNotes = actualNotes };
    }

    public string ToJson(bool english)
    {
        var years = Path.Select(p => p.Year).Union(Actual.Keys).Order().ToList();
        var path = Path.ToDictionary(p => p.Year, p => p.Value);
        return JsonSerializer.Serialize(new
        {
            kind = "line",
            unit = "MtCO2eq",
            labels = years,
            datasets = new[]
            {
                new { label = english ? "Plan trajectory" : "계획 경로", color = "#256ef4", data = years.Select(y => path.TryGetValue(y, out var v) ? (decimal?)Math.Round(v.ToMegatonnes().Value, 4) : null) },
                new
                {
                    label = (english ? $"Actual emissions (inventory; {Basis.English})" : $"실제 배출량(인벤토리; {Basis.Korean})") + (ActualIsSample ? (english ? " — sample data" : " — 예시 데이터") : ""),
                    color = "#e17100",
                    data = years.Select(y => Actual.TryGetValue(y, out var v) ? (decimal?)Math.Round(v.ToMegatonnes().Value, 4) : null),
                },
            },
        });
    }
}

/// <summary>One sector's yearly path from its base-year inventory value through its targets, beside its actual values.</summary>
internal sealed record SectorPath(Sector Sector, TonnesCo2e Base, IReadOnlyList<YearValue> Path, IReadOnlyList<string> Notes, IReadOnlyDictionary<int, TonnesCo2e> Actual)
{
    /// <summary>Chart data: the sector's path and its actual values.</summary>
    public string ToJson(bool english) =>
        new PlanTrajectory(Path, Notes, Actual, false) { Basis = EmissionsBasis.Unstated }.ToJson(english);

    /// <summary>Paths of every sector that has a target and a base.</summary>
    public static IReadOnlyList<SectorPath> For(Plan plan, IReadOnlyDictionary<SectorCode, TonnesCo2e> bases, InventorySummary? inventory) =>
        plan.Targets.Where(t => t.Sector is not null).Select(t => t.Sector!.Value).Distinct()
            .Where(bases.ContainsKey)
            .Select(code =>
            {
                var sector = SectorTaxonomy.Get(code);
                var (path, notes) = plan.PathOf(code, bases[code], bases);
                var actual = inventory?.Years.Where(y => inventory.Value(y, sector) is not null).ToDictionary(y => y, y => inventory.Value(y, sector)!.Value)
                    ?? new Dictionary<int, TonnesCo2e>();
                return new SectorPath(sector, bases[code], path, notes, actual);
            })
            .OrderBy(p => p.Sector.Order).ToList();
}

using System.Text.Json;
using Tanso.Core.Inventory;
using Tanso.Core.Plans;
using Tanso.Core.Quantities;

namespace Tanso.Web.Plans;

/// <summary>A plan's total trajectory (base → total targets → net zero) beside the actual inventory.</summary>
internal sealed record PlanTrajectory(IReadOnlyList<YearValue> Path, IReadOnlyList<string> Notes, IReadOnlyDictionary<int, TonnesCo2e> Actual, bool ActualIsSample)
{
    public static PlanTrajectory Build(Plan plan, InventorySummary? inventory, bool inventoryIsSample)
    {
        var milestones = plan.Targets.Where(t => t.Sector is null && t.Year > plan.BaseYear)
            .Select(t => new YearValue(t.Year, t.ToValue().Resolve(plan.BaseEmissions))).ToList();
        if (plan.NetZeroYear is { } z && milestones.All(m => m.Year != z))
        {
            milestones.Add(new YearValue(z, TonnesCo2e.Zero));
        }
        var method = plan.Interpolation == Interpolation.Manual ? Interpolation.StraightLine : plan.Interpolation;
        var (path, notes) = milestones.Count == 0
            ? ([new YearValue(plan.BaseYear, plan.BaseEmissions)], [])
            : Trajectory.Build(new YearValue(plan.BaseYear, plan.BaseEmissions), milestones, method);
        var actual = inventory?.Years.ToDictionary(y => y, y => inventory.Gross(y)) ?? new Dictionary<int, TonnesCo2e>();
        return new PlanTrajectory(path, notes, actual, inventoryIsSample);
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
                    label = (english ? "Actual emissions (inventory)" : "실제 배출량(인벤토리)") + (ActualIsSample ? (english ? " — sample data" : " — 예시 데이터") : ""),
                    color = "#e17100",
                    data = years.Select(y => Actual.TryGetValue(y, out var v) ? (decimal?)Math.Round(v.ToMegatonnes().Value, 4) : null),
                },
            },
        });
    }
}

using System.Text.Json;
using Tanso.Core.Inventory;
using Tanso.Web.National;

namespace Tanso.Web.Inventory;

/// <summary>Chart data blocks for inventory pages (read by wwwroot/js/charts.js).</summary>
internal static class InventoryChart
{
    /// <summary>Stacked bars by sector over the years, with the net total as a line. Values in MtCO2eq.</summary>
    public static string Stacked(InventorySummary summary, string lang) => JsonSerializer.Serialize(new
    {
        kind = "stacked",
        unit = "MtCO2eq",
        labels = summary.Years,
        datasets = summary.Sectors.Select(s => new
        {
            label = s.Name(lang),
            color = NationalChart.Colours.GetValueOrDefault(s.Code.Value, "#6d7882"),
            data = summary.Years.Select(y => summary.Value(y, s) is { } v ? (decimal?)Math.Round(v.ToMegatonnes().Value, 4) : null),
        }),
        net = new { label = lang == "en" ? "Net total" : "순배출량", data = summary.Years.Select(y => Math.Round(summary.Net(y).ToMegatonnes().Value, 4)) },
    });

    private static readonly string[] Palette = ["#256ef4", "#e17100", "#228738", "#8e6cef", "#b88a00", "#00a3b4", "#8a5a44", "#6d7882"];

    /// <summary>One line per government: gross totals over the years.</summary>
    public static string Lines(IReadOnlyList<(string Name, InventorySummary Summary)> series, string unit)
    {
        var years = series.SelectMany(s => s.Summary.Years).Distinct().Order().ToList();
        return JsonSerializer.Serialize(new
        {
            kind = "line",
            unit,
            labels = years,
            datasets = series.Select((s, i) => new
            {
                label = s.Name,
                color = Palette[i % Palette.Length],
                data = years.Select(y => s.Summary.Years.Contains(y) ? (decimal?)Math.Round(s.Summary.Gross(y).ToMegatonnes().Value, 4) : null),
            }),
        });
    }
}

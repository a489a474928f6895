using System.Text.Json;
using Tanso.Core.Pathways;
using Tanso.Core.Plans;
using Tanso.Web.National;

namespace Tanso.Web.Scenarios;

/// <summary>Chart data blocks for scenario pages (read by wwwroot/js/charts.js). Values in MtCO2eq.</summary>
internal static class ScenarioChart
{
    private static readonly string[] Palette = ["#1e2124", "#256ef4", "#e17100", "#228738"];

    /// <summary>Stacked areas by sector, the net total, and further lines (BAU, what-if, inventory) over the same years.</summary>
    public static string Area(ScenarioPathway p, string lang, params (string Label, string Color, IReadOnlyList<YearValue> Values, bool Dashed)[] lines)
    {
        var years = p.Years.ToList();
        return JsonSerializer.Serialize(new
        {
            kind = "area",
            unit = "MtCO2eq",
            labels = years,
            datasets = p.Lines.Select(l => new
            {
                label = l.Sector.Name(lang),
                color = NationalChart.Colours.GetValueOrDefault(l.Sector.Code.Value, "#6d7882"),
                negative = l.Sector.IsNegativeLine,
                data = l.Values.Select(Mt),
            }),
            net = new { label = lang == "en" ? "Net total" : "순배출량", data = p.Net.Select(v => Mt(v.Value.Value)) },
            lines = lines.Select(l => new
            {
                label = l.Label,
                color = l.Color,
                dashed = l.Dashed,
                data = years.Select(y => l.Values.FirstOrDefault(v => v.Year == y) is { Year: > 0 } v ? (decimal?)Mt(v.Value.Value) : null),
            }),
        });
    }

    /// <summary>One net-total line per scenario.</summary>
    public static string NetLines(IReadOnlyList<(string Label, ScenarioPathway Pathway)> items)
    {
        var years = Enumerable.Range(items.Min(i => i.Pathway.BaseYear), items.Max(i => i.Pathway.EndYear) - items.Min(i => i.Pathway.BaseYear) + 1).ToList();
        return JsonSerializer.Serialize(new
        {
            kind = "line",
            unit = "MtCO2eq",
            labels = years,
            datasets = items.Select((s, i) => new
            {
                label = s.Label,
                color = Palette[i % Palette.Length],
                data = years.Select(y => s.Pathway.Covers(y) ? (decimal?)Mt(s.Pathway.NetIn(y).Value) : null),
            }),
        });
    }

    /// <summary>An interpolation's name on screen.</summary>
    public static string MethodName(Interpolation method) => method switch
    {
        Interpolation.StraightLine => Infrastructure.Text.T("직선", "straight-line"),
        Interpolation.ConstantRate => Infrastructure.Text.T("정률", "constant rate"),
        Interpolation.SCurve => Infrastructure.Text.T("S자 곡선", "S-curve"),
        _ => Infrastructure.Text.T("연도별 입력", "year by year"),
    };

    private static decimal Mt(decimal tonnes) => Math.Round(tonnes / 1_000_000m, 4);
}

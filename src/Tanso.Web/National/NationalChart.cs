using System.Text.Json;
using Tanso.Core.Sectors;

namespace Tanso.Web.National;

/// <summary>The data block the home page's chart script reads: one stacked bar per series.</summary>
internal static class NationalChart
{
    // Colours follow KRDS's palette families; removals and credits use greens and greys so that the
    // bars below zero read as the other side of the ledger.
    public static readonly Dictionary<string, string> Colours = new()
    {
        ["power"] = "#256ef4", ["industry"] = "#0b50d0", ["buildings"] = "#8e6cef", ["transport"] = "#e17100",
        ["agriculture"] = "#b88a00", ["waste"] = "#8a5a44", ["hydrogen"] = "#00a3b4", ["fugitive"] = "#6d7882",
        ["lulucf"] = "#228738", ["ccus"] = "#0a6b3f", ["intl-credits"] = "#9aa3ab", ["dac"] = "#56b86b",
    };

    public static string ToJson(NationalPicture picture, bool english)
    {
        var datasets = picture.Rows
            .Where(r => r.Sector is not null)
            .Select(r => new
            {
                label = r.Sector!.Name(english ? "en" : "ko"),
                color = Colours.GetValueOrDefault(r.Sector.Code.Value, "#6d7882"),
                data = r.Cells.Select(c => c?.Value.Value).ToArray(),
            });
        var net = picture.Rows.Single(r => r.Line == Core.Figures.FigureLine.TotalNet);
        return JsonSerializer.Serialize(new
        {
            kind = "stacked",
            labels = picture.Columns.Select(c => c.ShortName(english ? "en" : "ko")).ToArray(),
            unit = "MtCO2eq",
            datasets,
            net = new { label = english ? "Net total" : "순배출량", data = net.Cells.Select(c => c?.Value.Value).ToArray() },
        });
    }
}

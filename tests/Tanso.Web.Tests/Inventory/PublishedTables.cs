using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace Tanso.Web.Tests.Inventory;

/// <summary>
/// Tables laid out as governments publish them (title and unit rows, two-row headers, notes), written as the
/// officer would receive them: CSV in UTF-8 or CP949, or .xlsx with numbers as numeric cells.
/// </summary>
public static class PublishedTables
{
    static PublishedTables() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (string Name, byte[] Content) Make(string format, params string[] lines) => format switch
    {
        "utf8" => ("published.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join("\r\n", lines))]),
        "cp949" => ("published.csv", Encoding.GetEncoding(949).GetBytes(string.Join("\r\n", lines))),
        "xlsx" => ("published.xlsx", Xlsx(lines)),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    // Every line is a sheet row from A1 down; cells that are plain numbers become numeric cells.
    private static byte[] Xlsx(string[] lines)
    {
        var rows = lines.Select(l => Split(l)).ToList();
        var width = rows.Max(r => r.Length);
        var records = rows.Select(r =>
        {
            var d = new Dictionary<string, object?>();
            for (var i = 0; i < width; i++)
            {
                var c = i < r.Length ? r[i] : "";
                d[((char)('A' + i)).ToString()] = decimal.TryParse(c, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) && c.Length > 0 ? n : c;
            }
            return d;
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(records, printHeader: false, sheetName: "배출량");
        return stream.ToArray();
    }

    /// <summary>A CSV line split on commas outside double quotes.</summary>
    public static string[] Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }
        cells.Add(cell.ToString());
        return [.. cells];
    }
}

using System.Globalization;
using System.Text;
using CsvHelper;
using MiniExcelLibs;
using Tanso.Core.Inventory;
using Tanso.Core.Sectors;

namespace Tanso.Data.Inventory;

/// <summary>
/// Writes entries in the layouts the importer reads — wide (one column per year, as published tables are)
/// or long — as CSV (UTF-8 with BOM, so that Excel shows Korean) or .xlsx. What is exported imports back
/// unchanged. The empty templates are the same writers with example rows.
/// </summary>
public static class InventoryExport
{
    public static readonly string[] LongHeader = ["government", "sector", "sub_sector", "gas", "year", "value_tco2eq"];

    /// <summary>Header and rows of <paramref name="entries"/> in <paramref name="layout"/> ("wide" or "long").</summary>
    public static (IReadOnlyList<string> Header, IReadOnlyList<object?[]> Rows) Table(IEnumerable<InventoryEntry> entries, Func<int, string> governmentName, string layout)
    {
        var list = entries.OrderBy(e => governmentName(e.GovernmentId), StringComparer.Ordinal)
            .ThenBy(e => SectorTaxonomy.Get(e.Sector).Order).ThenBy(e => e.SubSector, StringComparer.Ordinal).ThenBy(e => e.Gas).ThenBy(e => e.Year.Value)
            .ToList();
        if (layout == "long")
        {
            return (LongHeader, list.Select(e => new object?[]
            {
                governmentName(e.GovernmentId), SectorTaxonomy.Get(e.Sector).NameKo, e.SubSector, e.Gas.Label(), e.Year.Value, Value(e),
            }).ToList());
        }
        var years = list.Select(e => e.Year.Value).Distinct().Order().ToList();
        // The unit column says what the year columns hold: a table without a unit is not read on assumption.
        var header = new List<string> { "government", "sector", "sub_sector", "gas", "unit" };
        header.AddRange(years.Select(y => y.ToString(CultureInfo.InvariantCulture)));
        var rows = list.GroupBy(e => (e.GovernmentId, e.Sector, e.SubSector, e.Gas))
            .Select(g =>
            {
                var byYear = g.ToDictionary(e => e.Year.Value, Value);
                var row = new List<object?> { governmentName(g.Key.GovernmentId), SectorTaxonomy.Get(g.Key.Sector).NameKo, g.Key.SubSector, g.Key.Gas.Label(), "tCO2eq" };
                row.AddRange(years.Select(y => byYear.TryGetValue(y, out var v) ? (object?)v : null));
                return row.ToArray();
            }).ToList();
        return (header, rows);
    }

    // A marked cell (NE, C…) is written as its mark: a confidential value never leaves as a zero.
    private static object Value(InventoryEntry e) => e.Mark == ValueMark.None ? e.Emissions.Value : e.Mark.Code();

    /// <summary>CSV bytes, UTF-8 with BOM.</summary>
    public static byte[] Csv(IReadOnlyList<string> header, IEnumerable<object?[]> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var h in header)
            {
                csv.WriteField(h);
            }
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var cell in row)
                {
                    csv.WriteField(cell switch { null => "", decimal d => d.ToString(CultureInfo.InvariantCulture), _ => Convert.ToString(cell, CultureInfo.InvariantCulture) });
                }
                csv.NextRecord();
            }
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>An .xlsx workbook with one sheet; numbers stay numbers.</summary>
    public static byte[] Xlsx(string sheet, IReadOnlyList<string> header, IEnumerable<object?[]> rows)
    {
        var records = rows.Select(r =>
        {
            var d = new Dictionary<string, object?>();
            for (var i = 0; i < header.Count; i++)
            {
                d[header[i]] = i < r.Length ? r[i] : null;
            }
            return d;
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { [sheet] = records.Count > 0 ? records : new List<Dictionary<string, object?>> { header.ToDictionary(h => h, _ => (object?)null) } });
        return stream.ToArray();
    }

    /// <summary>A template with two example rows, marked as examples, in the chosen layout.</summary>
    public static (IReadOnlyList<string> Header, IReadOnlyList<object?[]> Rows) Template(string layout) => layout == "long"
        ? (LongHeader, [["부산광역시", "전환", "", "CO2eq", 2021, 1234567.8m], ["부산광역시", "수송", "도로", "CO2eq", 2021, 234567m]])
        : (["government", "sector", "sub_sector", "gas", "unit", "2019", "2020", "2021"],
           [["부산광역시", "전환", "", "CO2eq", "tCO2eq", 1200000m, 1150000m, 1100000m], ["부산광역시", "건물", "가정", "CO2eq", "tCO2eq", 800000m, 780000m, 790000m]]);
}

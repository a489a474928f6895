using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Tanso.Web.Reports;

/// <summary>Writes a report's tables as an .xlsx, one sheet per table, Korean headers, numbers as numbers with formats.</summary>
internal static class ReportWorkbook
{
    /// <summary>The workbook; <paramref name="sample"/> adds a first sheet saying the data is sample data.</summary>
    public static byte[] Write(IReadOnlyList<ReportTable> tables, bool sample)
    {
        var sheets = new Dictionary<string, object>();
        if (sample)
        {
            sheets["예시 데이터"] = new List<Dictionary<string, object?>>
            {
                new() { ["안내"] = "이 보고서에는 예시 데이터(생성된 가상 값)가 들어 있습니다. 공식 수치로 쓰지 마십시오." },
            };
        }
        // MiniExcel keys column formats by header across sheets, so one header must mean one format everywhere.
        var formats = new Dictionary<string, CellFormat>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            foreach (var column in table.Columns)
            {
                if (formats.TryGetValue(column.Ko, out var other) && other != column.Format)
                {
                    throw new InvalidOperationException($"Column '{column.Ko}' is formatted two ways ({other}, {column.Format}); give one of them another header.");
                }
                formats[column.Ko] = column.Format;
            }
            sheets.Add(table.Sheet, Rows(table));
        }
        var configuration = new OpenXmlConfiguration
        {
            TableStyles = TableStyles.None,
            DynamicColumns = formats.Select(f => new DynamicExcelColumn(f.Key) { Format = ReportTable.ExcelFormat(f.Value), Width = f.Value == CellFormat.Text ? 30 : 16 }).ToArray(),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, configuration: configuration);
        return stream.ToArray();
    }

    private static List<Dictionary<string, object?>> Rows(ReportTable table)
    {
        var rows = table.Rows.Select(r => table.Columns.Select((c, i) => (c.Ko, ReportTable.Store(r[i]))).ToDictionary(x => x.Ko, x => x.Item2)).ToList();
        if (rows.Count == 0)
        {
            // An empty table still shows its columns, and says so.
            rows.Add(table.Columns.Select((c, i) => (c.Ko, i == 0 ? (object?)"없음" : null)).ToDictionary(x => x.Ko, x => x.Item2));
        }
        return rows;
    }
}

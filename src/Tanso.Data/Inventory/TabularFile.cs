using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;

namespace Tanso.Data.Inventory;

/// <summary>A table read from an uploaded file: where it came from, its header and its rows (1-based row numbers as a spreadsheet shows them).</summary>
public sealed record TabularFile(string Location, string Format, IReadOnlyList<string> Header, IEnumerable<(int Row, string[] Cells)> Rows);

/// <summary>
/// Reads CSV (UTF-8 with or without BOM, or CP949/EUC-KR, detected) and .xlsx (first worksheet, read with MiniExcel) into
/// rows of text, so that one validator serves every format.
/// </summary>
public static class TabularReader
{
    static TabularReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Reads <paramref name="content"/>; <paramref name="fileName"/> picks the format and names the file in messages.</summary>
    /// <exception cref="InvalidDataException">The file cannot be read as a table.</exception>
    public static TabularFile Read(string fileName, byte[] content)
    {
        if (IsXlsx(fileName, content))
        {
            return ReadXlsx(fileName, content);
        }
        var (encoding, name, skip) = DetectEncoding(content);
        var text = encoding.GetString(content, skip, content.Length - skip);
        return ReadCsv(fileName, $"csv ({name})", text);
    }

    /// <summary>UTF-8 when a BOM says so or the bytes are valid UTF-8; otherwise CP949 (a superset of EUC-KR), as Korean Excel saves CSV.</summary>
    public static (Encoding Encoding, string Name, int BomLength) DetectEncoding(byte[] content)
    {
        if (content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF)
        {
            return (Encoding.UTF8, "UTF-8 with BOM", 3);
        }
        try
        {
            new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(content);
            return (Encoding.UTF8, "UTF-8", 0);
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.GetEncoding(949), "CP949", 0);
        }
    }

    private static bool IsXlsx(string fileName, byte[] content) =>
        fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || (content.Length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4);

    private static TabularFile ReadCsv(string fileName, string format, string text)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, BadDataFound = null, MissingFieldFound = null, DetectDelimiter = true };
        var reader = new CsvReader(new StringReader(text), config);
        if (!reader.Read() || !reader.ReadHeader())
        {
            throw new InvalidDataException($"{fileName}: the file is empty: the first row must be a header.");
        }
        return new TabularFile(fileName, format, reader.HeaderRecord!.ToList(), Rows(reader));

        static IEnumerable<(int, string[])> Rows(CsvReader reader)
        {
            using (reader)
            {
                while (reader.Read())
                {
                    var cells = reader.Parser.Record ?? [];
                    if (cells.All(string.IsNullOrWhiteSpace))
                    {
                        continue;
                    }
                    yield return (reader.Parser.Row, cells);
                }
            }
        }
    }

    private static TabularFile ReadXlsx(string fileName, byte[] content)
    {
        List<IDictionary<string, object?>> rows;
        string sheet;
        try
        {
            using var stream = new MemoryStream(content);
            sheet = MiniExcel.GetSheetNames(stream).First();
            stream.Position = 0;
            rows = MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheet).Cast<IDictionary<string, object?>>().ToList();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InvalidDataException($"{fileName}: not a readable .xlsx workbook ({e.Message}).", e);
        }
        var location = $"{fileName}, sheet '{sheet}'";
        // MiniExcel yields every row from the first, empty ones included, so the index is the row number.
        var first = rows.FindIndex(r => r.Values.Any(v => !string.IsNullOrWhiteSpace(Cell(v))));
        if (first < 0)
        {
            throw new InvalidDataException($"{location}: the sheet is empty: the first row must be a header.");
        }
        var columns = rows[first].Keys.ToList();
        var header = columns.Select(c => Cell(rows[first][c])).ToList();
        var body = rows.Select((r, i) => (Row: i + 1, Cells: columns.Select(c => Cell(r.TryGetValue(c, out var v) ? v : null)).ToArray()))
            .Skip(first + 1)
            .Where(r => !r.Cells.All(string.IsNullOrWhiteSpace))
            .ToList();
        return new TabularFile(location, "xlsx", header, body);
    }

    // Numbers come back in invariant form whatever the workbook's locale; text as typed.
    private static string Cell(object? value) => value switch
    {
        null => "",
        double d => ((decimal)d).ToString(CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? "",
    };
}

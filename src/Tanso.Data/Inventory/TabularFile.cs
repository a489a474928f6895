using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace Tanso.Data.Inventory;

/// <summary>A table read from an uploaded file: where it came from, its header and its rows (1-based row numbers as a spreadsheet shows them).</summary>
public sealed record TabularFile(string Location, string Format, IReadOnlyList<string> Header, IEnumerable<(int Row, string[] Cells)> Rows);

/// <summary>Every non-empty row of a file, title and note rows included, read once as it streams.</summary>
public sealed record RawTable(string Location, string Format, IEnumerable<(int Row, string[] Cells)> Rows);

/// <summary>
/// Reads CSV (UTF-8 with or without BOM, or CP949/EUC-KR, detected) and .xlsx (first worksheet, read with MiniExcel,
/// merged cells filled) into rows of text, so that one validator serves every format.
/// </summary>
public static class TabularReader
{
    static TabularReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Reads <paramref name="content"/> with its first non-empty row as the header.</summary>
    /// <exception cref="InvalidDataException">The file cannot be read as a table.</exception>
    public static TabularFile Read(string fileName, byte[] content)
    {
        var raw = ReadRaw(fileName, new MemoryStream(content));
        var rows = raw.Rows.GetEnumerator();
        if (!rows.MoveNext())
        {
            rows.Dispose();
            throw new InvalidDataException($"{raw.Location}: the file is empty: the first row must be a header.");
        }
        return new TabularFile(raw.Location, raw.Format, rows.Current.Cells.Select(c => c.Trim()).ToList(), Rest(rows));

        static IEnumerable<(int, string[])> Rest(IEnumerator<(int, string[])> rows)
        {
            using (rows)
            {
                while (rows.MoveNext())
                {
                    yield return rows.Current;
                }
            }
        }
    }

    /// <summary>Reads every non-empty row of <paramref name="content"/> as it streams (the stream must be seekable);
    /// <paramref name="fileName"/> picks the format and names the file in messages.</summary>
    /// <exception cref="InvalidDataException">The file cannot be read as a table.</exception>
    public static RawTable ReadRaw(string fileName, Stream content)
    {
        var head = new byte[Math.Min(content.Length, 1 << 16)];
        content.ReadExactly(head);
        content.Position = 0;
        if (IsXlsx(fileName, head))
        {
            return ReadXlsx(fileName, content);
        }
        var (encoding, name, skip) = Tabular.TextEncodingDetector.Detect(head, complete: content.Length == head.Length);
        content.Position = skip;
        return new RawTable(fileName, $"csv ({name})", CsvRows(fileName, new StreamReader(content, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16)));
    }

    private static bool IsXlsx(string fileName, byte[] head) =>
        fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || (head.Length > 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4);

    private static byte[] ReadAll(Stream content)
    {
        Tabular.UploadLimits.Check("bytes", content.Length, Tabular.UploadLimits.Inventory.MaxBytes, "");
        var bytes = new byte[content.Length];
        content.Position = 0;
        content.ReadExactly(bytes);
        return bytes;
    }

    private static IEnumerable<(int, string[])> CsvRows(string fileName, TextReader text)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, BadDataFound = null, MissingFieldFound = null, DetectDelimiter = true };
        using var parser = new CsvParser(text, config);
        while (parser.Read())
        {
            var cells = parser.Record ?? [];
            if (Array.TrueForAll(cells, string.IsNullOrWhiteSpace))
            {
                continue;
            }
            // A million lines of data, and the title, unit and header lines above them.
            Tabular.UploadLimits.Check("rows", parser.Row, Tabular.UploadLimits.Inventory.MaxRows + 100L, $"row {parser.Row}");
            Tabular.UploadLimits.Check("columns", cells.Length, Tabular.UploadLimits.Inventory.MaxColumns, $"row {parser.Row}");
            Storable(parser.Row, cells, fileName + ", ");
            yield return (parser.Row, cells);
        }
    }

    private static RawTable ReadXlsx(string fileName, Stream content)
    {
        // The workbook is first walked by the bounded streaming reader, so that a dimension, row, zip or XML bomb is
        // refused (UploadLimitExceededException, 413) before MiniExcel, which fills merged cells, materialises anything.
        var bytes = content is MemoryStream memory && memory.TryGetBuffer(out var buffer) && buffer.Offset == 0 && buffer.Count == memory.Length
            ? buffer.Array!.Length == buffer.Count ? buffer.Array : buffer.ToArray()
            : ReadAll(content);
        foreach (var _ in Tabular.BoundedTable.Rows(fileName, bytes, Tabular.UploadLimits.Inventory))
        {
        }
        content.Position = 0;
        string sheet;
        try
        {
            sheet = MiniExcel.GetSheetNames(content).First();
            content.Position = 0;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InvalidDataException($"{fileName}: not a readable .xlsx workbook ({e.Message}).", e);
        }
        var location = $"{fileName}, sheet '{sheet}'";
        return new RawTable(location, "xlsx", XlsxRows(content, sheet, location));
    }

    private static IEnumerable<(int, string[])> XlsxRows(Stream content, string sheet, string location)
    {
        IEnumerator<IDictionary<string, object?>> rows;
        try
        {
            // Merged cells (a sector written once over several rows, a heading over several years) are filled in.
            rows = MiniExcel.Query(content, useHeaderRow: false, sheetName: sheet, configuration: new OpenXmlConfiguration { FillMergedCells = true })
                .Cast<IDictionary<string, object?>>().GetEnumerator();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InvalidDataException($"{location}: not a readable .xlsx workbook ({e.Message}).", e);
        }
        using (rows)
        {
            // MiniExcel yields every row from the first, empty ones included, so the count is the row number.
            var row = 0;
            while (Next(rows, location, row))
            {
                row++;
                var cells = rows.Current.Values.Select(Cell).ToArray();
                if (!Array.TrueForAll(cells, string.IsNullOrWhiteSpace))
                {
                    Storable(row, cells, location + ", ");
                    yield return (row, cells);
                }
            }
        }
    }

    // MiniExcel reads the sheet's XML lazily, so a broken part (a cut or edited file) only shows while rows are read:
    // it is refused with the row it stopped after, like a workbook that does not open at all.
    private static bool Next(IEnumerator<IDictionary<string, object?>> rows, string location, int row)
    {
        try
        {
            return rows.MoveNext();
        }
        catch (Exception e) when (e is System.Xml.XmlException or InvalidOperationException or FormatException or InvalidCastException or OverflowException
            or ArgumentException or IndexOutOfRangeException or IOException or InvalidDataException)
        {
            throw new InvalidDataException($"{location}: not a readable .xlsx workbook after row {row} ({e.Message}).", e);
        }
    }

    // A NUL or other control character in a cell is refused with its place, before any validator or writer sees it.
    private static void Storable(int row, string[] cells, string location)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (Core.StorableText.Problem(cells[i]) is { } problem)
            {
                throw Refused(new InvalidDataException($"{location}row {row}, column {ColumnLetters(i)}: {problem.En} ({problem.Ko})"),
                    row, ColumnLetters(i), problem.En, problem.Ko);
            }
        }
    }

    /// <summary>Places a refused cell on <paramref name="e"/> (<see cref="Exception.Data"/>): rows are read lazily, so the
    /// refusal surfaces while they are read, and the importer reports it as a problem of that row and column.</summary>
    private static InvalidDataException Refused(InvalidDataException e, int row, string column, string reason, string reasonKo)
    {
        (e.Data["row"], e.Data["column"], e.Data["reason"], e.Data["reasonKo"]) = (row, column, reason, reasonKo);
        return e;
    }

    private static string ColumnLetters(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }
        return letters;
    }

    // Numbers come back in invariant form whatever the workbook's locale; text as typed.
    private static string Cell(object? value) => value switch
    {
        null => "",
        // A double beyond decimal's range (1E+300, infinity) stays as written, so the validator refuses it as a number.
        double d => double.IsFinite(d) && Math.Abs(d) < 7.9e28 ? ((decimal)d).ToString(CultureInfo.InvariantCulture) : d.ToString("R", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? "",
    };
}

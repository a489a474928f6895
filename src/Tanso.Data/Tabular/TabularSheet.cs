namespace Tanso.Data.Tabular;

/// <summary>
/// A table read from an upload within <see cref="UploadLimits"/>: where it came from, its header (the first non-empty
/// row) and its other non-empty rows, read lazily (1-based row numbers as a spreadsheet shows them). Enumerating
/// <see cref="Rows"/> may throw <see cref="UploadLimitExceededException"/> or <see cref="InvalidDataException"/>.
/// </summary>
public sealed record TabularSheet(string Location, string Format, IReadOnlyList<string> Header, IEnumerable<(int Row, string[] Cells)> Rows);

/// <summary>
/// The one bounded reader of uploaded tables: .xlsx (any sheet, read as a stream from its zip) and CSV (UTF-8 or
/// CP949, detected). Every limit is checked while reading, before the work grows, and reading stops when
/// <c>ct</c> is cancelled (the client has gone).
/// </summary>
public static class BoundedTable
{
    /// <summary>Whether the upload is an .xlsx (by name, or by the zip signature).</summary>
    public static bool IsXlsx(string fileName, ReadOnlySpan<byte> content) =>
        fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || content.StartsWith("PK\u0003\u0004"u8);

    /// <summary>The non-empty rows of a sheet (the first when <paramref name="sheet"/> is null) or of a CSV file, raw.</summary>
    /// <exception cref="UploadLimitExceededException">A limit was passed.</exception>
    /// <exception cref="InvalidDataException">The file cannot be read as a table, or has no such sheet.</exception>
    public static IEnumerable<(int Row, string[] Cells)> Rows(string fileName, byte[] content, UploadLimits limits, string? sheet = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        UploadLimits.Check("bytes", content.LongLength, limits.MaxBytes, fileName);
        if (IsXlsx(fileName, content))
        {
            var book = XlsxBook.Open(fileName, content, limits, ct);
            return book.Rows(sheet ?? book.SheetNames[0], ct);
        }
        return CsvRows.Read(fileName, content, limits, ct);
    }

    /// <summary>The sheet names of an .xlsx, in workbook order.</summary>
    public static IReadOnlyList<string> SheetNames(string fileName, byte[] content, UploadLimits limits, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        UploadLimits.Check("bytes", content.LongLength, limits.MaxBytes, fileName);
        return XlsxBook.Open(fileName, content, limits, ct).SheetNames;
    }

    /// <summary>A sheet (the first when <paramref name="sheet"/> is null) or CSV file as header + rows; the header is read now, the rows lazily.</summary>
    public static TabularSheet Read(string fileName, byte[] content, UploadLimits limits, string? sheet = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var xlsx = IsXlsx(fileName, content);
        string location = fileName, format = "csv";
        IEnumerable<(int Row, string[] Cells)> rows;
        if (xlsx)
        {
            UploadLimits.Check("bytes", content.LongLength, limits.MaxBytes, fileName);
            var book = XlsxBook.Open(fileName, content, limits, ct);
            var name = sheet ?? book.SheetNames[0];
            (location, format, rows) = ($"{fileName}, sheet '{name}'", "xlsx", book.Rows(name, ct));
        }
        else
        {
            rows = Rows(fileName, content, limits, null, ct);
            format = $"csv ({TextEncodingDetector.Detect(content).Name})";
        }
        var enumerator = rows.GetEnumerator();
        if (!enumerator.MoveNext())
        {
            enumerator.Dispose();
            throw new InvalidDataException(xlsx ? $"{location}: the sheet is empty: the first row must be a header." : $"{fileName}: the file is empty: the first row must be a header.");
        }
        var header = enumerator.Current.Cells.Select(c => c.Trim()).ToList();
        return new TabularSheet(location, format, header, Rest(enumerator));

        static IEnumerable<(int, string[])> Rest(IEnumerator<(int Row, string[] Cells)> rows)
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
}

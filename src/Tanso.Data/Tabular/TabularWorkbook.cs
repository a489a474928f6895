namespace Tanso.Data.Tabular;

/// <summary>
/// An uploaded .xlsx opened once within <see cref="UploadLimits"/> (its shared strings read, its zip's unpacked bytes
/// counted across every sheet read), for readers that need several sheets by name.
/// </summary>
public sealed class TabularWorkbook
{
    private readonly XlsxBook book;

    private TabularWorkbook(XlsxBook book) => this.book = book;

    /// <summary>The sheet names, in workbook order.</summary>
    public IReadOnlyList<string> SheetNames => book.SheetNames;

    /// <summary>Opens the workbook.</summary>
    /// <exception cref="UploadLimitExceededException">A limit was passed.</exception>
    /// <exception cref="InvalidDataException">Not a readable .xlsx.</exception>
    public static TabularWorkbook Open(string fileName, byte[] content, UploadLimits limits, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        UploadLimits.Check("bytes", content.LongLength, limits.MaxBytes, fileName);
        if (!BoundedTable.IsXlsx(fileName, content))
        {
            throw new InvalidDataException($"{fileName}: not an .xlsx workbook.");
        }
        return new TabularWorkbook(XlsxBook.Open(fileName, content, limits, ct));
    }

    /// <summary>The non-empty rows of a sheet, streamed.</summary>
    public IEnumerable<(int Row, string[] Cells)> Rows(string sheet, CancellationToken ct = default) => book.Rows(sheet, ct);

    /// <summary>The rows of a sheet after its header row (the first non-empty one), each as header → trimmed text;
    /// cells under no header are dropped, and a repeated header keeps its first column.</summary>
    public IEnumerable<(int Row, IReadOnlyDictionary<string, string> Cells)> Records(string sheet, CancellationToken ct = default)
    {
        string[]? header = null;
        foreach (var (row, cells) in Rows(sheet, ct))
        {
            if (header is null)
            {
                header = cells.Select(c => c.Trim()).ToArray();
                continue;
            }
            var record = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length && i < cells.Length; i++)
            {
                if (header[i].Length > 0)
                {
                    record.TryAdd(header[i], cells[i].Trim());
                }
            }
            yield return (row, record);
        }
    }
}

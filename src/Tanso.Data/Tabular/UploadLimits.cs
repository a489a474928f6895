namespace Tanso.Data.Tabular;

/// <summary>
/// How much of an uploaded table Tanso reads before it refuses: checked while the file is read, so that a small file
/// that unpacks or declares itself huge is refused before work or memory grows. Each limit has a name that refusals
/// carry (<see cref="UploadLimitExceededException.Limit"/>).
/// </summary>
/// <param name="MaxBytes">The file as uploaded ("bytes").</param>
/// <param name="MaxRows">The last row number a sheet may use, empty rows included ("rows").</param>
/// <param name="MaxColumns">The last column a row may use ("columns").</param>
/// <param name="MaxCells">Cells in the file, empty ones included, and shared strings ("cells").</param>
/// <param name="MaxCellChars">Characters in one cell ("cell-characters"); 32,767 is Excel's own limit.</param>
/// <param name="MaxUncompressedBytes">Bytes unpacked from an .xlsx's zip, all parts read together ("uncompressed-bytes").</param>
/// <param name="MaxXmlDepth">Nesting of XML elements in an .xlsx part ("xml-depth"); real sheets nest about 6 deep.</param>
/// <param name="MaxZipEntries">Files inside an .xlsx ("zip-entries").</param>
public sealed record UploadLimits(
    long MaxBytes, int MaxRows, int MaxColumns, long MaxCells, int MaxCellChars, long MaxUncompressedBytes, int MaxXmlDepth, int MaxZipEntries)
{
    /// <summary>Plan tasks, progress reports, statistics: a government's workbook is far smaller than these.</summary>
    public static UploadLimits Workbook { get; } = new(
        MaxBytes: 10L * 1024 * 1024, MaxRows: 100_000, MaxColumns: 200, MaxCells: 2_000_000, MaxCellChars: 32_767,
        MaxUncompressedBytes: 64L * 1024 * 1024, MaxXmlDepth: 32, MaxZipEntries: 1_000);

    /// <summary>Inventory files: a national file of every government, sector, gas and year (wide layouts use a column per year).</summary>
    public static UploadLimits Inventory { get; } = new(
        MaxBytes: 200L * 1024 * 1024, MaxRows: 1_000_000, MaxColumns: 300, MaxCells: 20_000_000, MaxCellChars: 32_767,
        MaxUncompressedBytes: 1024L * 1024 * 1024, MaxXmlDepth: 32, MaxZipEntries: 1_000);

    /// <summary>Throws when <paramref name="actual"/> is above <paramref name="allowed"/>.</summary>
    internal static void Check(string limit, long actual, long allowed, string where)
    {
        if (actual > allowed)
        {
            throw new UploadLimitExceededException(limit, allowed, where);
        }
    }
}

/// <summary>An upload refused because it is larger than a limit: which limit, its value, and where in the file it was passed.</summary>
public sealed class UploadLimitExceededException : Exception
{
    /// <summary>Creates the refusal.</summary>
    public UploadLimitExceededException(string limit, long allowed, string where)
        : base($"{where}: the file is larger than Tanso reads: the limit '{limit}' is {allowed:N0}{Unit(limit)}.")
    {
        (Limit, Allowed, Where) = (limit, allowed, where);
    }

    /// <summary>Creates the refusal (serialisation and analyzers).</summary>
    public UploadLimitExceededException() : this("bytes", 0, "-") { }

    /// <summary>Creates the refusal (analyzers).</summary>
    public UploadLimitExceededException(string message) : this("bytes", 0, message) { }

    /// <summary>Creates the refusal (analyzers).</summary>
    public UploadLimitExceededException(string message, Exception inner) : base(message, inner) => (Limit, Where) = ("bytes", "-");

    /// <summary>The limit's name: bytes, rows, columns, cells, cell-characters, uncompressed-bytes, xml-depth, zip-entries, dimension.</summary>
    public string Limit { get; } = "bytes";

    /// <summary>The limit's value.</summary>
    public long Allowed { get; }

    /// <summary>Where in the file it was passed (file, sheet, row or cell).</summary>
    public string Where { get; } = "-";

    /// <summary>The refusal in Korean.</summary>
    public string Korean => $"{Where}: 파일이 Tanso가 읽는 한도보다 큽니다: 한도 '{Limit}'은(는) {Allowed:N0}{Unit(Limit)}입니다.";

    private static string Unit(string limit) => limit.EndsWith("bytes", StringComparison.Ordinal) ? " bytes" : "";
}

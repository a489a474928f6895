using System.Buffers.Binary;
using System.IO.Compression;
using System.Xml;

namespace Tanso.Data.Tabular;

/// <summary>
/// An .xlsx opened for bounded reading: its zip is checked (entry count from the end record, unpacked bytes counted as
/// they stream, not as declared), then the workbook's sheet list, relationships and shared strings are read with an
/// <see cref="XmlReader"/> that refuses DTDs and deep nesting. Sheets are then streamed row by row by <see cref="SheetRows"/>.
/// </summary>
internal sealed class XlsxBook
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private readonly ZipArchive zip;
    private readonly Dictionary<string, string> sheetParts;
    private readonly UnpackBudget budget;

    private XlsxBook(string fileName, ZipArchive zip, UploadLimits limits, UnpackBudget budget, Dictionary<string, string> sheetParts, IReadOnlyList<string> names)
    {
        (FileName, this.zip, Limits, this.budget, this.sheetParts, SheetNames) = (fileName, zip, limits, budget, sheetParts, names);
    }

    public string FileName { get; }
    public UploadLimits Limits { get; }
    public IReadOnlyList<string> SheetNames { get; }
    public IReadOnlyList<string> SharedStrings { get; private set; } = [];

    public static XlsxBook Open(string fileName, byte[] content, UploadLimits limits, CancellationToken ct)
    {
        UploadLimits.Check("zip-entries", DeclaredEntries(fileName, content), limits.MaxZipEntries, fileName);
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{fileName}: not a readable .xlsx workbook ({e.Message}).", e);
        }
        var budget = new UnpackBudget(fileName, limits.MaxUncompressedBytes);
        var rels = new Dictionary<string, string>(StringComparer.Ordinal);
        string? sharedPart = null;
        ReadPart(zip, "xl/_rels/workbook.xml.rels", fileName, limits, budget, r =>
        {
            if (r.NodeType == XmlNodeType.Element && r.LocalName == "Relationship" && r.GetAttribute("Id") is { } id && r.GetAttribute("Target") is { } target)
            {
                var part = target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
                rels[id] = part;
                if (r.GetAttribute("Type")?.EndsWith("/sharedStrings", StringComparison.Ordinal) == true)
                {
                    sharedPart = part;
                }
            }
        }, ct);
        var names = new List<string>();
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        ReadPart(zip, "xl/workbook.xml", fileName, limits, budget, r =>
        {
            if (r.NodeType == XmlNodeType.Element && r.LocalName == "sheet" && r.NamespaceURI == MainNs && r.GetAttribute("name") is { } name
                && r.GetAttribute("id", RelNs) is { } id && rels.TryGetValue(id, out var part) && parts.TryAdd(name, part))
            {
                names.Add(name);
            }
        }, ct);
        if (names.Count == 0)
        {
            throw new InvalidDataException($"{fileName}: not a readable .xlsx workbook (it lists no worksheet).");
        }
        var book = new XlsxBook(fileName, zip, limits, budget, parts, names);
        try
        {
            book.SharedStrings = SharedStringTable.Read(book, sharedPart ?? "xl/sharedStrings.xml", ct);
        }
        catch (XmlException x)
        {
            throw new InvalidDataException($"{fileName}: not a readable .xlsx workbook ({x.Message}).", x);
        }
        return book;
    }

    public IEnumerable<(int Row, string[] Cells)> Rows(string sheet, CancellationToken ct)
    {
        if (!sheetParts.TryGetValue(sheet, out var part))
        {
            throw new InvalidDataException($"{FileName}: the workbook has no sheet '{sheet}'.");
        }
        return Guard(SheetRows.Read(this, $"{FileName}, sheet '{sheet}'", part, ct), $"{FileName}, sheet '{sheet}'");
    }

    // XmlReader parses text lazily, so a broken part can throw while a value is read, not only in Read(): every XML
    // error of a sheet becomes the same refusal.
    private static IEnumerable<(int Row, string[] Cells)> Guard(IEnumerable<(int Row, string[] Cells)> rows, string where)
    {
        using var e = rows.GetEnumerator();
        while (true)
        {
            bool more;
            try
            {
                more = e.MoveNext();
            }
            catch (XmlException x)
            {
                throw new InvalidDataException($"{where}: not a readable .xlsx workbook ({x.Message}).", x);
            }
            if (!more)
            {
                break;
            }
            yield return e.Current;
        }
    }

    /// <summary>An XmlReader over a part's unpacked bytes, counted against the budget; null when the part is absent.</summary>
    internal XmlReader? OpenPart(string part) => OpenPart(zip, part, FileName, Limits, budget);

    internal static XmlReader? OpenPart(ZipArchive zip, string part, string fileName, UploadLimits limits, UnpackBudget budget)
    {
        var entry = zip.GetEntry(part) ?? zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, part, StringComparison.OrdinalIgnoreCase));
        if (entry is null)
        {
            return null;
        }
        // The declared size is a quick refusal; the counting stream is the real one, as a zip may lie about it.
        UploadLimits.Check("uncompressed-bytes", entry.Length, limits.MaxUncompressedBytes, $"{fileName}, {part}");
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true,
            MaxCharactersFromEntities = 1024, CloseInput = true,
        };
        try
        {
            return XmlReader.Create(new CountingStream(entry.Open(), budget, part), settings);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{fileName}, {part}: not a readable .xlsx workbook ({e.Message}).", e);
        }
    }

    /// <summary>Reads <paramref name="reader"/> to its end, one node at a time, checking depth; XML errors become <see cref="InvalidDataException"/>.</summary>
    internal static bool Next(XmlReader reader, string where, UploadLimits limits)
    {
        try
        {
            if (!reader.Read())
            {
                return false;
            }
        }
        catch (XmlException e)
        {
            throw new InvalidDataException($"{where}: not a readable .xlsx workbook ({e.Message}).", e);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{where}: not a readable .xlsx workbook ({e.Message}).", e);
        }
        UploadLimits.Check("xml-depth", reader.Depth, limits.MaxXmlDepth, where);
        return true;
    }

    private static void ReadPart(ZipArchive zip, string part, string fileName, UploadLimits limits, UnpackBudget budget, Action<XmlReader> visit, CancellationToken ct)
    {
        using var reader = OpenPart(zip, part, fileName, limits, budget)
            ?? throw new InvalidDataException($"{fileName}: not a readable .xlsx workbook (it has no {part}).");
        var nodes = 0;
        try
        {
            while (Next(reader, $"{fileName}, {part}", limits))
            {
                if ((++nodes & 1023) == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }
                visit(reader);
            }
        }
        catch (XmlException x)
        {
            throw new InvalidDataException($"{fileName}, {part}: not a readable .xlsx workbook ({x.Message}).", x);
        }
    }

    // The end-of-central-directory record (last 22 bytes, plus up to 64 KB of comment) says how many entries follow,
    // before ZipArchive builds an object for each of them.
    private static long DeclaredEntries(string fileName, byte[] content)
    {
        var from = Math.Max(0, content.Length - 22 - ushort.MaxValue);
        for (var i = content.Length - 22; i >= from; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(content.AsSpan(i)) == 0x06054b50)
            {
                return BinaryPrimitives.ReadUInt16LittleEndian(content.AsSpan(i + 10));
            }
        }
        throw new InvalidDataException($"{fileName}: not a readable .xlsx workbook (no zip directory).");
    }
}

/// <summary>Bytes unpacked so far from one workbook, against the limit.</summary>
internal sealed class UnpackBudget(string fileName, long allowed)
{
    private long used;

    public void Spend(int bytes, string part)
    {
        used += bytes;
        if (used > allowed)
        {
            throw new UploadLimitExceededException("uncompressed-bytes", allowed, $"{fileName}, {part}");
        }
    }
}

/// <summary>A read-only stream that counts what it hands out against an <see cref="UnpackBudget"/>.</summary>
internal sealed class CountingStream(Stream inner, UnpackBudget budget, string part) : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = inner.Read(buffer, offset, count);
        budget.Spend(n, part);
        return n;
    }

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        budget.Spend(n, part);
        return n;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}

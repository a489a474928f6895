using System.IO.Compression;
using System.Text;

namespace Tanso.Web.Tests.Fuzz;

/// <summary>Hostile .xlsx files made on the spot: small on the wire, huge or deep once read.</summary>
internal static class BombFiles
{
    /// <summary>A workbook of one sheet named 이행과제 whose worksheet part is written by <paramref name="sheet"/>.</summary>
    public static byte[] Workbook(Action<Stream> sheet, CompressionLevel level = CompressionLevel.Fastest)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>""");
            Entry(zip, "xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="이행과제" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Entry(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            using var part = zip.CreateEntry("xl/worksheets/sheet1.xml", level).Open();
            sheet(part);
        }
        return buffer.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }

    private const string Head = """<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""";

    private static void Write(Stream s, string text) => s.Write(Encoding.UTF8.GetBytes(text));

    /// <summary>A sheet that declares A1:XFD1048576 (17 billion cells) and holds one row.</summary>
    public static byte[] Dimension() => Workbook(s => Write(s, Head + """<dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>code</t></is></c></row></sheetData></worksheet>"""));

    /// <summary>Millions of empty rows (<c>&lt;row/&gt;</c>, numbered by their place, as the format allows), a few KB zipped.</summary>
    public static byte[] Rows(int count) => Workbook(s =>
    {
        Write(s, Head + "<sheetData>");
        var line = new StringBuilder();
        for (var r = 1; r <= count; r++)
        {
            line.Append("<row/>");
            if (line.Length > 60_000)
            {
                Write(s, line.ToString());
                line.Clear();
            }
        }
        Write(s, line + "</sheetData></worksheet>");
    }, CompressionLevel.Optimal);

    /// <summary>A sheet part that unpacks to <paramref name="megabytes"/> MB of whitespace inside one cell's text.</summary>
    public static byte[] Zip(int megabytes) => Workbook(s =>
    {
        Write(s, Head + """<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">""");
        var blank = new byte[1024 * 1024];
        Array.Fill(blank, (byte)' ');
        for (var i = 0; i < megabytes; i++)
        {
            s.Write(blank);
        }
        Write(s, "</t></is></c></row></sheetData></worksheet>");
    }, CompressionLevel.Optimal);

    /// <summary>Elements nested <paramref name="depth"/> deep inside the sheet.</summary>
    public static byte[] Deep(int depth) => Workbook(s =>
    {
        Write(s, Head + "<sheetData>");
        var open = Encoding.UTF8.GetBytes("<x>");
        var close = Encoding.UTF8.GetBytes("</x>");
        for (var i = 0; i < depth; i++) { s.Write(open); }
        for (var i = 0; i < depth; i++) { s.Write(close); }
        Write(s, "</sheetData></worksheet>");
    });

    /// <summary>A sheet of plan tasks with one cell holding <paramref name="budget"/> as written (e.g. 1E+308, NaN).</summary>
    public static byte[] Cell(string raw) => Workbook(s => Write(s, Head + $"""<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>code</t></is></c><c r="B1" t="inlineStr"><is><t>value</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>1-1</t></is></c><c r="B2"><v>{raw}</v></c></row></sheetData></worksheet>"""));
}

using System.Text;
using System.Xml;

namespace Tanso.Data.Tabular;

/// <summary>The shared strings of an .xlsx (text cells point into it by index), each counted as a cell and limited in
/// length. Phonetic runs (<c>rPh</c>) are not part of the text.</summary>
internal static class SharedStringTable
{
    public static IReadOnlyList<string> Read(XlsxBook book, string part, CancellationToken ct)
    {
        using var reader = book.OpenPart(part);
        if (reader is null)
        {
            return [];
        }
        var where = $"{book.FileName}, {part}";
        var limits = book.Limits;
        var strings = new List<string>();
        var text = new StringBuilder();
        int? inPhonetic = null;
        var inItem = false;
        while (XlsxBook.Next(reader, where, limits))
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.LocalName == "si":
                    inItem = !reader.IsEmptyElement;
                    text.Clear();
                    if (reader.IsEmptyElement)
                    {
                        Add(strings, "", limits, where, ct);
                    }
                    break;
                case XmlNodeType.Element when reader.LocalName == "rPh" && !reader.IsEmptyElement:
                    inPhonetic = reader.Depth;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "rPh" && inPhonetic == reader.Depth:
                    inPhonetic = null;
                    break;
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA when inItem && inPhonetic is null:
                    text.Append(reader.Value);
                    if (text.Length > limits.MaxCellChars)
                    {
                        // The location is written only when refusing: this runs for every row and cell.
                        throw new UploadLimitExceededException("cell-characters", limits.MaxCellChars, $"{where}, string {strings.Count}");
                    }
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "si":
                    inItem = false;
                    Add(strings, text.ToString(), limits, where, ct);
                    break;
            }
        }
        return strings;
    }

    private static void Add(List<string> strings, string value, UploadLimits limits, string where, CancellationToken ct)
    {
        strings.Add(value);
        UploadLimits.Check("cells", strings.Count, limits.MaxCells, where);
        if ((strings.Count & 1023) == 0)
        {
            ct.ThrowIfCancellationRequested();
        }
    }
}

using System.Globalization;
using System.Text;
using System.Xml;

namespace Tanso.Data.Tabular;

/// <summary>
/// One worksheet streamed row by row. The declared dimension is checked first; then every row element (empty ones
/// too) against the row limit by its number, every cell against the column and cell limits by its reference, before
/// the row's array is made. Numbers come back in invariant form; a number no decimal can hold (1E+308, NaN) comes back
/// as written, for the validator to refuse by cell.
/// </summary>
internal static class SheetRows
{
    public static IEnumerable<(int Row, string[] Cells)> Read(XlsxBook book, string where, string part, CancellationToken ct)
    {
        using var reader = book.OpenPart(part) ?? throw new InvalidDataException($"{where}: not a readable .xlsx workbook (it has no {part}).");
        var limits = book.Limits;
        var cells = new Dictionary<int, string>();
        var (rowNumber, lastRow, column, cellCount) = (0, 0, 0, 0L);
        string? type = null;
        var value = new StringBuilder();
        var (inValue, inRow, inCell) = (false, false, false);
        while (XlsxBook.Next(reader, where, limits))
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                switch (reader.LocalName)
                {
                    case "dimension":
                        CheckDimension(reader.GetAttribute("ref"), where, limits);
                        break;
                    case "row":
                        rowNumber = reader.GetAttribute("r") is { } r ? ParseNumber(r, where) : lastRow + 1;
                        if (rowNumber > limits.MaxRows)
                        {
                            // The location is written only when refusing: this runs for every row and cell.
                            throw new UploadLimitExceededException("rows", limits.MaxRows, $"{where}, row {rowNumber}");
                        }
                        if (rowNumber <= lastRow)
                        {
                            throw new InvalidDataException($"{where}, row {rowNumber}: not a readable .xlsx workbook (rows out of order).");
                        }
                        (lastRow, column) = (rowNumber, 0);
                        cells.Clear();
                        if ((rowNumber & 1023) == 0)
                        {
                            ct.ThrowIfCancellationRequested();
                        }
                        inRow = !reader.IsEmptyElement;
                        break;
                    case "c" when inRow:
                        column = reader.GetAttribute("r") is { } cr ? ColumnOf(cr, where) : column + 1;
                        if (column > limits.MaxColumns)
                        {
                            // The location is written only when refusing: this runs for every row and cell.
                            throw new UploadLimitExceededException("columns", limits.MaxColumns, $"{where}, row {rowNumber}");
                        }
                        if (++cellCount > limits.MaxCells)
                        {
                            // The location is written only when refusing: this runs for every row and cell.
                            throw new UploadLimitExceededException("cells", limits.MaxCells, $"{where}, row {rowNumber}");
                        }
                        type = reader.GetAttribute("t");
                        value.Clear();
                        inCell = !reader.IsEmptyElement;
                        break;
                    case "v" or "t" when inCell:
                        inValue = !reader.IsEmptyElement;
                        break;
                    case "rPh":
                        reader.Skip();
                        break;
                }
            }
            else if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace && inValue)
            {
                value.Append(reader.Value);
                if (value.Length > limits.MaxCellChars)
                {
                    // The location is written only when refusing: this runs for every row and cell.
                    throw new UploadLimitExceededException("cell-characters", limits.MaxCellChars, $"{where}, row {rowNumber}, column {column}");
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement)
            {
                switch (reader.LocalName)
                {
                    case "v" or "t":
                        inValue = false;
                        break;
                    case "c" when inCell:
                        inCell = false;
                        var text = CellText(type, value.ToString(), book.SharedStrings, where, rowNumber, column);
                        if (text.Length > 0)
                        {
                            cells[column] = text;
                        }
                        break;
                    case "row" when inRow:
                        inRow = false;
                        if (cells.Values.Any(c => !string.IsNullOrWhiteSpace(c)))
                        {
                            var array = new string[cells.Keys.Max()];
                            Array.Fill(array, "");
                            foreach (var (i, c) in cells)
                            {
                                array[i - 1] = c;
                            }
                            yield return (rowNumber, array);
                        }
                        break;
                }
            }
        }
    }

    private static string CellText(string? type, string raw, IReadOnlyList<string> shared, string where, int row, int column)
    {
        switch (type)
        {
            case "s":
                return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Count ? shared[i].Trim()
                    : throw new InvalidDataException($"{where}, row {row}, column {column}: not a readable .xlsx workbook (shared string '{raw}' does not exist).");
            case "b":
                return raw.Trim() == "1" ? "TRUE" : "FALSE";
            case "str" or "inlineStr" or "e":
                return raw.Trim();
            case "d":
                return DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var d) ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : raw.Trim();
            default:
                var t = raw.Trim();
                // decimal holds about ±7.9e28; beyond it (or NaN, infinity) the text stays as written and is refused as "not a number" by cell.
                return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) && Math.Abs(n) < 7.9e28
                    ? ((decimal)n).ToString(CultureInfo.InvariantCulture) : t;
        }
    }

    // <dimension ref="A1:XFD1048576"/> declares the sheet's extent: a declared size beyond the limits is refused at once.
    private static void CheckDimension(string? reference, string where, UploadLimits limits)
    {
        if (reference is null)
        {
            return;
        }
        var last = reference.Split(':')[^1];
        var letters = last.TakeWhile(char.IsAsciiLetter).Count();
        if (letters == 0 || letters == last.Length)
        {
            return;
        }
        var rows = long.TryParse(last.AsSpan(letters), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : long.MaxValue;
        var columns = ColumnOf(last, where);
        if (rows > limits.MaxRows)
        {
            // The location is written only when refusing: this runs for every row and cell.
            throw new UploadLimitExceededException("dimension", limits.MaxRows, $"{where}, dimension {reference} (rows)");
        }
        if (columns > limits.MaxColumns)
        {
            // The location is written only when refusing: this runs for every row and cell.
            throw new UploadLimitExceededException("dimension", limits.MaxColumns, $"{where}, dimension {reference} (columns)");
        }
    }

    private static int ParseNumber(string text, string where) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n
            : throw new InvalidDataException($"{where}: not a readable .xlsx workbook (row number '{text}').");

    // "AB12" → 28; more than three letters is past Excel's last column (XFD) and refused as such.
    private static int ColumnOf(string reference, string where)
    {
        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }
            if (++letters > 3)
            {
                return int.MaxValue;
            }
            column = column * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return letters == 0 ? throw new InvalidDataException($"{where}: not a readable .xlsx workbook (cell reference '{reference}').") : column;
    }
}

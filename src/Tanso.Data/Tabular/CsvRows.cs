using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Tanso.Data.Tabular;

/// <summary>CSV rows read as a stream: each record (blank lines included) counts against the row limit, each field
/// against the column and cell-character limits, before the row is handed on.</summary>
internal static class CsvRows
{
    public static IEnumerable<(int Row, string[] Cells)> Read(string fileName, byte[] content, UploadLimits limits, CancellationToken ct)
    {
        var (encoding, _, skip) = TextEncodingDetector.Detect(content);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim, BadDataFound = null, MissingFieldFound = null, DetectDelimiter = true,
            IgnoreBlankLines = false, MaxFieldSize = limits.MaxCellChars,
        };
        using var text = new StreamReader(new MemoryStream(content, skip, content.Length - skip, writable: false), encoding, detectEncodingFromByteOrderMarks: false);
        using var parser = new CsvParser(text, config);
        long cells = 0;
        while (Next(parser, fileName, limits))
        {
            var row = parser.Row;
            if (row > limits.MaxRows)
            {
                // The location is written only when refusing: this runs for every row and cell.
                throw new UploadLimitExceededException("rows", limits.MaxRows, $"{fileName}, row {row}");
            }
            if ((row & 1023) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }
            var count = parser.Count;
            if (count > limits.MaxColumns)
            {
                // The location is written only when refusing: this runs for every row and cell.
                throw new UploadLimitExceededException("columns", limits.MaxColumns, $"{fileName}, row {row}");
            }
            cells += count;
            if (cells > limits.MaxCells)
            {
                // The location is written only when refusing: this runs for every row and cell.
                throw new UploadLimitExceededException("cells", limits.MaxCells, $"{fileName}, row {row}");
            }
            var record = parser.Record ?? [];
            if (!record.All(string.IsNullOrWhiteSpace))
            {
                yield return (row, record);
            }
        }
    }

    private static bool Next(CsvParser parser, string fileName, UploadLimits limits)
    {
        try
        {
            return parser.Read();
        }
        catch (MaxFieldSizeException)
        {
            throw new UploadLimitExceededException("cell-characters", limits.MaxCellChars, $"{fileName}, row {parser.Row}");
        }
        catch (CsvHelperException e)
        {
            throw new InvalidDataException($"{fileName}, row {parser.Row}: not a readable CSV file ({e.Message.Split('\n')[0]}).", e);
        }
    }
}

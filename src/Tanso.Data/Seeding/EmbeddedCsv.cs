using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Tanso.Data.Seeding;

/// <summary>Reads the seed CSV files embedded in this assembly.</summary>
internal static class EmbeddedCsv
{
    public static IReadOnlyList<T> Read<T>(string fileName, Func<IReaderRow, T> map)
    {
        using var stream = typeof(EmbeddedCsv).Assembly.GetManifestResourceStream("Tanso.Data.Seed." + fileName)
            ?? throw new InvalidOperationException($"Seed file {fileName} is not embedded in Tanso.Data.");
        using var reader = new StreamReader(stream);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim });
        csv.Read();
        csv.ReadHeader();
        var rows = new List<T>();
        while (csv.Read())
        {
            try
            {
                rows.Add(map(csv));
            }
            catch (Exception e) when (e is FormatException or ArgumentException or KeyNotFoundException or CsvHelperException)
            {
                throw new InvalidDataException($"Seed file {fileName}, row {csv.Parser.Row}: {e.Message}", e);
            }
        }
        return rows;
    }

    public static string Text(this IReaderRow row, string column) =>
        row.GetField(column) is { Length: > 0 } value
            ? value
            : throw new FormatException($"column '{column}' is empty.");

    public static decimal Decimal(this IReaderRow row, string column) =>
        decimal.Parse(row.Text(column), NumberStyles.Float, CultureInfo.InvariantCulture);

    public static int Int(this IReaderRow row, string column) =>
        int.Parse(row.Text(column), NumberStyles.Integer, CultureInfo.InvariantCulture);

    public static DateOnly Date(this IReaderRow row, string column) =>
        DateOnly.ParseExact(row.Text(column), "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using System.Text;
using Tanso.Data.Inventory;

namespace Tanso.Web.Tests.Inventory;

/// <summary>Builds the same table as the files officers send: CSV in three encodings, or .xlsx.</summary>
public static class ImportFiles
{
    static ImportFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (string Name, byte[] Content) Make(string format, params string[] lines) => format switch
    {
        "utf8" => ("inventory.csv", Encoding.UTF8.GetBytes(string.Join("\n", lines))),
        "utf8bom" => ("inventory.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join("\r\n", lines))]),
        "cp949" => ("inventory.csv", Encoding.GetEncoding(949).GetBytes(string.Join("\r\n", lines))),
        "xlsx" => ("inventory.xlsx", Xlsx(lines)),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    // Numbers become numeric cells, as Excel stores them.
    private static byte[] Xlsx(string[] lines)
    {
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l => l.Split(',').Select(c => decimal.TryParse(c, System.Globalization.CultureInfo.InvariantCulture, out var d) && !c.StartsWith('0') ? (object?)d : c).ToArray());
        return InventoryExport.Xlsx("인벤토리", header, rows);
    }

    public static EditionSpec NewEdition(string code, DateOnly? published = null) =>
        new(code, "시험 인벤토리 " + code, "Test inventory " + code, "시험 기관", published ?? new DateOnly(2025, 1, 1), "test", "tests");
}

using System.Globalization;
using Tanso.Core.Quantities;

namespace Tanso.Web.Reports;

/// <summary>How a column's numbers read: on the page (rounded, thousands separators) and in Excel (a number format).</summary>
internal enum CellFormat
{
    Text,
    Integer,
    OneDecimal,
    TwoDecimals,
    Date,
}

/// <summary>A text cell in both languages; the workbook is Korean.</summary>
internal sealed record Loc(string Ko, string En)
{
    public string In(bool english) => english ? En : Ko;
}

/// <summary>A column: Korean and English header, and how its values read.</summary>
internal sealed record ReportColumn(string Ko, string En, CellFormat Format = CellFormat.Text);

/// <summary>
/// One table of a report, as data: the page renders it (Sections/_Table.cshtml) and the workbook writes it as a sheet,
/// so the .xlsx holds exactly the report's tables. Cells are <see cref="decimal"/>, <see cref="int"/>,
/// <see cref="DateOnly"/>, <see cref="string"/>, <see cref="Loc"/> or null (shown as "–", left empty in Excel).
/// </summary>
internal sealed record ReportTable(string Sheet, Loc Caption, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<object?[]> Rows)
{
    /// <summary>Per row, where its first cell links to on the page (null: no link); not written to the workbook.</summary>
    public IReadOnlyList<string?>? RowLinks { get; init; }

    /// <summary>A cell as the page shows it.</summary>
    public static string Show(object? value, CellFormat format, bool english) => value switch
    {
        null => "–",
        Loc l => l.In(english),
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? (english ? "yes" : "예") : (english ? "no" : "아니오"),
        _ => Convert.ToDecimal(value, CultureInfo.InvariantCulture) is var n && IsBeyondEveryRange(n) ? Infrastructure.Fmt.Invalid : Number(n, format),
    };

    /// <summary>Whether a number lies beyond the widest plausible range of any quantity (<see cref="Plausible.MaxKrw"/>):
    /// a stored value no input check would let in any more, shown and exported as invalid rather than as a number.</summary>
    public static bool IsBeyondEveryRange(decimal value) => Math.Abs(value) > Plausible.MaxKrw;

    /// <summary>A cell as the workbook stores it: numbers stay numbers, unrounded.</summary>
    public static object? Store(object? value) => value switch
    {
        Loc l => l.Ko,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "예" : "아니오",
        decimal n when IsBeyondEveryRange(n) => "값 오류(범위 밖)",
        _ => value,
    };

    /// <summary>The Excel number format of a column.</summary>
    public static string? ExcelFormat(CellFormat format) => format switch
    {
        CellFormat.Integer => "#,##0",
        CellFormat.OneDecimal => "#,##0.0",
        CellFormat.TwoDecimals => "#,##0.00",
        _ => null,
    };

    private static string Number(decimal value, CellFormat format)
    {
        var decimals = format switch { CellFormat.OneDecimal => 1, CellFormat.TwoDecimals => 2, CellFormat.Integer => 0, _ => 4 };
        var pattern = decimals == 0 ? "#,##0" : format is CellFormat.Text ? "#,##0.####" : "#,##0." + new string('0', decimals);
        return Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString(pattern, CultureInfo.InvariantCulture).Replace('-', '−');
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using Tanso.Data.Inventory;

namespace Tanso.Data.Statistics;

/// <summary>What a KOSIS table measures, told by its unit.</summary>
public enum KosisMeasure
{
    /// <summary>Residents (명).</summary>
    Population,

    /// <summary>Gross regional domestic product, in some multiple of KRW.</summary>
    Grdp,
}

/// <summary>One value of a KOSIS table: region, reference period (as written), the year it belongs to, and the value in Tanso's unit.</summary>
public sealed record KosisValue(int Row, string Region, string Period, int Year, decimal Value);

/// <summary>
/// A table as KOSIS (국가통계포털) downloads it as CSV, read without editing: the first row names the region dimension
/// (행정구역(시도)별, 시도별 …) and the periods (2023, 2023.12, 2023 p) …, repeated when several items are chosen); an
/// optional second row repeats the dimension and names each column's item with its unit in brackets (총인구수 (명),
/// 지역내총생산(시장가격) (백만원)); KOSIS's 항목 and 단위 columns may stand instead. "-", "…" and "X" cells have no value.
/// </summary>
public static partial class KosisTable
{
    private static readonly Dictionary<string, decimal> MillionKrwPer = new(StringComparer.Ordinal)
    {
        ["백만원"] = 1m, ["십억원"] = 1_000m, ["억원"] = 100m, ["조원"] = 1_000_000m, ["천원"] = 0.001m, ["원"] = 0.000001m,
    };

    // KOSIS still writes the 시·도 by the names of the period; the directory knows today's.
    private static readonly Dictionary<string, string> FormerNames = new(StringComparer.Ordinal)
    {
        ["강원도"] = "강원특별자치도", ["전라북도"] = "전북특별자치도", ["제주도"] = "제주특별자치도",
    };

    [GeneratedRegex(@"^\s*(\d{4})(\.(\d{1,2}))?(\s*(월|년|p\)|p|e\)))?\s*$")]
    private static partial Regex PeriodPattern();

    [GeneratedRegex(@"\(([^()]*)\)\s*$")]
    private static partial Regex UnitPattern();

    /// <summary>Whether the header looks like a KOSIS download (its first column names a dimension: "…별").</summary>
    public static bool Looks(IReadOnlyList<string> header) =>
        header.Count >= 2 && header[0].Trim().EndsWith('별') && header.Skip(1).Any(h => PeriodPattern().IsMatch(h));

    /// <summary>The values of the file's one item, or the problems (file, row, column, why).</summary>
    public static (KosisMeasure Measure, string Item, string Unit, IReadOnlyList<KosisValue> Values, IReadOnlyList<ImportProblem> Problems) Read(TabularFile file)
    {
        var header = file.Header.Select(h => h.Trim()).ToList();
        var rows = file.Rows.ToList();
        var problems = new List<ImportProblem>();
        void Problem(int row, int? column, string en, string ko) =>
            problems.Add(new ImportProblem(file.Location, row, column is { } c ? ImportProblem.ColumnName(header, c) : "-", en, ko));

        var itemColumn = header.FindIndex(h => h == "항목");
        var unitColumn = header.FindIndex(h => h == "단위");
        var periodColumns = Enumerable.Range(1, header.Count - 1).Where(i => PeriodPattern().IsMatch(header[i])).ToList();
        // The item row: a second row whose first cell repeats the dimension's name.
        string[]? items = rows.Count > 0 && rows[0].Cells.Length > 0 && rows[0].Cells[0].Trim() == header[0] ? rows[0].Cells : null;
        var dataRows = items is null ? rows : rows.Skip(1).ToList();

        string ItemOf(int column, string[] cells) =>
            items is not null && column < items.Length ? items[column].Trim()
            : itemColumn >= 0 && itemColumn < cells.Length ? cells[itemColumn].Trim() + (unitColumn >= 0 && unitColumn < cells.Length ? $" ({cells[unitColumn].Trim()})" : "")
            : "";
        var itemNames = dataRows.SelectMany(r => periodColumns.Select(c => ItemOf(c, r.Cells))).Distinct().ToList();
        if (itemNames.Count != 1)
        {
            Problem(1, null, $"the file holds {itemNames.Count} items ({string.Join(", ", itemNames)}): download one item (총인구수 or 지역내총생산) at a time",
                $"파일에 항목이 {itemNames.Count}개 있습니다({string.Join(", ", itemNames)}): 항목 하나(총인구수 또는 지역내총생산)만 골라 내려받으십시오");
            return (KosisMeasure.Population, "", "", [], problems);
        }
        var item = itemNames[0];
        var unit = UnitPattern().Match(item) is { Success: true } m ? m.Groups[1].Value.Trim() : "";
        KosisMeasure measure;
        decimal factor;
        if (unit == "명")
        {
            (measure, factor) = (KosisMeasure.Population, 1m);
        }
        else if (MillionKrwPer.TryGetValue(unit, out var f))
        {
            (measure, factor) = (KosisMeasure.Grdp, f);
        }
        else
        {
            Problem(items is null ? 1 : 2, null, $"the item '{item}' has no unit Tanso knows (명 for population; 백만원, 십억원, 억원 or 조원 for GRDP)",
                $"항목 '{item}'의 단위를 알 수 없습니다 (인구는 명, 지역내총생산은 백만원·십억원·억원·조원)");
            return (KosisMeasure.Population, item, unit, [], problems);
        }

        var values = new List<KosisValue>();
        foreach (var (row, cells) in dataRows)
        {
            var region = cells.Length > 0 ? cells[0].Trim() : "";
            region = FormerNames.GetValueOrDefault(region, region);
            foreach (var c in periodColumns)
            {
                var text = c < cells.Length ? cells[c].Trim().Replace(",", "", StringComparison.Ordinal) : "";
                if (text is "" or "-" or "…" or "..." or "X" or "x")
                {
                    continue; // KOSIS marks a missing or confidential value so: no value, not zero
                }
                var period = header[c];
                var year = int.Parse(PeriodPattern().Match(period).Groups[1].Value, CultureInfo.InvariantCulture);
                if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) || v <= 0)
                {
                    Problem(row, c, $"'{cells[c]}' is not a number above zero", $"'{cells[c]}'은(는) 0보다 큰 수가 아닙니다");
                    continue;
                }
                values.Add(new KosisValue(row, region, period, year, v * factor));
            }
        }
        return (measure, item, unit, values, problems);
    }
}

using System.Text.RegularExpressions;
using Tanso.Data.Inventory;

namespace Tanso.Data.Statistics;

/// <summary>One figure cell of a KOSIS download, with what the layout says of it: its region (name, and code when the
/// download has codes), the other dimensions' values (성별, 경제활동별 …), its period, its item (with the unit when KOSIS
/// wrote it) and the text of the cell.</summary>
internal sealed record KosisCell(int Row, int Column, string Region, string? RegionCode, IReadOnlyList<(string Dimension, string Value)> Others,
    string Period, int PeriodRow, int PeriodColumn, string Item, string? Unit, string Text);

/// <summary>
/// The layouts of a CSV that KOSIS's 통계표 다운로드 gives, read into cells without editing. Seen in real downloads:
/// <list type="bullet">
/// <item>periods across (시점표두): a header row of dimensions and periods, then an item row that repeats the
/// dimensions and names each column's item (<c>총인구수 (명)</c>, <c>명목</c>); a table of one item has no item row;</item>
/// <item>periods across with 항목 and 단위 columns, under a title line (<c>"○ 행정구역(시군구)별, 성별 인구수 []"</c>);</item>
/// <item>items across, periods in rows (항목표두, 시점표측): dimensions, a 시점 column, then one column per item
/// (<c>총인구수[명]</c>);</item>
/// <item>with 코드포함, a code column before a dimension's names, headed <c>[A]행정구역(시군구)별</c> (or
/// <c>C행정구역(시군구)별</c>).</item>
/// </list>
/// An empty header (KOSIS ends each line of some downloads with a comma) is no column.
/// </summary>
internal sealed record KosisSheet(IReadOnlyList<KosisCell> Cells, int HeaderRow, IReadOnlyList<string> Header, int RegionColumn, IReadOnlyList<ImportProblem> Problems);

internal static partial class KosisLayout
{
    private static readonly string[] RegionWords = ["행정구역", "시도", "시군구", "지역"];
    private static readonly string[] NoteStarts = ["자료", "주)", "주:", "주 :", "※", "출처", "*"];

    [GeneratedRegex(@"^\[[^\]]+\](.+)$")]
    private static partial Regex BracketCode();

    private enum Role { None, Dimension, Code, Period, PeriodColumn, Item, ItemColumn, UnitColumn }

    /// <summary>The leading rows a KOSIS download starts with: at most three title lines, then a header naming a
    /// dimension ("…별") and a period (across, or a 시점 column).</summary>
    public static bool Looks(IReadOnlyList<string[]> firstRows)
    {
        var header = firstRows.SkipWhile((r, i) => i < 3 && IsTitle(r)).FirstOrDefault();
        return header is not null
            && header.Any(h => RoleOf(h.Trim(), []) is Role.Dimension or Role.Code)
            && header.Any(h => RoleOf(h.Trim(), []) is Role.Period or Role.PeriodColumn);
    }

    /// <summary>The cells of the table, its header (row and cells), the region's column, and what cannot be read (file, row, column, why).</summary>
    public static KosisSheet Read(string location, IReadOnlyList<(int Row, string[] Cells)> rows)
    {
        var all = rows.Select(r => (r.Row, Cells: r.Cells.Select(c => c.Trim()).ToArray())).ToList();
        var problems = new List<ImportProblem>();
        var at = 0;
        string? title = null;
        while (at < all.Count && at < 3 && IsTitle(all[at].Cells))
        {
            title ??= all[at].Cells[0];
            at++;
        }
        if (at >= all.Count)
        {
            problems.Add(new ImportProblem(location, 1, "-", "the file has no header row", "파일에 머리글 행이 없습니다"));
            return new KosisSheet([], 1, [], 0, problems);
        }
        var (headerRow, header) = all[at];
        var roles = header.Select(h => RoleOf(h, header)).ToArray();
        void Problem(int row, int column, string en, string ko) => problems.Add(new ImportProblem(location, row, ImportProblem.ColumnName(header, column), en, ko));

        var dimensions = Indexes(roles, Role.Dimension);
        var codes = Indexes(roles, Role.Code);
        var periods = Indexes(roles, Role.Period);
        var items = Indexes(roles, Role.Item);
        var periodColumn = Array.IndexOf(roles, Role.PeriodColumn);
        var itemColumn = Array.IndexOf(roles, Role.ItemColumn);
        var unitColumn = Array.IndexOf(roles, Role.UnitColumn);
        var region = dimensions.FirstOrDefault(c => RegionWords.Any(header[c].Contains), dimensions.Count > 0 ? dimensions[0] : -1);
        var regionName = region >= 0 ? header[region] : codes.Count > 0 ? DimensionOfCode(header[codes[0]]) : "";
        var regionCode = codes.FirstOrDefault(c => DimensionOfCode(header[c]) == regionName, -1);
        if (periodColumn >= 0 && periods.Count > 0)
        {
            Problem(headerRow, periods[0], "the header has both a 시점 column and periods across: download the table as KOSIS lays it out, unchanged",
                "머리글에 시점 열과 가로로 놓인 시점이 함께 있습니다: KOSIS가 내려주는 그대로의 파일을 가져오십시오");
            return new KosisSheet([], headerRow, header, 0, problems);
        }
        if (periodColumn >= 0 && items.Count == 0)
        {
            Problem(headerRow, periodColumn, "periods are in rows (시점) but no column holds an item's figures", "시점이 행에 있지만 항목별 수치 열이 없습니다");
            return new KosisSheet([], headerRow, header, 0, problems);
        }
        at++;
        // The item row repeats the dimensions' names under them (periods across only).
        string[]? itemRow = null;
        if (periods.Count > 0 && at < all.Count && region >= 0 && all[at].Cells.ElementAtOrDefault(region) == header[region])
        {
            itemRow = all[at].Cells;
            at++;
        }
        var titleUnit = title is not null && UnitInTitle().Match(title) is { Success: true } tu && tu.Groups[1].Value.Trim().Length > 0
            ? tu.Groups[1].Value.Replace("단위", "", StringComparison.Ordinal).Trim(' ', ':', '：') : null;

        var cells = new List<KosisCell>();
        foreach (var (row, line) in all.Skip(at))
        {
            string Cell(int c) => c >= 0 && c < line.Length ? line[c] : "";
            if (IsNote(line))
            {
                continue; // "자료: 행정안전부", "주) …": a note under the table, not a row of it
            }
            var others = dimensions.Where(c => c != region).Select(c => (header[c], Cell(c))).ToList();
            var code = regionCode >= 0 ? Cell(regionCode) : null;
            if (periodColumn >= 0)
            {
                cells.AddRange(items.Select(c => new KosisCell(row, c, Cell(region), code, others, Cell(periodColumn), row, periodColumn, header[c], null, Cell(c))));
            }
            else
            {
                foreach (var c in periods)
                {
                    var item = itemRow is not null && c < itemRow.Length ? itemRow[c] : itemColumn >= 0 ? Cell(itemColumn) : "";
                    var unit = unitColumn >= 0 ? Cell(unitColumn) : titleUnit;
                    cells.Add(new KosisCell(row, c, Cell(region), code, others, header[c], headerRow, c, item, unit, Cell(c)));
                }
            }
        }
        return new KosisSheet(cells, headerRow, header, Math.Max(region, regionCode), problems);
    }

    [GeneratedRegex(@"\[([^\[\]]*)\]\s*$")]
    private static partial Regex UnitInTitle();

    private static Role RoleOf(string h, IReadOnlyList<string> header) => h switch
    {
        "" => Role.None,
        "시점" => Role.PeriodColumn,
        "항목" => Role.ItemColumn,
        "단위" => Role.UnitColumn,
        _ when BracketCode().IsMatch(h) => Role.Code,
        _ when h.StartsWith('C') && header.Contains(h[1..]) => Role.Code,
        _ when KosisPeriod.Looks(h) => Role.Period,
        _ when h.EndsWith('별') => Role.Dimension,
        _ => Role.Item,
    };

    private static string DimensionOfCode(string h) => BracketCode().Match(h) is { Success: true } m ? m.Groups[1].Value : h[1..];

    private static List<int> Indexes(Role[] roles, Role role) => Enumerable.Range(0, roles.Length).Where(i => roles[i] == role).ToList();

    // A title line: one text in the first cell ("○ 행정구역(시군구)별, 성별 인구수 []"), the rest empty.
    private static bool IsTitle(string[] cells) =>
        cells.Length > 0 && cells[0].Trim().Length > 0 && !cells[0].Trim().EndsWith('별') && cells.Skip(1).All(c => c.Trim().Length == 0);

    private static bool IsNote(string[] cells) =>
        cells.Skip(1).All(c => c.Length == 0) && NoteStarts.Any(s => cells[0].StartsWith(s, StringComparison.Ordinal));
}

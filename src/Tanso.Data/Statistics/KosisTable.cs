using System.Globalization;
using System.Text.RegularExpressions;
using Tanso.Data.Inventory;

namespace Tanso.Data.Statistics;

/// <summary>What a KOSIS table measures.</summary>
public enum KosisMeasure
{
    /// <summary>Residents (주민등록인구, item 총인구수, 명).</summary>
    Population,

    /// <summary>Gross regional domestic product at current prices (지역내총생산(시장가격), 명목), in some multiple of KRW.</summary>
    Grdp,
}

/// <summary>One figure of a KOSIS table: row and column, region (name, and code when the download has codes), reference
/// period, and the value in Tanso's unit (people, million KRW), or null when the cell is not a number.</summary>
public sealed record KosisValue(int Row, int Column, string Region, string? RegionCode, KosisPeriod Period, string Text, decimal? Value);

/// <summary>What <see cref="KosisTable.Read"/> found: the measure, the item read (with its unit), the figures, every data
/// row's region in file order (the rows without a figure too: they say which 시·도 the 시·군·구 under them belong to),
/// what was left out and why, and the problems (file, row, column, why).</summary>
public sealed record KosisRead(KosisMeasure Measure, string Item, IReadOnlyList<KosisValue> Values, IReadOnlyList<(int Row, string Region, string? Code)> Regions,
    IReadOnlyList<string> LeftOut, IReadOnlyList<ImportProblem> Problems)
{
    /// <summary>The header's cells, to name columns in problems.</summary>
    public IReadOnlyList<string> Header { get; init; } = [];

    /// <summary>The column that names (or codes) the region.</summary>
    public int RegionColumn { get; init; }
}

/// <summary>
/// Reads a KOSIS 시·도 table of 주민등록인구 or 지역내총생산 as KOSIS downloads it (any layout <see cref="KosisLayout"/>
/// knows) and picks its figures: the item 총인구수 for population; for GRDP the item 명목 of the 경제활동별 row
/// 지역내총생산(시장가격), or an item named 지역내총생산…; where other dimensions remain (성별, 연령별), their total (계).
/// "-", "…" and "X" cells have no value. A unit KOSIS did not write is taken from the table when Tanso knows it.
/// </summary>
public static partial class KosisTable
{
    private static readonly Dictionary<string, decimal> MillionKrwPer = new(StringComparer.Ordinal)
    {
        ["백만원"] = 1m, ["십억원"] = 1_000m, ["억원"] = 100m, ["조원"] = 1_000_000m, ["천원"] = 0.001m, ["원"] = 0.000001m,
    };

    // DT_1C81 (시도별 경제활동별 지역내총생산) downloads name the items 명목, 실질, 실질기여도 without a unit; the table's unit is
    // 백만원 (the 2022 전국 명목 of 2,165,717,327 is 2,166 조원).
    private static readonly Dictionary<string, string> UnitOfTable = new(StringComparer.OrdinalIgnoreCase) { ["DT_1C81"] = "백만원" };

    // 주민등록인구 tables name the item 총인구수; the census's 총인구 (DT_1IN1502) is another count and is not read as it.
    private static readonly string[] PopulationItems = ["총인구수", "주민등록인구"];
    private static readonly string[] RealPrices = ["실질", "기준년", "연쇄"];
    private static readonly string[] Totals = ["계", "합계", "총계", "전체"];
    private const string GrdpRow = "지역내총생산(시장가격)";
    private static readonly string[] KnownUnits = ["명", "세대", "%", .. MillionKrwPer.Keys];

    [GeneratedRegex(@"^(.*?)(?:\s+\(([^()]*)\)|\[([^\[\]]*)\]|\(([^()]*)\))$")]
    private static partial Regex Labelled();

    /// <summary>Whether the leading rows (the sheet's header first) are a KOSIS download.</summary>
    public static bool Looks(IReadOnlyList<string[]> firstRows) => KosisLayout.Looks(firstRows);

    /// <summary>The measure, the item read (with its unit), the figures, and the problems (file, row, column, why).</summary>
    public static KosisRead Read(string location, IReadOnlyList<(int Row, string[] Cells)> rows, string? tableId)
    {
        var sheet = KosisLayout.Read(location, rows);
        var regions = sheet.Cells.Select(c => (c.Row, c.Region, c.RegionCode)).Distinct().OrderBy(r => r.Row).ToList();
        KosisRead Refused(KosisMeasure measure, IReadOnlyList<ImportProblem> problems) =>
            new(measure, "", [], regions, [], problems) { Header = sheet.Header, RegionColumn = sheet.RegionColumn };
        ImportProblem AtHeader(string en, string ko) => new(location, sheet.HeaderRow, "-", en, ko);
        if (sheet.Problems.Count > 0)
        {
            return Refused(KosisMeasure.Population, sheet.Problems);
        }
        var (measure, chosen, notFound) = Choose(sheet.Cells);
        if (notFound is { } nf)
        {
            return Refused(measure, [AtHeader(nf.En, nf.Ko)]);
        }
        var (unit, factor, noUnit) = UnitOf(measure, chosen, tableId);
        if (noUnit is { } nu)
        {
            return Refused(measure, [AtHeader(nu.En, nu.Ko)]);
        }
        var names = chosen.Select(c => Split(c.Item).Name).Distinct();
        var item = (measure == KosisMeasure.Grdp && chosen[0].Others.Any(o => o.Value == GrdpRow) ? GrdpRow + " " : "") + $"{string.Join(", ", names)} ({unit})";
        var (values, leftOut, problems) = Figures(location, sheet.Header, chosen, factor);
        return new KosisRead(measure, item, values, regions, leftOut, problems) { Header = sheet.Header, RegionColumn = sheet.RegionColumn };
    }

    // Population is the item 총인구수; GRDP the item 명목 of the row 지역내총생산(시장가격), or an item 지역내총생산…; any
    // other dimension at its total (계).
    private static (KosisMeasure Measure, List<KosisCell> Chosen, (string En, string Ko)? Problem) Choose(IReadOnlyList<KosisCell> cells)
    {
        var population = cells.Where(c => PopulationItems.Contains(Split(c.Item).Name) && c.Others.All(o => Totals.Contains(o.Value))).ToList();
        var grdp = cells.Where(c => IsGrdp(c) && c.Others.Where(o => o.Value != GrdpRow).All(o => Totals.Contains(o.Value))).ToList();
        if (population.Count > 0 && grdp.Count > 0)
        {
            return (KosisMeasure.Population, [], ("the file holds both population and GRDP: download one table at a time", "파일에 인구와 지역내총생산이 함께 있습니다: 통계표 하나씩 내려받으십시오"));
        }
        if (population.Count > 0 || grdp.Count > 0)
        {
            return population.Count > 0 ? (KosisMeasure.Population, population, null) : (KosisMeasure.Grdp, grdp, null);
        }
        var found = cells.Select(c => c.Others.Count > 0 ? $"{string.Join(" ", c.Others.Select(o => o.Value).Distinct())} {c.Item}".Trim() : c.Item)
            .Where(i => i.Length > 0).Distinct().Take(8).ToList();
        return (KosisMeasure.Population, [], (
            $"the file holds neither 총인구수 (주민등록인구, totals of every other dimension) nor 명목 {GrdpRow}; it holds: {(found.Count > 0 ? string.Join(", ", found) : "one unnamed item")}",
            $"파일에 총인구수(주민등록인구, 다른 분류는 계)도 명목 {GrdpRow}도 없습니다. 있는 것: {(found.Count > 0 ? string.Join(", ", found) : "이름 없는 항목 하나")}"));
    }

    // The unit KOSIS wrote (item label, 단위 column, title line), else the table's when Tanso knows it; population counts people.
    private static (string? Unit, decimal Factor, (string En, string Ko)? Problem) UnitOf(KosisMeasure measure, List<KosisCell> chosen, string? tableId)
    {
        var units = chosen.Select(c => Split(c.Item).Unit ?? NullIfEmpty(c.Unit)).Distinct().ToList();
        if (units.Count > 1)
        {
            return (null, 0, ($"the figures are in more than one unit ({string.Join(", ", units.Select(u => u ?? "none"))})", $"수치의 단위가 여럿입니다({string.Join(", ", units.Select(u => u ?? "없음"))})"));
        }
        var unit = units[0] ?? (measure == KosisMeasure.Population ? "명" : tableId is not null ? UnitOfTable.GetValueOrDefault(tableId.Trim()) : null);
        if (measure == KosisMeasure.Population && unit == "명")
        {
            return (unit, 1m, null);
        }
        if (measure == KosisMeasure.Grdp && unit is not null && MillionKrwPer.TryGetValue(unit, out var factor))
        {
            return (unit, factor, null);
        }
        var names = string.Join(", ", chosen.Select(c => Split(c.Item).Name).Distinct());
        var known = string.Join(", ", UnitOfTable.Select(t => $"{t.Key} ({t.Value})"));
        return (unit, 0, unit is null
            ? ($"KOSIS wrote no unit for {names} and Tanso knows the unit only of {known}: give that table's id as the source, or download with the unit shown",
                $"KOSIS가 {names}의 단위를 적지 않았고, Tanso는 {known}의 단위만 압니다: 그 통계표 ID를 출처로 적거나 단위가 나오게 내려받으십시오")
            : ($"'{unit}' is not a unit Tanso converts (명 for population; 백만원, 십억원, 억원, 조원 for GRDP)",
                $"'{unit}'은(는) 변환할 수 있는 단위가 아닙니다(인구는 명, 지역내총생산은 백만원·십억원·억원·조원)"));
    }

    // Each chosen cell with a figure, its period read once per text; "-", "…" and "X" are KOSIS's marks for no value.
    private static (List<KosisValue> Values, List<string> LeftOut, List<ImportProblem> Problems) Figures(string location, IReadOnlyList<string> header, List<KosisCell> chosen, decimal factor)
    {
        var (values, leftOut, problems) = (new List<KosisValue>(), new List<string>(), new List<ImportProblem>());
        var periods = new Dictionary<string, KosisPeriod?>(StringComparer.Ordinal);
        var early = new SortedSet<int>();
        foreach (var c in chosen)
        {
            var text = c.Text.Replace(",", "", StringComparison.Ordinal);
            if (text is "" or "-" or "…" or "..." or "X" or "x")
            {
                continue; // no value, not zero
            }
            if (!periods.TryGetValue(c.Period, out var period))
            {
                var (parsed, problem) = KosisPeriod.Parse(c.Period);
                periods[c.Period] = period = parsed;
                if (problem is { } p)
                {
                    problems.Add(new ImportProblem(location, c.PeriodRow, ImportProblem.ColumnName(header, c.PeriodColumn), p.En, p.Ko));
                }
            }
            if (period is null)
            {
                continue;
            }
            if (!Core.Quantities.ReportingYear.IsValid(period.Year))
            {
                early.Add(period.Year); // a long series reaches back before the years Tanso keeps
                continue;
            }
            var number = decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v * factor : (decimal?)null;
            values.Add(new KosisValue(c.Row, c.Column, c.Region, c.RegionCode, period, c.Text, number));
        }
        if (early.Count > 0)
        {
            leftOut.Add($"{string.Join(", ", early)}: before {Core.Quantities.ReportingYear.Min} / {Core.Quantities.ReportingYear.Min}년 이전");
        }
        return (values, leftOut, problems);
    }

    private static bool IsGrdp(KosisCell c)
    {
        var name = Split(c.Item).Name;
        return c.Others.Any(o => o.Value == GrdpRow)
            ? name == "명목"
            : name.StartsWith("지역내총생산", StringComparison.Ordinal) && !RealPrices.Any(r => name.Contains(r, StringComparison.Ordinal));
    }

    // "총인구수 (명)" and "총인구수[명]" → (총인구수, 명); "지역내총생산(시장가격)" keeps its brackets: they are no unit.
    private static (string Name, string? Unit) Split(string label)
    {
        var m = Labelled().Match(label.Trim());
        if (!m.Success)
        {
            return (label.Trim(), null);
        }
        var spaced = m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Success ? m.Groups[3].Value : null;
        if (spaced is not null)
        {
            return (m.Groups[1].Value.Trim(), NullIfEmpty(spaced.Trim()));
        }
        var tight = m.Groups[4].Value.Trim();
        return KnownUnits.Contains(tight) ? (m.Groups[1].Value.Trim(), tight) : (label.Trim(), null);
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

using Tanso.Core.Inventory;

namespace Tanso.Data.Inventory;

/// <summary>What a column holds.</summary>
public enum ColumnRole
{
    /// <summary>Nothing recognised: the import stops naming it, unless it is empty or ignored by choice.</summary>
    Unknown, Government, Sector, SubSector, Code, Level, Gas, Year, Value, YearValue, Guideline, ValueType, Unit,

    /// <summary>Descriptive text the importer knows and leaves out (English labels, notes, sources).</summary>
    Metadata,

    /// <summary>Left out because the officer said so.</summary>
    Ignored,
}

/// <summary>One column: its letter, its heading (both header rows joined), its role, and the year it holds.</summary>
public sealed record LayoutColumn(int Index, string Heading, ColumnRole Role, YearHeading? Year, EmissionUnit? Unit)
{
    /// <summary>The spreadsheet letter and heading, as problems name it: <c>C (2019)</c>.</summary>
    public string Name => $"{ImportProblem.Letter(Index)} ({Heading})";
}

/// <summary>
/// The layout of a published table: which rows above it are titles, units or notes, which one or two rows
/// are the header, and what every column holds. Detected from the first rows; the officer may pick
/// another header row.
/// </summary>
public sealed record SheetLayout(int HeaderRow, int HeaderRows, IReadOnlyList<LayoutColumn> Columns, EmissionUnit? FileUnit, string? UnitSource,
    IReadOnlyList<(int Row, string Text)> RowsAbove, IReadOnlyList<(int Row, string[] Cells)> Head)
{
    /// <summary>How many of the first rows are looked at for the header.</summary>
    public const int Scan = 30;

    /// <summary>Wide (a column per year) or long (a year column and a value column).</summary>
    public string Name => Columns.Any(c => c.Role == ColumnRole.YearValue) ? "wide" : "long";

    /// <summary>The first column with a role, if any.</summary>
    public LayoutColumn? Find(ColumnRole role) => Columns.FirstOrDefault(c => c.Role == role);

    /// <summary>The last header row: data start below it.</summary>
    public int LastHeaderRow => Head.Where(h => h.Row >= HeaderRow).Skip(HeaderRows - 1).Select(h => h.Row).FirstOrDefault(HeaderRow);

    private static readonly (ColumnRole Role, string[] Names)[] Known =
    [
        (ColumnRole.Government, ["government", "지자체", "기관", "지역", "region", "행정구역", "시도", "시·도", "시군구", "시·군·구", "지방자치단체"]),
        (ColumnRole.Sector, ["sector", "부문", "구분", "분야", "item", "항목", "대분류", "배출원", "배출원/흡수원", "분류", "category_name"]),
        (ColumnRole.SubSector, ["sub_sector", "subsector", "sub-sector", "세부부문", "세부 부문", "중분류", "소분류", "세부항목", "세부구분", "세부분류", "subcategory"]),
        (ColumnRole.Code, ["code", "코드", "분류코드", "ipcc", "ipcc코드", "ipcc code", "category", "category_code", "카테고리"]),
        (ColumnRole.Level, ["level", "수준", "단계", "레벨", "depth"]),
        (ColumnRole.Gas, ["gas", "가스", "온실가스"]),
        (ColumnRole.Year, ["year", "연도", "년도", "기준연도"]),
        (ColumnRole.Guideline, ["guideline", "guidelines", "지침", "산정지침", "ipcc guidelines"]),
        (ColumnRole.ValueType, ["value_type", "자료구분", "잠정여부", "확정여부", "type"]),
        (ColumnRole.Unit, ["unit", "단위"]),
        (ColumnRole.Metadata, ["sector_en", "subsector_en", "sub_sector_en", "item_en", "name_en", "영문명", "note", "notes", "비고", "주석", "remarks", "설명",
            "edition", "source", "출처", "자료원", "status", "상태", "published", "발표일", "공표일", "검증"]),
    ];

    /// <summary>Detects the layout from the first rows of a file.</summary>
    public static (SheetLayout? Layout, List<ImportProblem> Problems) Detect(string location, IReadOnlyList<(int Row, string[] Cells)> head, ImportOptions options)
    {
        var problems = new List<ImportProblem>();
        if (head.Count == 0)
        {
            problems.Add(new ImportProblem(location, 0, "-", "the file is empty", "파일이 비어 있습니다"));
            return (null, problems);
        }
        int index;
        if (options.HeaderRow is { } chosen)
        {
            index = head.ToList().FindIndex(h => h.Row == chosen);
            if (index < 0)
            {
                problems.Add(new ImportProblem(location, chosen, "-", $"row {chosen} is empty or beyond the first rows: choose another header row",
                    $"{chosen}행은 비어 있거나 앞부분 밖에 있습니다: 다른 머리글 행을 고르십시오"));
                return (null, problems);
            }
        }
        else
        {
            index = head.ToList().FindIndex(h => Recognised(h.Cells) >= 2);
            if (index < 0)
            {
                problems.Add(new ImportProblem(location, head[0].Row, "-",
                    "no header row found in the first rows: a header names the columns (부문/sector, 연도/year or one column per year such as 2018); pick the header row",
                    "앞부분에서 머리글 행을 찾지 못했습니다: 머리글은 열 이름(부문, 연도 또는 2018처럼 연도마다 한 열)을 적은 행입니다. 머리글 행을 골라 주십시오"));
                return (null, problems);
            }
        }
        var top = head[index].Cells;
        var second = index + 1 < head.Count && IsContinuation(top, head[index + 1].Cells) ? head[index + 1].Cells : null;
        var width = Math.Max(top.Length, second?.Length ?? 0);
        var columns = new List<LayoutColumn>();
        var ignore = options.IgnoreColumns.Select(c => c.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < width; i++)
        {
            var upper = i < top.Length ? top[i].Trim() : "";
            var lower = second is not null && i < second.Length ? second[i].Trim() : "";
            var heading = upper == lower || lower.Length == 0 ? upper : upper.Length == 0 ? lower : $"{upper} {lower}";
            var year = YearHeading.Parse(lower) ?? (lower.Length == 0 ? YearHeading.Parse(upper) : null);
            var role = ignore.Contains(ImportProblem.Letter(i)) || (heading.Length > 0 && ignore.Contains(heading)) ? ColumnRole.Ignored
                : year is not null ? ColumnRole.YearValue
                : RoleOf(lower) is { } r1 and not ColumnRole.Unknown ? r1
                : RoleOf(upper) ?? ColumnRole.Unknown;
            var unit = role is ColumnRole.Value or ColumnRole.YearValue ? UnitIn(upper) ?? UnitIn(lower) : null;
            columns.Add(new LayoutColumn(i, heading, role, year, unit));
        }
        var above = head.Take(index).Select(h => (h.Row, string.Join(" ", h.Cells.Where(c => c.Trim().Length > 0)))).ToList();
        var (fileUnit, unitSource) = UnitOfFile(columns, above, problems, location, head[index].Row);
        return (new SheetLayout(head[index].Row, second is null ? 1 : 2, columns, fileUnit, unitSource, above, head), problems);
    }

    private static (EmissionUnit?, string?) UnitOfFile(List<LayoutColumn> columns, List<(int Row, string Text)> above, List<ImportProblem> problems, string location, int headerRow)
    {
        var fromColumns = columns.Where(c => c.Unit is not null).Select(c => c.Unit!).Distinct().ToList();
        if (fromColumns.Count > 1)
        {
            problems.Add(new ImportProblem(location, headerRow, "-", $"the columns name different units ({string.Join(", ", fromColumns.Select(u => u.NameKo))}): one table, one unit",
                $"열마다 단위가 다릅니다({string.Join(", ", fromColumns.Select(u => u.NameKo))}): 한 표에는 한 단위만 쓰십시오"));
        }
        if (fromColumns.Count == 1)
        {
            var column = columns.First(c => c.Unit is not null);
            return (fromColumns[0], $"{ImportProblem.Letter(column.Index)}{headerRow} ({column.Heading})");
        }
        // A unit row or a title that names the unit: "(단위: 천톤CO2eq)", "온실가스 배출량 (Gg CO2eq)".
        foreach (var (row, text) in above.AsEnumerable().Reverse())
        {
            if (EmissionUnit.Find(UnitPart(text)) is { } unit)
            {
                return (unit, $"{row}행 / row {row}: {text}");
            }
        }
        return (null, null);
    }

    // The unit inside a heading: "value_kt_co2eq", "배출량(천톤CO2eq)", "2019 (Gg)"; not the year or name around it.
    private static EmissionUnit? UnitIn(string heading)
    {
        if (heading.Length == 0 || YearHeading.Parse(heading) is not null)
        {
            return null;
        }
        var lower = heading.ToLowerInvariant();
        foreach (var prefix in new[] { "value_", "value", "배출량", "emissions_", "emissions", "값" })
        {
            if (lower.StartsWith(prefix, StringComparison.Ordinal) && lower.Length > prefix.Length)
            {
                return EmissionUnit.Find(lower[prefix.Length..].Trim('(', ')', '[', ']', ' ', '_'));
            }
        }
        return heading.Contains('(', StringComparison.Ordinal) ? EmissionUnit.Find(UnitPart(heading)) : null;
    }

    private static string UnitPart(string text)
    {
        var i = text.IndexOf("단위", StringComparison.Ordinal);
        if (i >= 0)
        {
            return text[(i + 2)..].TrimStart(' ', ':', '：', ')').Split(')', ',', ';')[0];
        }
        var open = text.LastIndexOf('(');
        return open >= 0 ? text[(open + 1)..].Split(')')[0] : "";
    }

    /// <summary>The role a heading names, or null for an unrecognised heading.</summary>
    public static ColumnRole? RoleOf(string heading)
    {
        var h = heading.Trim();
        if (h.Length == 0)
        {
            return null;
        }
        foreach (var (role, names) in Known)
        {
            if (names.Contains(h, StringComparer.OrdinalIgnoreCase))
            {
                return role;
            }
        }
        var lower = h.ToLowerInvariant();
        return lower.StartsWith("value", StringComparison.Ordinal) || lower.StartsWith("배출량", StringComparison.Ordinal) || lower.StartsWith("emission", StringComparison.Ordinal)
            || lower is "값" or "tco2eq"
            ? ColumnRole.Value
            : null;
    }

    private static int Recognised(string[] cells) =>
        cells.Count(c => c.Trim().Length > 0 && (RoleOf(c) is not null || YearHeading.Parse(c) is not null));

    // A second header row holds only headings (years, or names such as 세부부문) and adds something the first lacks.
    private static bool IsContinuation(string[] top, string[] next)
    {
        var cells = next.Where(c => c.Trim().Length > 0).ToList();
        if (cells.Count == 0 || !cells.TrueForAll(c => RoleOf(c) is not null || YearHeading.Parse(c) is not null))
        {
            return false;
        }
        var topYears = top.Count(c => YearHeading.Parse(c) is not null);
        var nextYears = cells.Count(c => YearHeading.Parse(c) is not null);
        return (topYears == 0 && nextYears > 0) || cells.Any(c => RoleOf(c) is not null);
    }
}

using System.Globalization;
using Tanso.Core.Quantities;

namespace Tanso.Data.Inventory;

/// <summary>
/// Which columns of a header hold what. Long layout: one value per row (government, sector, [sub-sector],
/// [gas], year, value). Wide layout, as Korean inventory tables are published: one column per year.
/// Headers may be Korean or English.
/// </summary>
internal sealed record InventoryLayout(string Name, int Government, int Sector, int? SubSector, int? Gas, int? Year, int? Value, IReadOnlyList<(int Column, int Year)> YearColumns)
{
    private static readonly string[] GovernmentNames = ["government", "지자체", "기관", "지역", "region", "code", "행정구역"];
    private static readonly string[] SectorNames = ["sector", "부문"];
    private static readonly string[] SubSectorNames = ["sub_sector", "subsector", "sub-sector", "세부부문", "세부 부문"];
    private static readonly string[] GasNames = ["gas", "가스", "온실가스"];
    private static readonly string[] YearNames = ["year", "연도", "년도"];
    private static readonly string[] ValueNames = ["value_tco2eq", "value", "tco2eq", "emissions", "배출량", "배출량(tco2eq)", "배출량 (tco2eq)"];

    /// <summary>The layout of <paramref name="header"/>, or the problems that make it unreadable.</summary>
    public static (InventoryLayout? Layout, List<ImportProblem> Problems) Detect(TabularFile file)
    {
        var header = file.Header.Select(h => h.Trim()).ToList();
        int? Find(string[] names) => header.FindIndex(h => names.Contains(h, StringComparer.OrdinalIgnoreCase)) is var i and >= 0 ? i : null;
        var problems = new List<ImportProblem>();
        var yearColumns = new List<(int, int)>();
        for (var i = 0; i < header.Count; i++)
        {
            var text = header[i].EndsWith('년') ? header[i][..^1] : header[i];
            if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            {
                if (ReportingYear.IsValid(y))
                {
                    yearColumns.Add((i, y));
                }
                else
                {
                    problems.Add(new ImportProblem(file.Location, 1, Column(header, i), $"year {y} is out of range ({ReportingYear.Min}–{ReportingYear.Max})",
                        $"연도 {y}은(는) 범위({ReportingYear.Min}–{ReportingYear.Max}) 밖입니다"));
                }
            }
        }
        var government = Find(GovernmentNames);
        var sector = Find(SectorNames);
        var year = Find(YearNames);
        var value = Find(ValueNames);
        var wide = yearColumns.Count > 0 || (year is null && problems.Count > 0);
        if (government is null)
        {
            problems.Add(new ImportProblem(file.Location, 1, "-", "no government column: name one 'government' or '지자체'",
                "지자체 열이 없습니다: 머리글을 '지자체' 또는 'government'로 적어 주십시오"));
        }
        if (sector is null)
        {
            problems.Add(new ImportProblem(file.Location, 1, "-", "no sector column: name one 'sector' or '부문'",
                "부문 열이 없습니다: 머리글을 '부문' 또는 'sector'로 적어 주십시오"));
        }
        if (!wide && (year is null || value is null))
        {
            problems.Add(new ImportProblem(file.Location, 1, "-",
                "no year data: give 'year' and 'value_tco2eq' columns (long layout, 연도/배출량) or one column per year such as '2018' (wide layout)",
                "연도별 값이 없습니다: '연도'와 '배출량' 열(세로형)이나 '2018'처럼 연도마다 한 열(가로형)을 두십시오"));
        }
        if (problems.Count > 0)
        {
            return (null, problems);
        }
        return (new InventoryLayout(wide ? "wide" : "long", government!.Value, sector!.Value, Find(SubSectorNames), Find(GasNames),
            wide ? null : year, wide ? null : value, yearColumns), problems);
    }

    public static string Column(IReadOnlyList<string> header, int index) =>
        $"{ImportProblem.Letter(index)} ({(index < header.Count ? header[index] : "")})";
}

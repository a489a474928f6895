using System.Globalization;
using Tanso.Core.Governments;
using Tanso.Core.Inventory;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;

namespace Tanso.Data.Inventory;

/// <summary>What a file would import: its entries, or every problem found. Nothing is written.</summary>
public sealed record ImportPlan(string Location, string Format, string Layout, IReadOnlyList<InventoryEntry> Entries, IReadOnlyList<ImportProblem> Problems)
{
    /// <summary>True when the file can be imported as a whole.</summary>
    public bool IsValid => Problems.Count == 0 && Entries.Count > 0;
}

/// <summary>
/// Checks every row of a file and turns the good ones into inventory entries. It never stops at the
/// first problem: the officer gets the whole list, with file/sheet, row, column and reason.
/// </summary>
public static class InventoryParser
{
    /// <summary>Problems beyond this many are summarised, so a wholly wrong file still answers quickly.</summary>
    public const int MaxProblems = 1000;

    /// <param name="file">The table.</param>
    /// <param name="editionId">The edition the entries will join (0 for a new one).</param>
    /// <param name="directory">Known governments.</param>
    /// <param name="mayWrite">Whether the importing person may write a government's data.</param>
    /// <param name="existingKeys">Keys already in the edition: editions are never overwritten.</param>
    public static ImportPlan Parse(TabularFile file, int editionId, GovernmentDirectory directory, Func<Government, bool> mayWrite,
        IReadOnlySet<(int, string, string, Gas, int)> existingKeys)
    {
        var (layout, problems) = InventoryLayout.Detect(file);
        if (layout is null)
        {
            return new ImportPlan(file.Location, file.Format, "unknown", [], problems);
        }
        var header = file.Header;
        var entries = new List<InventoryEntry>();
        // Keys packed into a long: hashing a million string tuples costs more than all the other checks.
        var subSectorIds = new Dictionary<string, int>(StringComparer.Ordinal);
        long Pack(int government, Sector sector, string subSector, Gas gas, int year)
        {
            if (!subSectorIds.TryGetValue(subSector, out var sub))
            {
                subSectorIds[subSector] = sub = subSectorIds.Count;
            }
            return ((long)government << 40) | ((long)sector.Order << 34) | ((long)sub << 12) | ((long)gas << 8) | (long)(year - ReportingYear.Min);
        }
        var existing = existingKeys.Select(k => Pack(k.Item1, SectorTaxonomy.Find(k.Item2)!, k.Item3, k.Item4, k.Item5)).ToHashSet();
        var seen = new Dictionary<long, int>();
        var governments = new Dictionary<string, (Government?, (string En, string Ko)?)>(StringComparer.Ordinal);
        // Files repeat the same few names on every row: look each distinct text up once.
        var sectors = new Dictionary<string, Sector?>(StringComparer.Ordinal);
        var single = new (int Column, int? Year, string Value)[1];
        var truncated = false;

        foreach (var (row, cells) in file.Rows)
        {
            string Cell(int? i) => i is { } c && c < cells.Length ? cells[c].Trim() : "";
            void Problem(int column, string message, string messageKo)
            {
                if (problems.Count < MaxProblems)
                {
                    problems.Add(new ImportProblem(file.Location, row, InventoryLayout.Column(header, column), message, messageKo));
                }
                else
                {
                    truncated = true;
                }
            }

            var governmentText = Cell(layout.Government);
            if (!governments.TryGetValue(governmentText, out var found))
            {
                governments[governmentText] = found = directory.Find(governmentText);
            }
            var (government, governmentProblem) = found;
            if (government is null)
            {
                Problem(layout.Government, governmentProblem!.Value.En, governmentProblem.Value.Ko);
            }
            else if (!mayWrite(government))
            {
                Problem(layout.Government, $"you may not import data for {directory.FullName(government)}", $"{directory.FullName(government)}의 자료를 가져올 권한이 없습니다");
                government = null;
            }
            var sectorText = Cell(layout.Sector);
            if (!sectors.TryGetValue(sectorText, out var sector))
            {
                sectors[sectorText] = sector = SectorTaxonomy.Find(sectorText);
            }
            if (sector is null)
            {
                var known = string.Join(", ", SectorTaxonomy.All.Select(s => s.NameKo));
                Problem(layout.Sector, $"unknown sector '{sectorText}': use one of {known}", $"알 수 없는 부문 '{sectorText}': {known} 중 하나를 쓰십시오");
            }
            var subSector = Cell(layout.SubSector);
            if (subSector.Length > 100)
            {
                Problem(layout.SubSector!.Value, "the sub-sector is longer than 100 characters", "세부부문이 100자보다 깁니다");
            }
            if (!Gases.TryParse(Cell(layout.Gas), out var gas))
            {
                Problem(layout.Gas!.Value, $"unknown gas '{Cell(layout.Gas)}': use CO2eq (or leave empty), CO2, CH4, N2O, HFCs, PFCs or SF6",
                    $"알 수 없는 가스 '{Cell(layout.Gas)}': CO2eq(또는 빈칸), CO2, CH4, N2O, HFCs, PFCs, SF6 중 하나를 쓰십시오");
            }

            IEnumerable<(int Column, int? Year, string Value)> values;
            if (layout.Name == "wide")
            {
                values = layout.YearColumns.Select(y => (y.Column, (int?)y.Year, Cell(y.Column))).Where(v => v.Item3.Length > 0);
            }
            else
            {
                single[0] = (layout.Value!.Value, ParseYear(Cell(layout.Year)), Cell(layout.Value));
                values = single;
            }
            foreach (var (column, year, valueText) in values)
            {
                if (year is null)
                {
                    Problem(layout.Year!.Value, $"'{Cell(layout.Year)}' is not a year from {ReportingYear.Min} to {ReportingYear.Max}",
                        $"'{Cell(layout.Year)}'은(는) {ReportingYear.Min}–{ReportingYear.Max} 사이의 연도가 아닙니다");
                    continue;
                }
                if (!TryParseValue(valueText, out var value))
                {
                    if (valueText.Length == 0)
                    {
                        Problem(column, "the value is empty", "값이 비어 있습니다");
                    }
                    else
                    {
                        Problem(column, $"'{valueText}' is not a number (tCO2eq)", $"'{valueText}'은(는) 숫자(tCO2eq)가 아닙니다");
                    }
                    continue;
                }
                if (government is null || sector is null)
                {
                    continue;
                }
                var emissions = new TonnesCo2e(value);
                if (InventoryEntry.ProblemWith(sector, emissions) is { } negative)
                {
                    Problem(column, negative, $"배출원 부문인 {sector.NameKo}에 음수 값 {emissions.Value}을(를) 쓸 수 없습니다(음수는 흡수·제거 부문만)");
                    continue;
                }
                var key = Pack(government.Id, sector, subSector, gas, year.Value);
                if (seen.TryGetValue(key, out var firstRow))
                {
                    var what = $"{directory.FullName(government)} / {sector.NameKo} / {Label(subSector)} / {gas.Label()} / {year}";
                    Problem(column, $"duplicate: row {firstRow} already gives {what}", $"중복: {firstRow}행에 이미 {what} 값이 있습니다");
                    continue;
                }
                if (existing.Contains(key))
                {
                    var what = $"{directory.FullName(government)} / {sector.NameKo} / {Label(subSector)} / {gas.Label()} / {year}";
                    Problem(column, $"the edition already has {what}: editions are never overwritten, import into a new edition",
                        $"이 판에 이미 {what} 값이 있습니다: 판은 덮어쓰지 않으니 새 판으로 가져오십시오");
                    continue;
                }
                seen[key] = row;
                entries.Add(new InventoryEntry(editionId, government.Id, sector.Code, subSector, gas, ReportingYear.Of(year.Value), emissions));
            }
        }
        if (truncated)
        {
            problems.Add(new ImportProblem(file.Location, 0, "-", $"more than {MaxProblems} problems: only the first {MaxProblems} are listed", $"문제가 {MaxProblems}건을 넘습니다: 처음 {MaxProblems}건만 보입니다"));
        }
        if (problems.Count == 0 && entries.Count == 0)
        {
            problems.Add(new ImportProblem(file.Location, 2, "-", "the file has a header but no values", "머리글만 있고 값이 없습니다"));
        }
        return new ImportPlan(file.Location, file.Format, layout.Name, problems.Count == 0 ? entries : [], problems);
    }

    private static string Label(string subSector) => subSector.Length == 0 ? "(sector total)" : subSector;

    private static int? ParseYear(string text) =>
        int.TryParse(text.EndsWith('년') ? text[..^1] : text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && ReportingYear.IsValid(y) ? y : null;

    // Accepts "1234.5", "1,234.5" and "-12": what Excel writes for a number in Korean or English locale.
    private static bool TryParseValue(string text, out decimal value) =>
        decimal.TryParse(text.Contains(',', StringComparison.Ordinal) ? text.Replace(",", "", StringComparison.Ordinal) : text,
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value);
}

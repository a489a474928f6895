using System.Globalization;
using Tanso.Core.Governments;
using Tanso.Core.Inventory;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;

namespace Tanso.Data.Inventory;

internal sealed partial class InventoryRowReader
{
    private static readonly string[] NoteStarts = ["주)", "주:", "주 :", "주1", "주2", "※", "자료:", "자료 :", "출처:", "출처 :", "note", "source:", "* ", "(주"];

    // A note under or inside a table: one or two cells of text, starting as notes do.
    private static string? NoteRow(string[] cells)
    {
        // Counted first without allocating: this runs for every row of a million-row file.
        var count = 0;
        foreach (var c in cells)
        {
            if (!string.IsNullOrWhiteSpace(c) && ++count > 2)
            {
                return null;
            }
        }
        if (count == 0)
        {
            return null;
        }
        var filled = cells.Where(c => c.Trim().Length > 0).ToList();
        var first = filled[0].Trim();
        return Array.Exists(NoteStarts, s => first.StartsWith(s, StringComparison.OrdinalIgnoreCase)) ? string.Join(" ", filled) : null;
    }

    private Government? Government(int row, string[] cells)
    {
        var column = Find(ColumnRole.Government);
        var text = column is null ? _c.Options.Government?.Trim() ?? "" : Cell(cells, ColumnRole.Government);
        if (column is null && text.Length == 0)
        {
            if (_reportedColumns.Add(-1))
            {
                Problem(row, "-", "the file has no government column: choose the government the file is for",
                    "지자체 열이 없습니다: 이 파일이 어느 지자체의 자료인지 고르십시오");
            }
            return null;
        }
        if (!_governments.TryGetValue(text, out var found))
        {
            _governments[text] = found = _c.Directory.Find(text);
        }
        var (government, problem) = found;
        var name = column?.Name ?? "government";
        if (government is null)
        {
            Problem(row, name, problem!.Value.En, problem.Value.Ko);
            return null;
        }
        if (!_c.MayWrite(government))
        {
            Problem(row, name, $"you may not import data for {_c.Directory.FullName(government)}", $"{_c.Directory.FullName(government)}의 자료를 가져올 권한이 없습니다");
            return null;
        }
        return government;
    }

    private bool GuidelineMatches(string text) =>
        _c.Guidelines == IpccGuidelines.Unknown || IpccGuidelinesNames.Parse(text) == _c.Guidelines;

    private EmissionUnit RowUnit(int row, string[] cells)
    {
        var text = Cell(cells, ColumnRole.Unit);
        if (text.Length == 0)
        {
            return Unit;
        }
        if (EmissionUnit.Find(text) is { } unit)
        {
            return unit;
        }
        Problem(row, ColumnName(ColumnRole.Unit), $"unknown unit '{text}': use tCO2eq, 천톤CO2eq (kt, Gg), 만톤 or 백만톤 (Mt)",
            $"알 수 없는 단위 '{text}': tCO2eq, 천톤CO2eq(kt, Gg), 만톤, 백만톤(Mt) 중 하나를 쓰십시오");
        return Unit;
    }

    private (int Year, bool Provisional) YearOf(int row, string[] cells)
    {
        var text = Cell(cells, ColumnRole.Year);
        if (YearHeading.Parse(text) is { InRange: true } y)
        {
            return (y.Year, y.Provisional);
        }
        Problem(row, ColumnName(ColumnRole.Year), $"'{text}' is not a year from {ReportingYear.Min} to {ReportingYear.Max} (2024, 2024년, 2024(잠정), 2024p and '24 are read)",
            $"'{text}'은(는) {ReportingYear.Min}–{ReportingYear.Max} 사이의 연도가 아닙니다(2024, 2024년, 2024(잠정), 2024p, '24 형식을 읽습니다)");
        return (0, false);
    }

    private void ReadValue(int row, LayoutColumn col, string text, Government? government, LinePlacement placement, Gas gas, int level, int year,
        bool provisional, EmissionUnit unit, Action<InventoryEntry> emit)
    {
        if (!ReportingYear.IsValid(year))
        {
            if (text.Length > 0)
            {
                Problem(row, _names[col], $"year {year} is out of range ({ReportingYear.Min}–{ReportingYear.Max})", $"연도 {year}은(는) 범위({ReportingYear.Min}–{ReportingYear.Max}) 밖입니다");
            }
            return;
        }
        if (text.Length == 0)
        {
            _r.BlankCells++;
            return;
        }
        decimal? tonnes = null;
        var mark = ValueMark.None;
        var decimals = 0;
        if (ValueMarks.Parse(text) is { } m)
        {
            mark = m;
            _r.Marks[m] = _r.Marks.GetValueOrDefault(m) + 1;
        }
        else if (TryParseNumber(text, out var number, out decimals))
        {
            tonnes = number * unit.Tonnes;
        }
        else
        {
            // The marks a cell may hold instead (-, NE, NO, IE, C, *) are listed in the import page's help and docs/inventory.md.
            Problem(row, _names[col], $"'{text}' is not a number ({unit.Code}CO2eq)", $"'{text}'은(는) 숫자({unit.NameKo})가 아닙니다");
            return;
        }
        if (government is null)
        {
            return;
        }
        _r.Governments.Add(government.Id);
        _r.Years[year] = _r.Years.GetValueOrDefault(year) || provisional;
        if (placement.Role != LineRole.Sector)
        {
            if (!_seenReported.Add((government.Id, placement.Role, placement.Label, gas, year)))
            {
                Problem(row, _names[col], $"duplicate: '{placement.Label}' for {year} is given twice", $"중복: '{placement.Label}'의 {year}년 값이 두 번 있습니다");
                return;
            }
            _r.ReportedLines.Add(new ReportedLine(_c.EditionId, government.Id, placement.Role, placement.Label, placement.Category, level, gas, year, tonnes, mark, provisional));
            _totals.Reported(row, _names[col], government.Id, year, placement, gas, tonnes, decimals);
            return;
        }
        var sector = placement.Sector!;
        var emissions = new TonnesCo2e(tonnes ?? 0m);
        if (InventoryEntry.ProblemWith(sector, emissions) is { } negative)
        {
            Problem(row, _names[col], negative, $"배출원 부문인 {sector.NameKo}에 음수 값 {emissions.Value}을(를) 쓸 수 없습니다(음수는 흡수·제거 부문만)");
            return;
        }
        var key = Pack(government.Id, sector, placement.Label, gas, year);
        // Named only when refusing: this runs for every value of the file.
        string What() => $"{_c.Directory.FullName(government)} / {sector.NameKo} / {(placement.Label.Length == 0 ? "(sector total)" : placement.Label)} / {gas.Label()} / {year}";
        ref var firstRow = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_seen, key, out var seenBefore);
        if (seenBefore)
        {
            Problem(row, _names[col], $"duplicate: row {firstRow} already gives {What()}", $"중복: {firstRow}행에 이미 {What()} 값이 있습니다");
            return;
        }
        firstRow = row;
        if (_existing.Contains(key))
        {
            Problem(row, _names[col], $"the edition already has {What()}: editions are never overwritten, import into a new edition",
                $"이 판에 이미 {What()} 값이 있습니다: 판은 덮어쓰지 않으니 새 판으로 가져오십시오");
            return;
        }
        _r.Entries++;
        _totals.Entry(row, _names[col], government.Id, year, placement, gas, tonnes, decimals);
        if (Clean)
        {
            emit(new InventoryEntry(_c.EditionId, government.Id, sector.Code, placement.Label, gas, ReportingYear.Of(year), emissions)
            {
                Category = placement.Category, Level = level, Nested = placement.Nested, Provisional = provisional, Mark = mark,
            });
        }
    }

    // Keys packed into a long: hashing a million string tuples costs more than all the other checks.
    private long Pack(int government, Sector sector, string subSector, Gas gas, int year)
    {
        if (!_subSectorIds.TryGetValue(subSector, out var sub))
        {
            _subSectorIds[subSector] = sub = _subSectorIds.Count;
        }
        return ((long)government << 40) | ((long)sector.Order << 34) | ((long)sub << 12) | ((long)gas << 8) | (long)(year - ReportingYear.Min);
    }

    // Accepts "1234.5", "1,234.5", "-12" and "(12)" (accountants' negative): what tables write for a number.
    internal static bool TryParseNumber(string text, out decimal value, out int decimals)
    {
        var t = text.Contains(',', StringComparison.Ordinal) ? text.Replace(",", "", StringComparison.Ordinal) : text;
        var negative = t.Length > 2 && t[0] == '(' && t[^1] == ')';
        if (negative)
        {
            t = t[1..^1];
        }
        var dot = t.IndexOf('.', StringComparison.Ordinal);
        decimals = dot < 0 || t.Contains('E', StringComparison.OrdinalIgnoreCase) ? 0 : t.Length - dot - 1;
        var ok = decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value);
        if (negative)
        {
            value = -value;
        }
        return ok;
    }
}

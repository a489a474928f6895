using System.Globalization;
using Tanso.Core.Inventory;
using Tanso.Core.Sectors;

namespace Tanso.Data.Inventory;

/// <summary>
/// Adds up what a file will store and checks every total the file gives against the sum of its parts:
/// 총배출량 against the emission sectors, 순배출량 against every sector (both through the file's 소계 rows as written,
/// which are their direct parts), each 소계 against the lines since the previous one, each coded group (1.A, 에너지) against its sub-categories, and a sector's own line against its
/// sub-lines. A difference beyond rounding becomes a warning with the row, what was expected and what was found.
/// Only CO2-equivalent lines are added up.
/// </summary>
internal sealed class TotalsCheck(ImportReport report, EmissionUnit unit)
{
    private readonly Dictionary<(int, int, string), (decimal Value, string Category)> _sectorLine = [];
    private readonly Dictionary<(int, int, string), List<(decimal Value, string Category)>> _subLines = [];
    private readonly Dictionary<(int, int), decimal> _block = [];
    private readonly Dictionary<(int, int, string), decimal> _sectorBlock = [];
    private readonly Dictionary<(int, int, string), decimal> _childSum = [];
    private readonly Dictionary<(int, int, string), (decimal Value, int Row, string Column, int Decimals, string Label)> _coded = [];
    private readonly Dictionary<(int, int, bool Removal), decimal> _subtotalOffsets = [];
    private readonly List<(int Row, string Column, int Government, int Year, LineRole Role, decimal Value, int Decimals, string Label)> _fileTotals = [];

    public void Entry(int row, string column, int government, int year, LinePlacement p, Gas gas, decimal? tonnes, int decimals)
    {
        if (gas != Gas.Total)
        {
            return;
        }
        var v = tonnes ?? 0m;
        var sector = p.Sector!.Code.Value;
        if (!p.Nested)
        {
            var key = (government, year, sector);
            if (p.Label.Length == 0)
            {
                _sectorLine[key] = (v, p.Category);
            }
            else
            {
                (_subLines.TryGetValue(key, out var lines) ? lines : _subLines[key] = []).Add((v, p.Category));
            }
            _block[(government, year)] = _block.GetValueOrDefault((government, year)) + v;
            _sectorBlock[key] = _sectorBlock.GetValueOrDefault(key) + v;
        }
        Coded(row, column, government, year, p, tonnes, decimals);
    }

    public void Reported(int row, string column, int government, int year, LinePlacement p, Gas gas, decimal? tonnes, int decimals)
    {
        if (gas != Gas.Total || tonnes is not { } v)
        {
            return;
        }
        switch (p.Role)
        {
            case LineRole.Total or LineRole.Net:
                _fileTotals.Add((row, column, government, year, p.Role, v, decimals, p.Label));
                report.FileTotals[(government, year, p.Role)] = v;
                break;
            case LineRole.Subtotal:
                var expected = p.Sector is { } s ? _sectorBlock.GetValueOrDefault((government, year, s.Code.Value)) : _block.GetValueOrDefault((government, year));
                Compare(row, column, p.Label, year, expected, v, decimals);
                // A total's direct parts are the subtotals as published: a wrong 소계 is flagged once, on its own row,
                // not again on the 총배출량 that adds it up as written.
                var removal = p.Sector?.IsNegativeLine ?? false;
                _subtotalOffsets[(government, year, removal)] = _subtotalOffsets.GetValueOrDefault((government, year, removal)) + v - expected;
                if (p.Sector is { } within)
                {
                    _sectorBlock[(government, year, within.Code.Value)] = 0;
                }
                else
                {
                    _block[(government, year)] = 0;
                }
                break;
            default:
                Coded(row, column, government, year, p, v, decimals);
                break;
        }
    }

    private void Coded(int row, string column, int government, int year, LinePlacement p, decimal? tonnes, int decimals)
    {
        if (p.Category.Length > 0)
        {
            _coded[(government, year, p.Category)] = (tonnes ?? 0m, tonnes is null ? -1 : row, column, decimals, p.Label);
        }
    }

    // Each coded line counts towards its nearest ancestor in the file (1.A.1 towards 1 when 1.A is not given).
    private void SumChildren()
    {
        foreach (var ((government, year, code), line) in _coded)
        {
            for (var parent = SectorMapping.Parent(code); parent.Length > 0; parent = SectorMapping.Parent(parent))
            {
                if (_coded.ContainsKey((government, year, parent)))
                {
                    _childSum[(government, year, parent)] = _childSum.GetValueOrDefault((government, year, parent)) + line.Value;
                    break;
                }
            }
        }
    }

    public void Finish()
    {
        SumChildren();
        // A coded sector line (산업공정 = 2) holds its own categories only; the sector's lines from other groups
        // (1.A.2 placed in 산업 through the energy categories) are added to it, as InventorySummary does.
        foreach (var key in _sectorLine.Keys.Union(_subLines.Keys))
        {
            var subLines = _subLines.GetValueOrDefault(key) ?? [];
            report.SectorTotals[key] = _sectorLine.TryGetValue(key, out var own)
                ? own.Value + subLines.Where(l => !InventorySummary.InsideSectorLine(own.Category, l.Category)).Sum(l => l.Value)
                : subLines.Sum(l => l.Value);
        }
        foreach (var (key, (line, category)) in _sectorLine)
        {
            var inside = (_subLines.GetValueOrDefault(key) ?? []).Where(l => InventorySummary.InsideSectorLine(category, l.Category)).ToList();
            if (inside.Count > 0 && inside.Sum(l => l.Value) is var parts && !Close(line, parts, 0))
            {
                var sector = SectorTaxonomy.Find(key.Item3)!;
                Warn(0, "-", $"{sector.NameKo} {key.Item2}: the sector's own line says {Show(line)}, its sub-lines add up to {Show(parts)}; the sector's line is stored as its total",
                    $"{sector.NameKo} {key.Item2}년: 부문 합계 행은 {Show(line)}, 세부 행의 합은 {Show(parts)}입니다. 부문 합계 행을 저장합니다");
            }
        }
        foreach (var t in _fileTotals)
        {
            var offset = _subtotalOffsets.GetValueOrDefault((t.Government, t.Year, false))
                + (t.Role == LineRole.Net ? _subtotalOffsets.GetValueOrDefault((t.Government, t.Year, true)) : 0m);
            var expected = (t.Role == LineRole.Net ? report.Net(t.Government, t.Year) : report.Gross(t.Government, t.Year)) + offset;
            Compare(t.Row, t.Column, t.Label, t.Year, expected, t.Value, t.Decimals);
        }
        foreach (var (key, line) in _coded)
        {
            if (line.Row >= 0 && _childSum.TryGetValue(key, out var parts))
            {
                Compare(line.Row, line.Column, line.Label, key.Item2, parts, line.Value, line.Decimals);
            }
        }
    }

    private void Compare(int row, string column, string label, int year, decimal expected, decimal found, int decimals)
    {
        if (Close(expected, found, decimals))
        {
            return;
        }
        Warn(row, column, $"{label} {year}: the file says {Show(found)}, its parts add up to {Show(expected)} (difference {Show(found - expected)})",
            $"{label} {year}년: 파일의 값은 {Show(found)}, 구성 항목의 합은 {Show(expected)}입니다(차이 {Show(found - expected)})");
    }

    // Rounding: one unit in the last decimal the file wrote, or 0.001 % of the total, whichever is larger.
    private bool Close(decimal expected, decimal found, int decimals)
    {
        var step = unit.Tonnes;
        for (var i = 0; i < decimals; i++)
        {
            step /= 10;
        }
        return Math.Abs(found - expected) <= Math.Max(step, Math.Abs(expected) * 0.00001m);
    }

    private string Show(decimal tonnes) => (tonnes / unit.Tonnes).ToString("#,0.####", CultureInfo.InvariantCulture) + " " + unit.NameKo;

    private void Warn(int row, string column, string en, string ko)
    {
        if (report.Warnings.Count < ImportReport.MaxProblems)
        {
            report.Warnings.Add(new ImportProblem(report.Location, row, column, en, ko));
        }
    }
}

using System.Globalization;
using Tanso.Core.Governments;
using Tanso.Core.Inventory;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;

namespace Tanso.Data.Inventory;

/// <summary>What the reader needs besides the file.</summary>
internal sealed record ReadContext(int EditionId, IpccGuidelines Guidelines, GovernmentDirectory Directory, Func<Government, bool> MayWrite,
    IReadOnlySet<(int, string, string, Gas, int)> ExistingKeys, SectorMapping Mapping, ImportOptions Options);

/// <summary>
/// Reads the rows below the header once, as they stream: places every line through the mapping table, reads
/// values in the file's unit with their marks, hands each sector entry to <c>emit</c> while the file is still
/// clean, and keeps only what the preview and the checks need (totals per government, year and sector).
/// </summary>
internal sealed partial class InventoryRowReader
{
    private readonly ReadContext _c;
    private readonly ImportReport _r;
    private readonly SheetLayout _layout;
    private readonly TotalsCheck _totals;
    private readonly Dictionary<string, (Government?, (string En, string Ko)?)> _governments = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string, string), (LinePlacement?, (string Ko, string En)?)> _placements = [];
    private readonly Dictionary<string, int> _subSectorIds = new(StringComparer.Ordinal);
    private readonly HashSet<long> _existing = [];
    private readonly Dictionary<long, int> _seen = [];
    private readonly HashSet<(int, LineRole, string, Gas, int)> _seenReported = [];
    private readonly HashSet<int> _reportedColumns = [];
    private readonly Dictionary<string, int> _excluded = new(StringComparer.Ordinal);
    private readonly LayoutColumn[] _valueColumns;
    private readonly LayoutColumn[] _unknownColumns;
    // Looked up once: the per-row code asks for columns, names and the header's end for every row.
    private readonly LayoutColumn?[] _byRole = new LayoutColumn?[Enum.GetValues<ColumnRole>().Length];
    private readonly Dictionary<LayoutColumn, string> _names = new(ReferenceEqualityComparer.Instance);
    private readonly int _lastHeaderRow;
    private bool _truncated;
    private string _lastSector = "";

    public InventoryRowReader(ReadContext context, ImportReport report, SheetLayout layout, EmissionUnit unit)
    {
        (_c, _r, _layout) = (context, report, layout);
        _totals = new TotalsCheck(report, unit);
        _valueColumns = layout.Columns.Where(c => c.Role is ColumnRole.YearValue or ColumnRole.Value).ToArray();
        _unknownColumns = layout.Columns.Where(c => c.Role == ColumnRole.Unknown).ToArray();
        Unit = unit;
        foreach (var role in Enum.GetValues<ColumnRole>())
        {
            _byRole[(int)role] = layout.Find(role);
        }
        foreach (var column in layout.Columns)
        {
            _names[column] = column.Name;
        }
        _lastHeaderRow = layout.LastHeaderRow;
        foreach (var k in context.ExistingKeys)
        {
            if (SectorTaxonomy.Find(k.Item2) is { } s)
            {
                _existing.Add(Pack(k.Item1, s, k.Item3, k.Item4, k.Item5));
            }
        }
    }

    private EmissionUnit Unit { get; }

    /// <summary>What reading found so far.</summary>
    public ImportReport Report => _r;

    private bool Clean => _r.Problems.Count == 0;

    public void Read(IEnumerable<(int Row, string[] Cells)> rows, Action<InventoryEntry> emit)
    {
        foreach (var (row, cells) in rows)
        {
            if (row <= _lastHeaderRow)
            {
                continue;
            }
            ReadRow(row, cells, emit);
        }
        foreach (var (guideline, count) in _excluded)
        {
            Warn(0, "-", $"{count} row(s) for '{guideline}' left out: the edition is {_c.Guidelines.Label()}",
                $"'{guideline}' 행 {count}개는 제외했습니다: 이 판은 {_c.Guidelines.Label()}입니다");
        }
        _totals.Finish();
        if (_truncated)
        {
            _r.Problems.Add(new ImportProblem(_r.Location, 0, "-", $"more than {ImportReport.MaxProblems} problems: only the first {ImportReport.MaxProblems} are listed",
                $"문제가 {ImportReport.MaxProblems}건을 넘습니다: 처음 {ImportReport.MaxProblems}건만 보입니다"));
        }
        if (_r.Problems.Count == 0 && _r.Entries == 0 && _r.ReportedLines.Count == 0)
        {
            _r.Problems.Add(new ImportProblem(_r.Location, _layout.LastHeaderRow + 1, "-", "the file has a header but no values", "머리글만 있고 값이 없습니다"));
        }
    }

    private string Cell(string[] cells, ColumnRole role) =>
        _byRole[(int)role] is { } col && col.Index < cells.Length ? cells[col.Index].Trim() : "";

    private void Problem(int row, string column, string en, string ko)
    {
        if (_r.Problems.Count < ImportReport.MaxProblems)
        {
            _r.Problems.Add(new ImportProblem(_r.Location, row, column, en, ko));
        }
        else
        {
            _truncated = true;
        }
    }

    private void Warn(int row, string column, string en, string ko)
    {
        if (_r.Warnings.Count < ImportReport.MaxProblems)
        {
            _r.Warnings.Add(new ImportProblem(_r.Location, row, column, en, ko));
        }
    }

    private string ColumnName(ColumnRole role) => _byRole[(int)role] is { } col ? _names[col] : "-";

    private LayoutColumn? Find(ColumnRole role) => _byRole[(int)role];

    private void ReadRow(int row, string[] cells, Action<InventoryEntry> emit)
    {
        if (NoteRow(cells) is { } note)
        {
            _r.NoteRows.Add((row, note));
            return;
        }
        foreach (var col in _unknownColumns)
        {
            if (col.Index < cells.Length && cells[col.Index].Trim().Length > 0 && _reportedColumns.Add(col.Index))
            {
                Problem(row, col.Name, $"column {col.Name} holds values but is not recognised: rename its heading or ignore the column",
                    $"{col.Name} 열에 값이 있지만 무슨 열인지 알 수 없습니다: 머리글을 고치거나 이 열을 제외로 지정하십시오");
            }
        }
        var government = Government(row, cells);
        var guideline = Cell(cells, ColumnRole.Guideline);
        if (guideline.Length > 0 && !GuidelineMatches(guideline))
        {
            _excluded[guideline] = _excluded.GetValueOrDefault(guideline) + 1;
            return;
        }
        var sectorText = Cell(cells, ColumnRole.Sector);
        var subText = Cell(cells, ColumnRole.SubSector);
        var codeText = Cell(cells, ColumnRole.Code);
        // A sector written once over several rows (a merged cell saved as CSV): the rows below carry it on.
        if (sectorText.Length == 0 && (subText.Length > 0 || codeText.Length > 0) && Find(ColumnRole.Sector) is not null)
        {
            sectorText = _lastSector;
        }
        _lastSector = sectorText;
        if (!_placements.TryGetValue((sectorText, subText, codeText), out var placed))
        {
            _placements[(sectorText, subText, codeText)] = placed = _c.Mapping.Place(sectorText, subText, codeText);
        }
        if (placed.Item1 is not { } placement)
        {
            Problem(row, ColumnName(subText.Length > 0 && sectorText.Length > 0 ? ColumnRole.SubSector : ColumnRole.Sector), placed.Item2!.Value.En, placed.Item2.Value.Ko);
            return;
        }
        // A file that numbers nothing (no code or level column, no code before the sector's name) gives a sector's own
        // line no category: the top code the mapping table knows (폐기물 = 5) is not the file's, and an exported
        // sector line must import back as it was (category empty, level 0).
        if (placement is { Role: LineRole.Sector, Label.Length: 0 } && codeText.Length == 0 && SectorMapping.SplitCode(sectorText).Code.Length == 0
            && Find(ColumnRole.Code) is null && Find(ColumnRole.Level) is null)
        {
            placement = placement with { Category = "", Level = 0 };
        }
        if (placement.Label.Length > 100)
        {
            Problem(row, ColumnName(ColumnRole.SubSector), "the line's label (code and name) is longer than 100 characters", "행 이름(코드와 이름)이 100자보다 깁니다");
            return;
        }
        if (!Gases.TryParse(Cell(cells, ColumnRole.Gas), out var gas))
        {
            Problem(row, ColumnName(ColumnRole.Gas), $"unknown gas '{Cell(cells, ColumnRole.Gas)}': use CO2eq (or leave empty), CO2, CH4, N2O, HFCs, PFCs or SF6",
                $"알 수 없는 가스 '{Cell(cells, ColumnRole.Gas)}': CO2eq(또는 빈칸), CO2, CH4, N2O, HFCs, PFCs, SF6 중 하나를 쓰십시오");
            return;
        }
        var unit = RowUnit(row, cells);
        var level = int.TryParse(Cell(cells, ColumnRole.Level), NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : placement.Level;
        var valueType = Cell(cells, ColumnRole.ValueType);
        var typeProvisional = valueType.Contains("잠정", StringComparison.Ordinal) || valueType.StartsWith("provisional", StringComparison.OrdinalIgnoreCase);
        foreach (var col in _valueColumns)
        {
            var (year, provisional) = col.Year is { } y ? (y.Year, y.Provisional) : YearOf(row, cells);
            if (year == 0)
            {
                continue;
            }
            var text = col.Index < cells.Length ? cells[col.Index].Trim() : "";
            ReadValue(row, col, text, government, placement, gas, level, year, provisional || typeProvisional, unit, emit);
        }
    }
}

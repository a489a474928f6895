using Tanso.Core.Inventory;
using Tanso.Core.Sectors;

namespace Tanso.Data.Inventory;

/// <summary>
/// What reading a file found, before anything is written: its layout and unit, the totals per government,
/// year and sector that will be stored, the file's own totals beside them, every warning and problem, and
/// the lines kept as reported (totals, groups, memo items).
/// </summary>
public sealed class ImportReport
{
    internal ImportReport(string location, string format) => (Location, Format) = (location, format);

    /// <summary>Problems beyond this many are summarised, so a wholly wrong file still answers quickly.</summary>
    public const int MaxProblems = 1000;

    /// <summary>The file, and the sheet of a workbook.</summary>
    public string Location { get; }

    /// <summary>The detected format, e.g. "csv (CP949)".</summary>
    public string Format { get; }

    /// <summary>The detected (or chosen) layout; null when none could be found.</summary>
    public SheetLayout? Layout { get; internal set; }

    /// <summary>The first rows of the file as read (titles, header, first data), for the header choice.</summary>
    public IReadOnlyList<(int Row, string[] Cells)> Head { get; internal set; } = [];

    /// <summary>The unit the values are read in; null when the file names none and none was chosen.</summary>
    public EmissionUnit? Unit { get; internal set; }

    /// <summary>True when the file names no unit and the officer has to choose one.</summary>
    public bool NeedsUnit { get; internal set; }

    /// <summary>Reasons the file cannot be imported (the first <see cref="MaxProblems"/>).</summary>
    public List<ImportProblem> Problems { get; } = [];

    /// <summary>Things the officer should see before confirming: totals that do not add up, rows left out, marks.</summary>
    public List<ImportProblem> Warnings { get; } = [];

    /// <summary>Totals, groups and memo items, kept as published.</summary>
    public List<ReportedLine> ReportedLines { get; } = [];

    /// <summary>Entries that will be stored.</summary>
    public int Entries { get; internal set; }

    /// <summary>Empty value cells (not reported, nothing stored).</summary>
    public int BlankCells { get; internal set; }

    /// <summary>Marked cells by mark.</summary>
    public Dictionary<ValueMark, int> Marks { get; } = [];

    /// <summary>Years, with whether any value of the year is provisional.</summary>
    public SortedDictionary<int, bool> Years { get; } = [];

    /// <summary>Note rows below or inside the table (주, 자료, 출처), left out and listed.</summary>
    public List<(int Row, string Text)> NoteRows { get; } = [];

    /// <summary>Per government, year and sector: the tCO2eq that will be stored (the sector's own line when
    /// given, otherwise the sum of its lines, nested lines counted once).</summary>
    public Dictionary<(int Government, int Year, string Sector), decimal> SectorTotals { get; } = [];

    /// <summary>The file's own totals (총배출량, 순배출량) per government and year, in tCO2eq.</summary>
    public Dictionary<(int Government, int Year, LineRole Role), decimal> FileTotals { get; } = [];

    /// <summary>Governments with values in the file.</summary>
    public SortedSet<int> Governments { get; } = [];

    /// <summary>True when at least one value is provisional.</summary>
    public bool AnyProvisional => Years.Values.Any(p => p);

    /// <summary>True when every year is provisional (the edition is then a provisional one).</summary>
    public bool AllProvisional => Years.Count > 0 && Years.Values.All(p => p);

    /// <summary>True when the file can be imported as a whole.</summary>
    public bool IsValid => Problems.Count == 0 && (Entries > 0 || ReportedLines.Count > 0);

    /// <summary>Gross emissions to be stored for a government and year (emission-source sectors).</summary>
    public decimal Gross(int government, int year) => SectorTotals.Where(kv => kv.Key.Government == government && kv.Key.Year == year && !SectorTaxonomy.Find(kv.Key.Sector)!.IsNegativeLine).Sum(kv => kv.Value);

    /// <summary>Net emissions to be stored for a government and year (every sector line).</summary>
    public decimal Net(int government, int year) => SectorTotals.Where(kv => kv.Key.Government == government && kv.Key.Year == year).Sum(kv => kv.Value);
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tanso.Core;
using Tanso.Core.Governments;
using Tanso.Core.Quantities;
using Tanso.Data.Inventory;
using Tanso.Data.Tabular;

namespace Tanso.Data.Statistics;

/// <summary>What a statistics import did.</summary>
public sealed record StatisticsImportResult(int Inserted, int Updated, IReadOnlyList<ImportProblem> Problems, bool Committed)
{
    /// <summary>What the file holds that Tanso does not keep, and was left out on purpose: a KOSIS row that is no
    /// government in Tanso (a non-autonomous 구, a 행정시, an 출장소), with its row; years before the first Tanso keeps.</summary>
    public IReadOnlyList<string> LeftOut { get; init; } = [];
}

/// <summary>
/// Imports population and GRDP per government and year (the denominators of per-capita and per-GRDP
/// comparisons) from CSV or .xlsx, all or nothing. Columns: government, year, population,
/// grdp_million_krw, and source (or one source for the whole file); or a KOSIS 시·도 table exactly as KOSIS downloads it
/// (<see cref="KosisTable"/>), with its table id as the file's source. A later file revises earlier values; every
/// insert and revision is audited.
/// </summary>
public static class StatisticsImporter
{
    private static readonly string[] GovernmentNames = ["government", "지자체", "기관", "지역"];
    private static readonly string[] YearNames = ["year", "연도", "년도"];
    private static readonly string[] PopulationNames = ["population", "인구", "주민등록인구"];
    private static readonly string[] GrdpNames = ["grdp_million_krw", "grdp", "지역내총생산", "지역내총생산(백만원)"];
    private static readonly string[] SourceNames = ["source", "출처"];

    public static async Task<StatisticsImportResult> RunAsync(TansoDb db, string fileName, byte[] content, string? fileSource,
        Func<Government, bool> mayWrite, bool dryRun, CancellationToken ct = default)
    {
        TabularFile file;
        try
        {
            // The bounded reader: limits checked while streaming; a file beyond one throws UploadLimitExceededException (413).
            var sheet = BoundedTable.Read(fileName, content, UploadLimits.Workbook, ct: ct);
            // Read whole (a statistics file is small, and the import is all or nothing): a KOSIS download is told by its
            // first rows, which may be a title line above the header.
            file = new TabularFile(sheet.Location, sheet.Format, sheet.Header, sheet.Rows.ToList());
            if (KosisTable.Looks([.. file.Rows.Take(3).Select(r => r.Cells).Prepend([.. file.Header])]))
            {
                // A table as KOSIS downloads it, read with its row numbers from the first: the file's source is its table id.
                var raw = BoundedTable.Rows(fileName, content, UploadLimits.Workbook, null, ct).ToList();
                return await KosisImport.RunAsync(db, sheet.Location, raw, fileSource, mayWrite, dryRun, ct);
            }
        }
        catch (InvalidDataException e)
        {
            return new StatisticsImportResult(0, 0, [new ImportProblem(fileName, 0, "-", e.Message, "파일을 표로 읽을 수 없습니다: " + e.Message)], false);
        }
        var header = file.Header.Select(h => h.Trim()).ToList();
        int? Find(string[] names) => header.FindIndex(h => names.Contains(h, StringComparer.OrdinalIgnoreCase)) is var i and >= 0 ? i : null;
        var (gov, year, population, grdp, source) = (Find(GovernmentNames), Find(YearNames), Find(PopulationNames), Find(GrdpNames), Find(SourceNames));
        var problems = new List<ImportProblem>();
        void Problem(int row, int? column, string en, string ko) =>
            problems.Add(new ImportProblem(file.Location, row, column is { } c ? ImportProblem.ColumnName(header, c) : "-", en, ko));
        if (gov is null || year is null || (population is null && grdp is null))
        {
            Problem(1, null, "the header needs 'government', 'year' and 'population' and/or 'grdp_million_krw' columns",
                "머리글에 '지자체', '연도', 그리고 '인구'나 '지역내총생산(백만원)' 열이 있어야 합니다");
            return new StatisticsImportResult(0, 0, problems, false);
        }
        if (source is null && string.IsNullOrWhiteSpace(fileSource))
        {
            Problem(1, null, "give a 'source' column or a source for the whole file", "'출처' 열을 두거나 파일 전체의 출처를 적어 주십시오");
        }
        if (TextLimits.Check("source", fileSource, TextLimits.Line, "파일 전체의 출처", "The source for the whole file") is { } longFileSource)
        {
            problems.Add(new ImportProblem(file.Location, 0, "source", longFileSource.En, longFileSource.Ko));
        }

        var directory = await GovernmentDirectory.LoadAsync(db, ct);
        var rows = new Dictionary<(int, int), GovernmentStatistic>();
        foreach (var (row, cells) in file.Rows)
        {
            string Cell(int? i) => i is { } c && c < cells.Length ? cells[c].Trim() : "";
            var (government, governmentProblem) = directory.Find(Cell(gov));
            if (government is null)
            {
                Problem(row, gov, governmentProblem!.Value.En, governmentProblem.Value.Ko);
            }
            else if (!mayWrite(government))
            {
                Problem(row, gov, $"you may not import data for {directory.FullName(government)}", $"{directory.FullName(government)}의 자료를 가져올 권한이 없습니다");
                government = null;
            }
            var y = int.TryParse(Cell(year), NumberStyles.None, CultureInfo.InvariantCulture, out var yy) && ReportingYear.IsValid(yy) ? yy : (int?)null;
            if (y is null)
            {
                Problem(row, year, $"'{Cell(year)}' is not a year from {ReportingYear.Min} to {ReportingYear.Max}", $"'{Cell(year)}'은(는) {ReportingYear.Min}–{ReportingYear.Max} 사이의 연도가 아닙니다");
            }
            long? people = null;
            if (Cell(population) is { Length: > 0 } p)
            {
                if (long.TryParse(p.Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0) { people = n; }
                else { Problem(row, population, $"'{p}' is not a population (a whole number above zero)", $"'{p}'은(는) 인구(0보다 큰 정수)가 아닙니다"); }
            }
            decimal? money = null;
            if (Cell(grdp) is { Length: > 0 } g)
            {
                if (decimal.TryParse(g.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var m) && m > 0) { money = m; }
                else { Problem(row, grdp, $"'{g}' is not a GRDP in million KRW (a number above zero)", $"'{g}'은(는) 지역내총생산(백만원, 0보다 큰 수)이 아닙니다"); }
            }
            if (people is null && money is null && Cell(population).Length == 0 && Cell(grdp).Length == 0)
            {
                Problem(row, population ?? grdp, "the row has neither population nor GRDP", "인구와 지역내총생산이 모두 비어 있습니다");
            }
            var rowSource = Cell(source) is { Length: > 0 } s ? s : fileSource?.Trim() ?? "";
            if (TextLimits.Check("source", Cell(source), TextLimits.Line, "출처", "Source") is { } longSource)
            {
                Problem(row, source, longSource.En, longSource.Ko);
            }
            if (government is null || y is null || (people is null && money is null))
            {
                continue;
            }
            if (rows.TryGetValue((government.Id, y.Value), out _))
            {
                Problem(row, year, $"duplicate: {directory.FullName(government)} {y} appears twice", $"중복: {directory.FullName(government)} {y}년이 두 번 나옵니다");
                continue;
            }
            rows[(government.Id, y.Value)] = new GovernmentStatistic(government.Id, y.Value, people, money, rowSource);
        }
        if (problems.Count > 0)
        {
            return new StatisticsImportResult(0, 0, problems, false);
        }
        if (dryRun)
        {
            var revised = await CountExistingAsync(db, rows.Keys, ct);
            return new StatisticsImportResult(rows.Count - revised, revised, [], false);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var ids = rows.Keys.Select(k => k.Item1).Distinct().ToList();
        var existing = await db.GovernmentStatistics.Where(s => ids.Contains(s.GovernmentId)).ToListAsync(ct);
        var updated = 0;
        foreach (var (key, stat) in rows)
        {
            if (existing.FirstOrDefault(e => e.GovernmentId == key.Item1 && e.Year == key.Item2) is { } old)
            {
                db.Entry(old).CurrentValues.SetValues(stat with { Id = old.Id });
                updated++;
            }
            else
            {
                db.GovernmentStatistics.Add(stat);
            }
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new StatisticsImportResult(rows.Count - updated, updated, [], true);
    }

    /// <summary>How many of <paramref name="keys"/> (government, year) already have figures: what a dry run reports as
    /// revised, the rest as new.</summary>
    internal static async Task<int> CountExistingAsync(TansoDb db, IEnumerable<(int Government, int Year)> keys, CancellationToken ct)
    {
        var wanted = keys.ToHashSet();
        var ids = wanted.Select(k => k.Government).Distinct().ToList();
        var stored = await db.GovernmentStatistics.Where(s => ids.Contains(s.GovernmentId)).Select(s => new { s.GovernmentId, s.Year }).ToListAsync(ct);
        return stored.Count(s => wanted.Contains((s.GovernmentId, s.Year)));
    }
}

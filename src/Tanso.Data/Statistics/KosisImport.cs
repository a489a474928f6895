using Microsoft.EntityFrameworkCore;
using Tanso.Core;
using Tanso.Core.Governments;
using Tanso.Data.Inventory;

namespace Tanso.Data.Statistics;

/// <summary>
/// Imports a KOSIS table of 주민등록인구 or 지역내총생산 as KOSIS downloads it, all or nothing. The table id is the file's
/// source (e.g. DT_1B040A3) and is written, with the item, unit and reference period, into each figure's source;
/// population and GRDP are kept apart, so importing one never clears the other. For a monthly table the latest month
/// of each year stands for the year, and says so. Rows that are no government in Tanso (non-autonomous 구, 행정시,
/// 출장소) are left out and reported.
/// </summary>
internal static class KosisImport
{
    public static async Task<StatisticsImportResult> RunAsync(TansoDb db, string location, IReadOnlyList<(int Row, string[] Cells)> rows, string? tableId,
        Func<Government, bool> mayWrite, bool dryRun, CancellationToken ct)
    {
        var read = KosisTable.Read(location, rows, tableId);
        var all = read.Problems.ToList();
        var leftOut = read.LeftOut.ToList();
        if (string.IsNullOrWhiteSpace(tableId))
        {
            all.Add(new ImportProblem(location, 0, "source", "give the KOSIS table id (e.g. DT_1B040A3) as the file's source",
                "파일 전체의 출처로 KOSIS 통계표 ID(예: DT_1B040A3)를 적어 주십시오"));
        }
        else if (TextLimits.Check("source", tableId, 100, "KOSIS 통계표 ID", "The KOSIS table id") is { } tooLong)
        {
            all.Add(new ImportProblem(location, 0, "source", tooLong.En, tooLong.Ko));
        }
        var header = read.Header;
        var regionColumn = ImportProblem.ColumnName(header, read.RegionColumn);
        var directory = await GovernmentDirectory.LoadAsync(db, ct);
        var regions = new KosisRegions(directory);
        var rowsWithFigures = read.Values.Select(v => v.Row).ToHashSet();
        var governmentOf = new Dictionary<int, Government>();
        foreach (var (row, name, code) in read.Regions)
        {
            var region = regions.Next(name, code);
            if (!rowsWithFigures.Contains(row))
            {
                continue; // a row without a figure still told which 시·도 the rows under it belong to
            }
            if (region.Problem is { } p)
            {
                all.Add(new ImportProblem(location, row, regionColumn, p.En, p.Ko));
            }
            else if (region.LeftOut is { } place)
            {
                leftOut.Add($"{place} (row {row})");
            }
            else if (!mayWrite(region.Government!))
            {
                all.Add(new ImportProblem(location, row, regionColumn, $"you may not import data for {directory.FullName(region.Government!)}",
                    $"{directory.FullName(region.Government!)}의 자료를 가져올 권한이 없습니다"));
            }
            else
            {
                governmentOf[row] = region.Government!;
            }
        }

        var latest = new Dictionary<(int Government, int Year), KosisValue>();
        foreach (var value in read.Values)
        {
            if (!governmentOf.TryGetValue(value.Row, out var government))
            {
                continue;
            }
            if (value.Value is not { } v || v <= 0 || (read.Measure == KosisMeasure.Population && v != decimal.Truncate(v)))
            {
                all.Add(new ImportProblem(location, value.Row, ImportProblem.ColumnName(header, value.Column),
                    $"'{value.Text}' is not {(read.Measure == KosisMeasure.Population ? "a number of people (a whole number above zero)" : "a number above zero")}",
                    $"'{value.Text}'은(는) {(read.Measure == KosisMeasure.Population ? "인구(0보다 큰 정수)" : "0보다 큰 수")}가 아닙니다"));
                continue;
            }
            var key = (government.Id, value.Period.Year);
            if (!latest.TryGetValue(key, out var seen) || value.Period.IsAfter(seen.Period))
            {
                latest[key] = value;
            }
            else if (value.Period == seen.Period && value.Value != seen.Value)
            {
                all.Add(new ImportProblem(location, value.Row, ImportProblem.ColumnName(header, value.Column),
                    $"{directory.FullName(government)} has two figures for {value.Period.Text} ({seen.Text} in row {seen.Row}, {value.Text} here)",
                    $"{directory.FullName(government)}의 {value.Period.Text} 수치가 둘입니다({seen.Row}행 {seen.Text}, 이 행 {value.Text})"));
            }
        }
        if (all.Count > 0)
        {
            return new StatisticsImportResult(0, 0, all, false) { LeftOut = leftOut };
        }
        if (dryRun)
        {
            var revised = await StatisticsImporter.CountExistingAsync(db, latest.Keys, ct);
            return new StatisticsImportResult(latest.Count - revised, revised, [], false) { LeftOut = leftOut };
        }
        var (inserted, updated) = await SaveAsync(db, read, latest, tableId!.Trim(), ct);
        return new StatisticsImportResult(inserted, updated, [], true) { LeftOut = leftOut };
    }

    private static async Task<(int Inserted, int Updated)> SaveAsync(TansoDb db, KosisRead read, Dictionary<(int Government, int Year), KosisValue> latest, string tableId, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var ids = latest.Keys.Select(k => k.Government).Distinct().ToList();
        var existing = await db.GovernmentStatistics.Where(s => ids.Contains(s.GovernmentId)).ToListAsync(ct);
        var (inserted, updated) = (0, 0);
        var label = read.Measure == KosisMeasure.Population ? "인구" : "GRDP";
        foreach (var ((government, year), value) in latest)
        {
            var source = $"{label}: KOSIS {tableId} {read.Item}, {value.Period.Text}";
            var old = existing.FirstOrDefault(e => e.GovernmentId == government && e.Year == year);
            var stat = old ?? new GovernmentStatistic(government, year, null, null, "");
            var merged = stat with
            {
                Population = read.Measure == KosisMeasure.Population ? (long)value.Value!.Value : stat.Population,
                GrdpMillionKrw = read.Measure == KosisMeasure.Grdp ? value.Value : stat.GrdpMillionKrw,
                Source = MergeSource(stat.Source, label, source),
            };
            if (old is null)
            {
                db.GovernmentStatistics.Add(merged);
                inserted++;
            }
            else
            {
                db.Entry(old).CurrentValues.SetValues(merged);
                updated++;
            }
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (inserted, updated);
    }

    // One source line per measure: "인구: KOSIS DT_1B040A3 총인구수 (명), 2023.12 · GRDP: KOSIS DT_1C81 …, 2022 p)"; a new import of a measure replaces its own part.
    private static string MergeSource(string existing, string label, string source)
    {
        var parts = existing.Split(" · ", StringSplitOptions.RemoveEmptyEntries).Where(p => !p.StartsWith(label + ": ", StringComparison.Ordinal));
        var text = string.Join(" · ", parts.Append(source));
        return text.Length <= TextLimits.Line ? text : text[..TextLimits.Line];
    }
}

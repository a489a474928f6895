using Microsoft.EntityFrameworkCore;
using Tanso.Core;
using Tanso.Core.Governments;
using Tanso.Data.Inventory;

namespace Tanso.Data.Statistics;

/// <summary>
/// Imports a KOSIS 시·도 table (주민등록인구 or 지역내총생산) as KOSIS downloads it, all or nothing. The table id is the
/// file's source (e.g. DT_1B040A3) and is written, with the item, unit and reference period, into each figure's source;
/// population and GRDP are kept apart, so importing one never clears the other. For a monthly table the latest month
/// of each year stands for the year, and says so.
/// </summary>
internal static class KosisImport
{
    public static async Task<StatisticsImportResult> RunAsync(TansoDb db, TabularFile file, string? tableId, Func<Government, bool> mayWrite, bool dryRun, CancellationToken ct)
    {
        var (measure, item, unit, values, problems) = KosisTable.Read(file);
        var all = problems.ToList();
        if (string.IsNullOrWhiteSpace(tableId))
        {
            all.Add(new ImportProblem(file.Location, 0, "source", "give the KOSIS table id (e.g. DT_1B040A3) as the file's source",
                "파일 전체의 출처로 KOSIS 통계표 ID(예: DT_1B040A3)를 적어 주십시오"));
        }
        else if (TextLimits.Check("source", tableId, 100, "KOSIS 통계표 ID", "The KOSIS table id") is { } tooLong)
        {
            all.Add(new ImportProblem(file.Location, 0, "source", tooLong.En, tooLong.Ko));
        }
        var directory = await GovernmentDirectory.LoadAsync(db, ct);
        var latest = new Dictionary<(int Government, int Year), KosisValue>();
        foreach (var value in values)
        {
            var (government, problem) = directory.Find(value.Region);
            if (government is null)
            {
                all.Add(new ImportProblem(file.Location, value.Row, file.Header[0], problem!.Value.En, problem.Value.Ko));
                continue;
            }
            if (!mayWrite(government))
            {
                all.Add(new ImportProblem(file.Location, value.Row, file.Header[0], $"you may not import data for {directory.FullName(government)}",
                    $"{directory.FullName(government)}의 자료를 가져올 권한이 없습니다"));
                continue;
            }
            if (!latest.TryGetValue((government.Id, value.Year), out var seen) || string.CompareOrdinal(value.Period, seen.Period) > 0)
            {
                latest[(government.Id, value.Year)] = value;
            }
        }
        if (all.Count > 0 || dryRun)
        {
            return new StatisticsImportResult(0, 0, all, false);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var ids = latest.Keys.Select(k => k.Government).Distinct().ToList();
        var existing = await db.GovernmentStatistics.Where(s => ids.Contains(s.GovernmentId)).ToListAsync(ct);
        var (inserted, updated) = (0, 0);
        var label = measure == KosisMeasure.Population ? "인구" : "GRDP";
        foreach (var ((government, year), value) in latest)
        {
            var source = $"{label}: KOSIS {tableId!.Trim()} {item}, {value.Period}";
            var old = existing.FirstOrDefault(e => e.GovernmentId == government && e.Year == year);
            var stat = old ?? new GovernmentStatistic(government, year, null, null, "");
            var merged = stat with
            {
                Population = measure == KosisMeasure.Population ? (long)Math.Round(value.Value) : stat.Population,
                GrdpMillionKrw = measure == KosisMeasure.Grdp ? value.Value : stat.GrdpMillionKrw,
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
        return new StatisticsImportResult(inserted, updated, [], true);
    }

    // One source line per measure: "인구: KOSIS DT_1B040A3 …, 2023.12 · GRDP: KOSIS DT_1C81 …, 2023"; a new import of a measure replaces its own part.
    private static string MergeSource(string existing, string label, string source)
    {
        var parts = existing.Split(" · ", StringSplitOptions.RemoveEmptyEntries).Where(p => !p.StartsWith(label + ": ", StringComparison.Ordinal));
        var text = string.Join(" · ", parts.Append(source));
        return text.Length <= TextLimits.Line ? text : text[..TextLimits.Line];
    }
}

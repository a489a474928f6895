using Microsoft.EntityFrameworkCore;
using Tanso.Core.Figures;
using Tanso.Core.Governments;

namespace Tanso.Data.Seeding;

/// <summary>What one seeding run inserted.</summary>
public sealed record SeedResult(int Governments, int Editions, int Series, int Figures)
{
    /// <summary>Rows inserted in all.</summary>
    public int Total => Governments + Editions + Series + Figures;
}

/// <summary>
/// Inserts the reference data that is missing, by natural key, in one transaction. Never updates or
/// deletes: a figure corrected in the database stays corrected, and running twice inserts nothing.
/// </summary>
public static class Seeder
{
    /// <summary>Seeds <paramref name="db"/>.</summary>
    public static async Task<SeedResult> SeedAsync(TansoDb db, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var governments = await SeedGovernmentsAsync(db, ct);
        var editions = await InsertMissingAsync(db, db.InventoryEditions, ReferenceData.Editions(), e => e.Code, ct);
        var series = await InsertMissingAsync(db, db.FigureSeries, ReferenceData.Series(), s => s.Code, ct);
        var figures = await SeedFiguresAsync(db, ct);
        await tx.CommitAsync(ct);
        return new SeedResult(governments, editions, series, figures);
    }

    private static async Task<int> SeedGovernmentsAsync(TansoDb db, CancellationToken ct)
    {
        var inserted = 0;
        if (!await db.Governments.AnyAsync(g => g.Level == GovernmentLevel.National, ct))
        {
            db.Governments.Add(ReferenceData.Nation());
            inserted++;
        }
        var known = (await db.Governments.Where(g => g.Level == GovernmentLevel.Province).Select(g => g.SgisCode).ToListAsync(ct)).ToHashSet();
        var missing = ReferenceData.Provinces().Where(p => !known.Contains(p.SgisCode)).ToList();
        db.Governments.AddRange(missing);
        await db.SaveChangesAsync(ct);
        return inserted + missing.Count;
    }

    private static async Task<int> InsertMissingAsync<T>(TansoDb db, DbSet<T> set, IReadOnlyList<T> rows, Func<T, string> key, CancellationToken ct)
        where T : class
    {
        var existing = (await set.AsNoTracking().ToListAsync(ct)).Select(key).ToHashSet();
        var missing = rows.Where(r => !existing.Contains(key(r))).ToList();
        set.AddRange(missing);
        await db.SaveChangesAsync(ct);
        return missing.Count;
    }

    private static async Task<int> SeedFiguresAsync(TansoDb db, CancellationToken ct)
    {
        var series = await db.FigureSeries.AsNoTracking().ToDictionaryAsync(s => s.ReferenceName, ct);
        // Every national figure of this release is measured against the NDC base-year edition.
        var edition = await db.InventoryEditions.AsNoTracking().SingleAsync(e => e.Code == "ndc-base-2018", ct);
        var existing = (await db.OfficialFigures.AsNoTracking().Select(f => new { f.SeriesId, f.Year, f.Line }).ToListAsync(ct))
            .Select(f => (f.SeriesId, f.Year, f.Line)).ToHashSet();
        var inserted = 0;
        foreach (var row in ReferenceData.NationalFigures())
        {
            var s = series.GetValueOrDefault(row.SeriesReferenceName)
                ?? throw new InvalidDataException($"national-sector-figures.csv names series '{row.SeriesReferenceName}', which figure-series.csv does not define.");
            if (existing.Contains((s.Id, row.Year, row.Line)))
            {
                continue;
            }
            db.OfficialFigures.Add(new OfficialFigure(s.Id, row.Year, row.Line, row.Value.ToTonnes(), row.Status, row.Source, edition.Id));
            inserted++;
        }
        await db.SaveChangesAsync(ct);
        return inserted;
    }
}

using Microsoft.EntityFrameworkCore;
using Tanso.Core.Figures;
using Tanso.Core.Governments;

namespace Tanso.Data.Seeding;

/// <summary>What one seeding run inserted.</summary>
public sealed record SeedResult(int Governments, int Editions, int Series, int Figures, int InventoryEntries)
{
    /// <summary>Rows inserted in all.</summary>
    public int Total => Governments + Editions + Series + Figures + InventoryEntries;

    /// <summary>The pass did not run: the database records this build's seed stamp already.</summary>
    public bool Skipped { get; init; }
}

/// <summary>
/// Inserts the reference data that is missing, by natural key, in one transaction. Never updates or
/// deletes: a figure corrected in the database stays corrected, and running twice inserts nothing.
/// Each pass that completes records the <see cref="SeedStamp"/> it applied, so that a start can skip a pass that would
/// find nothing to do.
/// </summary>
public static class Seeder
{
    // Any number, as long as nothing else in Tanso takes the same advisory lock.
    private const long SeedLockKey = 0x7A_6E_73_6F_5E_ED;

    /// <summary>Seeds <paramref name="db"/>, whatever stamp it records.</summary>
    /// <param name="db">The database.</param>
    /// <param name="sampleData">Also seed the generated, labelled demonstration inventories of the 17 시·도.</param>
    /// <param name="ct">Cancellation.</param>
    public static Task<SeedResult> SeedAsync(TansoDb db, bool sampleData = true, CancellationToken ct = default) =>
        RunAsync(db, sampleData, skipWhenStamped: false, ct);

    /// <summary>Seeds <paramref name="db"/> unless it records that this build's seed was applied already (a restart);
    /// several instances starting at once on one database run the pass once.</summary>
    public static async Task<SeedResult> SeedIfChangedAsync(TansoDb db, bool sampleData = true, CancellationToken ct = default)
    {
        // Read without a lock first: a restart, by far the common case, then costs one query.
        var stamp = SeedStamp.Current(sampleData);
        return await db.SeedRuns.AnyAsync(r => r.Stamp == stamp, ct)
            ? Unchanged
            : await RunAsync(db, sampleData, skipWhenStamped: true, ct);
    }

    private static readonly SeedResult Unchanged = new(0, 0, 0, 0, 0) { Skipped = true };

    private static async Task<SeedResult> RunAsync(TansoDb db, bool sampleData, bool skipWhenStamped, CancellationToken ct)
    {
        var stamp = SeedStamp.Current(sampleData);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // One pass at a time: on SQLite the transaction is BEGIN IMMEDIATE already (one writer); on PostgreSQL a second
        // instance waits here until the first has committed, then finds its stamp.
        if (db.Database.IsNpgsql())
        {
            // As long as the other pass takes: a first seed on a busy server can outlast the 30 s command timeout.
            var usual = db.Database.GetCommandTimeout();
            db.Database.SetCommandTimeout(0);
            try
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SeedLockKey})", ct);
            }
            finally
            {
                db.Database.SetCommandTimeout(usual);
            }
        }
        if (skipWhenStamped && await db.SeedRuns.AnyAsync(r => r.Stamp == stamp, ct))
        {
            return Unchanged;
        }
        var result = await SeedDataAsync(db, sampleData, ct);
        var run = await db.SeedRuns.SingleOrDefaultAsync(r => r.Stamp == stamp, ct);
        if (run is null)
        {
            db.SeedRuns.Add(new SeedRun { Stamp = stamp, AppliedAtUtc = db.Clock.GetUtcNow().UtcDateTime, RowsInserted = result.Total });
        }
        else
        {
            // A forced pass (tanso db seed) over a database that has the stamp already: keep one row, the latest pass.
            (run.AppliedAtUtc, run.RowsInserted) = (db.Clock.GetUtcNow().UtcDateTime, result.Total);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return result;
    }

    private static async Task<SeedResult> SeedDataAsync(TansoDb db, bool sampleData, CancellationToken ct)
    {
        // Each step reads what it needs and leaves nothing tracked for the next: every save scans all tracked entities
        // (the unstorable-text guard, the audit capture and EF Core's own change detection), and by the sample plans
        // 2,500 of them were tracked — 0.9 s of a first start (docs/benchmarks.md).
        async Task<T> Step<T>(Task<T> step)
        {
            var result = await step;
            db.ChangeTracker.Clear();
            return result;
        }
        async Task Run(Task step)
        {
            await step;
            db.ChangeTracker.Clear();
        }

        var governments = await Step(SeedGovernmentsAsync(db, ct)) + await Step(SeedMunicipalitiesAsync(db, ct));
        await Run(GovernmentRenames.ApplyAsync(db, ct));
        var editions = await Step(InsertMissingAsync(db, db.InventoryEditions,
            sampleData ? [.. ReferenceData.Editions(), SampleInventory.Edition()] : ReferenceData.Editions(), e => e.Code, ct));
        await Run(Inventory.SectorAliases.SeedAsync(db, ct));
        var series = await Step(InsertMissingAsync(db, db.FigureSeries, ReferenceData.Series(), s => s.Code, ct));
        var figures = await Step(SeedFiguresAsync(db, ct));
        var entries = await Step(InventorySeeding.SeedNationalInventoryAsync(db, ct));
        var national = await Step(NationalInventorySeeding.SeedAsync(db, ct));
        (editions, entries) = (editions + national.Editions, entries + national.Entries);
        await Run(ScenarioSeeding.SeedAsync(db, ct));
        await Run(RegionalSeeding.SeedAsync(db, ct));
        entries += await Step(RegionalInventoryEdition.SeedAsync(db, ct));
        if (sampleData)
        {
            entries += await Step(InventorySeeding.SeedSampleAsync(db, ct));
            await Run(SamplePlan.SeedAsync(db, ct));
            await Run(SampleNationalPlan.SeedAsync(db, ct));
        }
        await Run(CommunitySamples.SeedAsync(db, sampleData, ct));
        return new SeedResult(governments, editions, series, figures, entries);
    }

    private static async Task<int> SeedMunicipalitiesAsync(TansoDb db, CancellationToken ct)
    {
        var provinces = (await db.Governments.Where(g => g.Level == GovernmentLevel.Province).ToListAsync(ct))
            .ToDictionary(p => p.SgisCode!.Value.Value);
        // A municipality is known by its SGIS code where it has one (its name may have changed since: 남구 → 미추홀구),
        // else by its province and name.
        var existing = (await db.Governments.Where(g => g.Level == GovernmentLevel.Municipality).Select(g => new { g.ParentId, g.NameKo, g.SgisCode }).ToListAsync(ct))
            .Select(g => g.SgisCode?.Value ?? $"{g.ParentId} {g.NameKo}").ToHashSet();
        var missing = Municipalities.All()
            .Where(m => !existing.Contains(m.Government.SgisCode?.Value ?? $"{provinces[m.ProvinceSgisCode].Id} {m.Government.NameKo}")).ToList();
        foreach (var seed in missing)
        {
            seed.Government.BelongTo(provinces[seed.ProvinceSgisCode]);
        }
        // In bulk, not through the change tracker; the ids the affiliations need are read back by (province, name).
        var inserted = await BulkRows.InsertAsync(db, missing.Select(m => m.Government).ToList(), "municipalities-2018.csv, municipal-changes.csv", ct);
        var ids = (await db.Governments.AsNoTracking().Where(g => g.Level == GovernmentLevel.Municipality).Select(g => new { g.Id, g.ParentId, g.NameKo }).ToListAsync(ct))
            .ToDictionary(g => (g.ParentId, g.NameKo), g => g.Id);
        await BulkRows.InsertAsync(db, missing.SelectMany(m => m.Affiliations.Select(a =>
            new GovernmentAffiliation(ids[(m.Government.ParentId, m.Government.NameKo)], provinces[a.ProvinceSgisCode].Id, a.From, a.To, m.Source))).ToList(),
            "municipal-changes.csv", ct);
        await db.SaveChangesAsync(ct); // the audit events of both sets
        return inserted;
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

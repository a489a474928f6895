using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Tanso.Data.Seeding;

namespace Tanso.Data;

/// <summary>Connects, migrates and seeds Tanso's database on either engine.</summary>
public static class TansoDatabase
{
    /// <summary>Applies pending migrations. EF Core holds a migration lock, so concurrent starts are safe.</summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(TansoDb db, CancellationToken ct = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count == 0)
        {
            // Nothing to apply: Migrate would still take its lock and compare the model with the last snapshot, about
            // a second of every restart (bench: startup-phases). WAL mode, set on the first run, stays in the file.
            return pending;
        }
        // A new SQLite database (every migration pending) is created by the shipped script of all of them (SqliteSchemaScript).
        var newSqlite = db.Database.IsSqlite() && pending.Count == db.Database.GetMigrations().Count()
            && await SqliteSchemaScript.ApplyToNewAsync(db, ct);
        if (!newSqlite)
        {
            await db.Database.MigrateAsync(ct);
        }
        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets readers continue while a request writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
        return pending;
    }

    /// <summary>Migrates, then inserts any missing reference data (a full pass, whatever seed stamp the database records).</summary>
    public static async Task<SeedResult> MigrateAndSeedAsync(TansoDb db, bool sampleData = true, CancellationToken ct = default)
    {
        await MigrateAsync(db, ct);
        return await Seeder.SeedAsync(db, sampleData, ct);
    }

    /// <summary>What the app does when it starts: migrates, then seeds unless this build's seed stamp is recorded already.</summary>
    public static async Task<SeedResult> MigrateAndSeedIfChangedAsync(TansoDb db, bool sampleData = true, CancellationToken ct = default)
    {
        await MigrateAsync(db, ct);
        return await Seeder.SeedIfChangedAsync(db, sampleData, ct);
    }
}

/// <summary>Design-time factory for <c>dotnet ef migrations add … --context SqliteTansoDb</c>.</summary>
internal sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteTansoDb>
{
    public SqliteTansoDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteTansoDb>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Design-time factory for <c>dotnet ef migrations add … --context PostgresTansoDb</c> (no server needed).</summary>
internal sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresTansoDb>
{
    public PostgresTansoDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresTansoDb>().UseNpgsql("Host=localhost;Database=tanso_design").Options);
}

using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Tanso.Data;
using Tanso.Data.Seeding;

namespace Tanso.Bench;

/// <summary>
/// Where a restart's time goes before the first request: on an existing SQLite database (made by a first run), the
/// phases of <c>MigrateAndSeedIfChangedAsync</c> timed one by one in a fresh process — model building, the pending-migration
/// check, Migrate itself, the seed-stamp check that lets a restart skip the seeding pass, and the full pass that a changed
/// stamp (or <c>tanso db seed</c>) runs.
/// </summary>
internal static class StartupPhasesBench
{
    public static async Task<int> RunAsync(string? folder)
    {
        var dir = folder ?? Directory.CreateTempSubdirectory("tanso-startup-").FullName;
        var connection = new DatabaseConnection(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(dir, "tanso.db")}");
        var clock = Stopwatch.StartNew();
        void Phase(string name)
        {
            Console.WriteLine($"{name,-44} {clock.Elapsed.TotalMilliseconds,8:N0} ms");
            clock.Restart();
        }
        await using (var db = connection.Open())
        {
            _ = db.Model;
            Phase("model built");
            var pending = await db.Database.GetPendingMigrationsAsync();
            Phase($"pending migrations ({pending.Count()})");
            await db.Database.MigrateAsync();
            Phase("Migrate (the app skips it when nothing is pending)");
            _ = await db.Governments.CountAsync();
            Phase("first query");
            var seeded = await Seeder.SeedIfChangedAsync(db, sampleData: true);
            Phase(seeded.Skipped ? "seed skipped (stamp recorded)" : $"seed ({seeded.Total} rows inserted)");
        }
        await using (var db = connection.Open())
        {
            await db.Database.MigrateAsync();
            Phase("Migrate again (warm)");
            var seeded = await Seeder.SeedAsync(db, sampleData: true);
            Phase($"full seeding pass, warm ({seeded.Total} rows inserted)");
        }
        return 0;
    }
}

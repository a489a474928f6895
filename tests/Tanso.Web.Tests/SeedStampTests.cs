using Microsoft.EntityFrameworkCore;
using Tanso.Data;
using Tanso.Data.Seeding;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests;

public sealed class SeedStampTests
{
    [Fact]
    public void TheStamp_IsTheSameWithinABuild_AndDiffersWithSampleData()
    {
        Assert.Equal(SeedStamp.Current(sampleData: true), SeedStamp.Current(sampleData: true));
        Assert.NotEqual(SeedStamp.Current(sampleData: true), SeedStamp.Current(sampleData: false));
        Assert.Equal(64, SeedStamp.Current(sampleData: false).Length);
    }

    [Fact]
    public async Task ARestartWithTheSameStamp_SkipsTheSeed_AndAChangedStamp_SeedsWhatIsMissing()
    {
        await using var database = TestDatabase.CreateEmpty();
        await using (var first = database.Open())
        {
            var seeded = await TansoDatabase.MigrateAndSeedIfChangedAsync(first, sampleData: false);
            Assert.False(seeded.Skipped);
            Assert.Equal(55, seeded.Figures);
            var run = await first.SeedRuns.SingleAsync();
            Assert.Equal((SeedStamp.Current(sampleData: false), seeded.Total), (run.Stamp, run.RowsInserted));
            // A row the seed would put back if it ran (the pass only inserts what is missing).
            var figure = await first.OfficialFigures.OrderBy(f => f.Id).FirstAsync();
            await first.OfficialFigures.Where(f => f.Id == figure.Id).ExecuteDeleteAsync();
        }

        await using (var restart = database.Open())
        {
            var seeded = await TansoDatabase.MigrateAndSeedIfChangedAsync(restart, sampleData: false);
            Assert.True(seeded.Skipped);
            Assert.Equal(54, await restart.OfficialFigures.CountAsync());
        }

        await using (var upgrade = database.Open())
        {
            // As the database of an earlier release holds it: the seed files or the seeding code have changed since.
            await upgrade.Database.ExecuteSqlRawAsync("UPDATE seed_runs SET \"Stamp\" = 'stamp-of-an-earlier-release'");
            var seeded = await TansoDatabase.MigrateAndSeedIfChangedAsync(upgrade, sampleData: false);
            Assert.False(seeded.Skipped);
            Assert.Equal((1, 1), (seeded.Figures, seeded.Total));
            Assert.Equal(55, await upgrade.OfficialFigures.CountAsync());
            Assert.Equal(["stamp-of-an-earlier-release", SeedStamp.Current(sampleData: false)],
                (await upgrade.SeedRuns.Select(r => r.Stamp).ToListAsync()).Order(StringComparer.Ordinal).Reverse().ToList());
        }
    }

    [Fact]
    public async Task TwoInstancesStartingAtOnce_OnANewDatabase_SeedItOnce()
    {
        await using var database = TestDatabase.CreateEmpty();
        // SQLite: the second writer waits on the first one's lock for as long as a seeding pass can take on a busy machine.
        var connection = new DatabaseConnection(database.Provider,
            database.Provider == DatabaseProvider.Sqlite ? database.ConnectionString + ";Default Timeout=600" : database.ConnectionString);
        await using (var db = connection.Open())
        {
            await TansoDatabase.MigrateAsync(db);
        }

        async Task<SeedResult> StartAsync()
        {
            await using var db = connection.Open();
            return await Seeder.SeedIfChangedAsync(db, sampleData: false);
        }
        var results = await Task.WhenAll(Task.Run(StartAsync), Task.Run(StartAsync));

        Assert.Equal(1, results.Count(r => r.Skipped));
        Assert.Equal(247, results.Single(r => !r.Skipped).Governments);
        await using var check = connection.Open();
        Assert.Equal(247, await check.Governments.CountAsync());
        Assert.Equal(1, await check.SeedRuns.CountAsync());
    }
}

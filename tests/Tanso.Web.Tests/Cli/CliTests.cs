using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Tanso.Cli;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Cli;

public sealed class CliTests
{
    internal static async Task<(int Exit, string Output)> Run(TestDatabase database, params string[] args)
    {
        using var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 250;
        var settings = database.Settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value));
        var exit = await TansoCli.RunAsync(args, console, Path.GetTempPath(), settings);
        return (exit, output.ToString());
    }

    [Fact]
    public async Task MigrateSeedAndList_WorkOnTheConfiguredDatabase_AndSeedIsIdempotent()
    {
        await using var database = TestDatabase.CreateEmpty();

        var migrate = await Run(database, "db", "migrate");
        var seed = await Run(database, "db", "seed");
        var again = await Run(database, "db", "seed");
        var list = await Run(database, "figures", "list", "--series", "ndc-2021", "--year", "2030");

        Assert.Equal(0, migrate.Exit);
        await using (var db = database.Open())
        {
            var all = db.Database.GetMigrations().ToList();
            Assert.Contains($"{all.Count} migration(s) applied", migrate.Output);
            Assert.All(all, m => Assert.Contains(m, migrate.Output));
        }
        Assert.Equal(0, seed.Exit);
        // No sample data from the CLI unless asked: 247 governments, 1 + 6 GIR editions, 5 series, 55 figures, 8 national lines,
        // 35 lines of 경상남도 (5 sectors × 2016–2022), and the GIR series' category lines (2006 GL 4,950; 1996 GL 4,256).
        Assert.Contains($"{247 + 1 + 6 + 5 + 55 + 8 + 35 + 4_950 + 4_256} row(s) inserted", seed.Output);
        Assert.Contains("0 row(s) inserted", again.Output);
        Assert.Equal(0, list.Exit);
        Assert.Contains("12 figure(s)", list.Output);
        Assert.Matches(@"ndc-2021\s*│\s*2030\s*│\s*power\s*│\s*전환\s*│\s*149\.9\s*│\s*verified", list.Output);
    }

    [Fact]
    public async Task ACommandOnADatabaseWithoutTansosTables_IsRefusedInOneLine_NamingWhatToRun()
    {
        await using var database = TestDatabase.CreateEmpty();

        var figures = await Run(database, "figures", "list", "--series", "ndc-2021");
        var editions = await Run(database, "inventory", "edition", "list");

        foreach (var (exit, output) in new[] { figures, editions })
        {
            Assert.Equal(1, exit);
            Assert.Contains("has no Tanso tables", output);
            Assert.Contains("tanso db seed", output);
            Assert.DoesNotContain("   at ", output); // no stack trace
        }
        await using var db = database.Open();
        Assert.Empty(await db.Database.GetAppliedMigrationsAsync()); // nothing was created on the way
    }

    [Fact]
    public async Task ACommandOnADatabaseBehindTheCode_SaysHowManyMigrationsAreMissing()
    {
        await using var database = TestDatabase.CreateEmpty();
        await using (var db = database.Open())
        {
            var migrations = db.Database.GetMigrations().ToList();
            await Microsoft.EntityFrameworkCore.Infrastructure.AccessorExtensions.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>(db)
                .MigrateAsync(migrations[^2]); // all but the last (the engines have different counts)
        }

        var (exit, output) = await Run(database, "inventory", "edition", "list");
        var migrate = await Run(database, "db", "migrate");
        var after = await Run(database, "inventory", "edition", "list");

        Assert.Equal(1, exit);
        Assert.Contains("is 1 migration(s) behind", output);
        Assert.Contains("tanso db migrate", output);
        Assert.Equal(0, migrate.Exit);
        Assert.Contains("1 migration(s) applied", migrate.Output);
        Assert.True(after.Exit == 0, after.Output);
        var scenarios = await Run(database, "scenario", "list"); // migrated, not seeded: no governments, no scenarios
        Assert.True(scenarios.Exit == 0, scenarios.Output);
    }

    [Fact]
    public async Task UnknownSeries_IsRefusedWithTheKnownOnesListed()
    {
        await using var database = TestDatabase.Create();
        await Run(database, "db", "seed");

        var (exit, output) = await Run(database, "figures", "list", "--series", "ndc-2099");

        Assert.Equal(2, exit);
        Assert.Contains("Unknown series 'ndc-2099'", output);
        Assert.Contains("scenario-2050-b", output);
    }

    [Fact]
    public async Task AnInventoryBomb_IsRefusedInWords_AndNothingIsImported()
    {
        await using var database = TestDatabase.Create();
        var file = Path.Combine(Directory.CreateTempSubdirectory("tanso-cli-bomb-").FullName, "bomb.xlsx");
        await File.WriteAllBytesAsync(file, Fuzz.BombFiles.Dimension());

        var (exit, output) = await Run(database, "inventory", "import", file, "-e", "cli-bomb", "--published", "2025-01-01", "--unit", "t", "--government", "전국");

        Assert.Equal(1, exit);
        Assert.Contains("the limit 'dimension' is 1,000,000", output, StringComparison.Ordinal);
        Assert.Contains("Nothing was imported.", output, StringComparison.Ordinal);
        await using var db = database.Open();
        Assert.False(await db.InventoryEditions.AnyAsync(e => e.Code == "cli-bomb"));
    }
}

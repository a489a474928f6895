using System.CommandLine;
using Spectre.Console;
using Tanso.Data;
using Tanso.Data.Seeding;

namespace Tanso.Cli;

internal static class DbCommands
{
    public static Command Create(CliContext context)
    {
        var migrate = new Command("migrate", "Apply pending migrations (데이터베이스 스키마 갱신)");
        migrate.SetAction(async (_, ct) =>
        {
            var connection = context.Connection();
            await using var db = connection.Open();
            var applied = await TansoDatabase.MigrateAsync(db, ct);
            context.Console.MarkupLineInterpolated($"{connection.Describe()}: {applied.Count} migration(s) applied.");
            foreach (var name in applied)
            {
                context.Console.MarkupLineInterpolated($"  [green]✓[/] {name}");
            }
            return 0;
        });

        // The CLI runs where an operator runs it, not in Development: sample data only when asked for.
        var sample = new Option<bool>("--sample-data") { Description = "Also seed the generated demonstration data (예시 데이터), as Tanso:SampleData=true does for the web app" };
        var noSample = new Option<bool>("--no-sample-data") { Description = "Do not seed the generated demonstration data (the default)" };
        var seed = new Command("seed", "Migrate, then insert missing reference data: governments, official figures, published regional data, policy news (기준 데이터 입력)") { sample, noSample };
        seed.SetAction(async (parse, ct) =>
        {
            var connection = context.Connection();
            await using var db = connection.Open();
            var result = await TansoDatabase.MigrateAndSeedAsync(db, parse.GetValue(sample) && !parse.GetValue(noSample), ct);
            Report(context.Console, connection, result);
            return 0;
        });

        return new Command("db", "Database administration") { migrate, seed };
    }

    private static void Report(IAnsiConsole console, DatabaseConnection connection, SeedResult result)
    {
        console.MarkupLineInterpolated($"{connection.Describe()}: {result.Total} row(s) inserted.");
        var table = new Table().AddColumns("data", "inserted");
        table.AddRow("governments", result.Governments.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("inventory editions", result.Editions.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("figure series", result.Series.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("official figures", result.Figures.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("inventory entries", result.InventoryEntries.ToString(System.Globalization.CultureInfo.InvariantCulture));
        console.Write(table);
    }
}

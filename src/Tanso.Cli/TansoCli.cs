using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Spectre.Console;
using Tanso.Data;

namespace Tanso.Cli;

/// <summary>The <c>tanso</c> command: administration and data work on the same database as the web app.</summary>
public static class TansoCli
{
    /// <summary>Runs the command line <paramref name="args"/>, writing to <paramref name="console"/>.
    /// <paramref name="settings"/> override every other configuration source (used by tests).</summary>
    public static async Task<int> RunAsync(string[] args, IAnsiConsole console, string workingDirectory, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var context = new CliContext(console, () => ResolveConnection(workingDirectory, settings ?? []));
        var root = new RootCommand("tanso — 탄소중립 계획·점검 플랫폼 Tanso의 명령줄 도구 (the Tanso command line)")
        {
            DbCommands.Create(context),
            FigureCommands.Create(context),
            InventoryCommands.Create(context),
            StatisticsCommands.Create(context),
            ScenarioCommands.Create(context),
        };
        try
        {
            // Exceptions come here rather than to System.CommandLine's handler, which prints a stack trace for everything.
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (InvalidOperationException e)
        {
            // A refusal the command explains (a database without Tanso's tables, a missing setting): one line.
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return 1;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A fault: the whole trace, for the report an operator sends.
            console.MarkupLineInterpolated($"[red]unexpected error:[/] {e}");
            return 70;
        }
    }

    // The same sources as the web app: appsettings.json (here, the current directory) and environment
    // variables such as Database__Provider and ConnectionStrings__Tanso.
    private static DatabaseConnection ResolveConnection(string workingDirectory, IEnumerable<KeyValuePair<string, string?>> settings)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(workingDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(settings)
            .Build();
        var options = new DatabaseOptions();
        configuration.GetSection(DatabaseOptions.Section).Bind(options);
        return DatabaseConnection.From(options, configuration.GetConnectionString(DatabaseOptions.ConnectionStringName));
    }
}

/// <summary>What every command needs: where to write and which database to open.</summary>
internal sealed record CliContext(IAnsiConsole Console, Func<DatabaseConnection> Connection)
{
    /// <summary>Opens the database for a command that reads or writes Tanso's tables. A database without the schema (a
    /// new file, a wrong path) or behind the code is refused with what to run, instead of failing on a missing table.</summary>
    public async Task<Data.TansoDb> OpenMigratedAsync(CancellationToken ct)
    {
        var connection = Connection();
        var db = connection.Open();
        try
        {
            var pending = (await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetPendingMigrationsAsync(db.Database, ct)).Count();
            var known = Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetMigrations(db.Database).Count();
            if (pending == known)
            {
                throw new InvalidOperationException(
                    $"{connection.Describe()} has no Tanso tables (Tanso 테이블이 없습니다). Create them with `tanso db seed` (or `tanso db migrate`), or point Database__DataDirectory / ConnectionStrings__Tanso at the right database.");
            }
            if (pending > 0)
            {
                throw new InvalidOperationException(
                    $"{connection.Describe()} is {pending} migration(s) behind this version of Tanso (스키마가 오래되었습니다). Run `tanso db migrate` first.");
            }
            return db;
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }
}

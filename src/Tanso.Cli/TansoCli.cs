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
            return await root.Parse(args).InvokeAsync();
        }
        catch (InvalidOperationException e)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return 1;
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
internal sealed record CliContext(IAnsiConsole Console, Func<DatabaseConnection> Connection);

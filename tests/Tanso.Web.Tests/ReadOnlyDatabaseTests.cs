using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Tanso.Web.Tests;

/// <summary>
/// The built app started as its own process on a SQLite database it may only read — the file, its folder, or the
/// shared-memory file write-ahead logging needs — refuses to start with exit code 1 and a message naming the file and
/// what to do, instead of an unhandled exception (or, with the shared-memory file, a SIGBUS). Permissions do not bind
/// root, so under root the app runs as the user nobody.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ReadOnlyDatabaseTests
{
    public static TheoryData<string, string> Cases() => new()
    {
        { "file", "tanso.db is read-only" },
        { "folder", "cannot be written" },
        { "shared memory", "tanso.db-shm is read-only" },
    };

    private const UnixFileMode Everyone = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite;
    private const UnixFileMode ReadOnly = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
    private const UnixFileMode Search = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ADatabaseTheAppMayOnlyRead_StopsTheStart_NamingTheFileAndWhatToDo_WithoutACrash(string readOnly, string said)
    {
        var folder = Directory.CreateTempSubdirectory("tanso-read-only-");
        var home = Directory.CreateTempSubdirectory("tanso-home-");
        try
        {
            var file = Path.Combine(folder.FullName, "tanso.db");
            await using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE kept(x); INSERT INTO kept VALUES (1);";
                await command.ExecuteNonQueryAsync();
            }
            File.SetUnixFileMode(home.FullName, Everyone | Search);
            File.SetUnixFileMode(file, readOnly == "file" ? ReadOnly : Everyone);
            if (readOnly == "shared memory")
            {
                await File.WriteAllBytesAsync(file + "-shm", new byte[32_768]);
                File.SetUnixFileMode(file + "-shm", ReadOnly);
            }
            File.SetUnixFileMode(folder.FullName, (readOnly == "folder" ? ReadOnly : Everyone) | Search);

            var (exitCode, output) = await StartAppAsync(folder.FullName, home.FullName);

            Assert.True(exitCode == 1, $"exit code {exitCode}:\n{output}");
            Assert.Contains("Tanso cannot start", output, StringComparison.Ordinal);
            Assert.Contains(readOnly == "folder" ? folder.FullName : file, output, StringComparison.Ordinal);
            Assert.Contains(said, output, StringComparison.Ordinal);
            Assert.Contains("Database:DataDirectory", output, StringComparison.Ordinal);
            Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(folder.FullName, Everyone | Search);
            folder.Delete(recursive: true);
            home.Delete(recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output)> StartAppAsync(string dataDirectory, string home)
    {
        var dotnet = Environment.ProcessPath is { } p && Path.GetFileNameWithoutExtension(p) == "dotnet" ? p : "dotnet";
        var root = Environment.UserName == "root";
        var start = new ProcessStartInfo(root ? "setpriv" : dotnet)
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (root)
        {
            foreach (var a in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", dotnet })
            {
                start.ArgumentList.Add(a);
            }
        }
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "Tanso.Web.dll"), "--urls", "http://127.0.0.1:0", "--Database:Provider", "Sqlite", "--Database:DataDirectory", dataDirectory })
        {
            start.ArgumentList.Add(a);
        }
        start.Environment["HOME"] = home;
        start.Environment["DOTNET_CLI_HOME"] = home;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("ConnectionStrings__Tanso");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, "still running after 120 s: " + await output);
        }
        return (process.ExitCode, await output + await errors);
    }
}

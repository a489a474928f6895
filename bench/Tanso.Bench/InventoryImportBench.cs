using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Tanso.Data;
using Tanso.Data.Inventory;

namespace Tanso.Bench;

/// <summary>
/// Imports a generated long-format CSV into a fresh SQLite database through Tanso's importer (read,
/// validate every row, write all or nothing), and times sqlite3's own ".import" of the same file into a
/// bare table in the same run.
/// </summary>
internal static class InventoryImportBench
{
    public static async Task<int> RunAsync(int rows)
    {
        var folder = Directory.CreateTempSubdirectory("tanso-bench-").FullName;
        try
        {
            var tansoDb = Path.Combine(folder, "tanso.db");
            var connection = new DatabaseConnection(DatabaseProvider.Sqlite, $"Data Source={tansoDb}");
            await using (var setup = connection.Open())
            {
                await TansoDatabase.MigrateAndSeedAsync(setup, sampleData: false);
            }
            var csv = Path.Combine(folder, "synthetic-inventory.csv");
            await using (var db = connection.Open())
            {
                SyntheticInventory.Write(csv, SyntheticInventory.Names(await db.Governments.AsNoTracking().ToListAsync()), rows);
            }
            if (Environment.GetEnvironmentVariable("TANSO_BENCH_KEEP") is { Length: > 0 } keep)
            {
                File.Copy(csv, keep, overwrite: true);
            }
            Console.WriteLine($"SYNTHETIC data: {rows:N0} rows, {new FileInfo(csv).Length / 1024 / 1024} MB ({csv})");

            var sqlite = Stopwatch.StartNew();
            var bare = Path.Combine(folder, "bare.db");
            using (var process = Process.Start(new ProcessStartInfo("sqlite3", [bare, ".mode csv", $".import {csv} inventory"]) { RedirectStandardError = true })!)
            {
                await process.WaitForExitAsync();
                if (process.ExitCode != 0)
                {
                    Console.Error.WriteLine("sqlite3 failed: " + await process.StandardError.ReadToEndAsync());
                    return 1;
                }
            }
            sqlite.Stop();

            // Like for like: the same file into a table with Tanso's unique key, which is what keeps an
            // edition from holding a value twice.
            var indexed = Stopwatch.StartNew();
            var keyed = Path.Combine(folder, "keyed.db");
            var script = "CREATE TABLE inventory (government TEXT, sector TEXT, sub_sector TEXT, gas TEXT, year INTEGER, value_tco2eq TEXT);\n" +
                "CREATE UNIQUE INDEX k ON inventory (government, sector, sub_sector, gas, year);\n.mode csv\n" + $".import --skip 1 {csv} inventory\n";
            using (var process = Process.Start(new ProcessStartInfo("sqlite3", [keyed]) { RedirectStandardInput = true, RedirectStandardError = true })!)
            {
                await process.StandardInput.WriteAsync(script);
                process.StandardInput.Close();
                await process.WaitForExitAsync();
            }
            indexed.Stop();

            var check = Stopwatch.StartNew();
            await using (var db = connection.Open())
            {
                await using var file = File.OpenRead(csv);
                await InventoryImporter.RunAsync(db, "synthetic-inventory.csv", file,
                    new EditionSpec("bench-dry", "SYNTHETIC", null, "Tanso.Bench", new DateOnly(2026, 1, 1), "synthetic", "bench"), new ImportOptions(), _ => true, dryRun: true);
            }
            check.Stop();

            var tanso = Stopwatch.StartNew();
            ImportResult result;
            await using (var db = connection.Open())
            {
                // Streamed from the file: read, checked and written in one pass.
                await using var file = File.OpenRead(csv);
                result = await InventoryImporter.RunAsync(db, "synthetic-inventory.csv", file,
                    new EditionSpec("bench", "SYNTHETIC benchmark edition", null, "Tanso.Bench", new DateOnly(2026, 1, 1), "synthetic", "bench/Tanso.Bench"),
                    new ImportOptions(), _ => true, dryRun: false);
            }
            tanso.Stop();
            if (!result.Committed)
            {
                Console.Error.WriteLine($"import refused: {result.Problems.Count} problems, first: {result.Problems[0]}");
                return 1;
            }
            Console.WriteLine($"sqlite3 .import (bare table, no checks): {sqlite.Elapsed.TotalSeconds:F2} s");
            Console.WriteLine($"sqlite3 .import (table with the same unique key, no checks): {indexed.Elapsed.TotalSeconds:F2} s");
            Console.WriteLine($"tanso import (validated, indexed, one transaction): {tanso.Elapsed.TotalSeconds:F2} s, {result.Report.Entries:N0} entries");
            Console.WriteLine($"peak working set of the process: {Environment.WorkingSet / 1024 / 1024} MB now, {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB peak");
            Console.WriteLine($"  of which reading and checking (a dry run alone): {check.Elapsed.TotalSeconds:F2} s");
            Console.WriteLine($"ratio to the bare table: {tanso.Elapsed.TotalSeconds / sqlite.Elapsed.TotalSeconds:F2}x (target at most 1.5x)");
            Console.WriteLine($"ratio to the keyed table: {tanso.Elapsed.TotalSeconds / indexed.Elapsed.TotalSeconds:F2}x (target at most 1.3x)");
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

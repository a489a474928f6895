using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Tanso.Data;
using Tanso.Data.Inventory;

namespace Tanso.Bench;

/// <summary>
/// Imports a generated long-format CSV into a fresh SQLite database through Tanso's importer (read,
/// validate every row, write all or nothing), and times sqlite3's own ".import" of the same file into a
/// bare table and into a table with the same unique key in the same run, in wall and CPU time.
/// </summary>
internal static class InventoryImportBench
{
    private sealed record Measured<T>(T Value, double Wall, double Cpu, string Gc = "");

    // Wall time and the CPU time of this process (every thread: reader, writer, GC): on a machine shared with other
    // work the wall time includes time the process was not scheduled, the CPU time does not.
    private static async Task<Measured<T>> MeasureAsync<T>(Func<Task<T>> work)
    {
        using var self = Process.GetCurrentProcess();
        var cpu = self.TotalProcessorTime;
        var (gen0, gen1, gen2, pause) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        var wall = Stopwatch.StartNew();
        var value = await work();
        wall.Stop();
        self.Refresh();
        var gc = $"GC {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}, paused {(GC.GetTotalPauseDuration() - pause).TotalSeconds:F2} s";
        return new Measured<T>(value, wall.Elapsed.TotalSeconds, (self.TotalProcessorTime - cpu).TotalSeconds, gc);
    }

    // sqlite3 under /usr/bin/time, which reports the child's wall and CPU time.
    private static async Task<Measured<int>> SqliteAsync(string database, string script)
    {
        var times = database + ".time";
        using var process = Process.Start(new ProcessStartInfo("/usr/bin/time", ["-f", "%e %U %S", "-o", times, "sqlite3", database])
        {
            RedirectStandardInput = true, RedirectStandardError = true,
        })!;
        await process.StandardInput.WriteAsync(script);
        process.StandardInput.Close();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0 || errors.Length > 0)
        {
            throw new InvalidOperationException("sqlite3 failed: " + errors);
        }
        var t = File.ReadAllText(times).Trim().Split(' ').Select(x => double.Parse(x, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return new Measured<int>(0, t[0], t[1] + t[2]);
    }

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

            if (Environment.GetEnvironmentVariable("TANSO_STAGE") is { Length: > 0 } stage)
            {
                for (var i = 0; i < 2; i++)
                {
                    var dry = await MeasureAsync(async () =>
                    {
                        await using var db = connection.Open();
                        await using var file = File.OpenRead(csv);
                        return await InventoryImporter.RunAsync(db, "synthetic-inventory.csv", file,
                            new EditionSpec("bench-dry", "SYNTHETIC", null, "Tanso.Bench", new DateOnly(2026, 1, 1), "synthetic", "bench"), new ImportOptions(), _ => true, dryRun: true);
                    });
                    Console.WriteLine($"stage {stage}: {dry.Wall:F2} s, CPU {dry.Cpu:F2} s {dry.Gc}");
                }
                return 0;
            }
            var bare = await SqliteAsync(Path.Combine(folder, "bare.db"), $".mode csv\n.import {csv} inventory\n");
            // Like for like: the same file into a table with Tanso's unique key, which is what keeps an edition from
            // holding a value twice. Run before and after Tanso's import, so that a change in the machine's load
            // during the run shows.
            var keyedScript = "CREATE TABLE inventory (government TEXT, sector TEXT, sub_sector TEXT, gas TEXT, year INTEGER, value_tco2eq TEXT);\n" +
                "CREATE UNIQUE INDEX k ON inventory (government, sector, sub_sector, gas, year);\n.mode csv\n" + $".import --skip 1 {csv} inventory\n";
            var keyedBefore = await SqliteAsync(Path.Combine(folder, "keyed-1.db"), keyedScript);

            var parse = await MeasureAsync(async () =>
            {
                await using var file = File.OpenRead(csv);
                var cells = 0L;
                foreach (var (_, row) in TabularReader.ReadRaw("synthetic-inventory.csv", file).Rows)
                {
                    cells += row.Length;
                }
                return cells;
            });
            var check = await MeasureAsync(async () =>
            {
                await using var db = connection.Open();
                await using var file = File.OpenRead(csv);
                return await InventoryImporter.RunAsync(db, "synthetic-inventory.csv", file,
                    new EditionSpec("bench-dry", "SYNTHETIC", null, "Tanso.Bench", new DateOnly(2026, 1, 1), "synthetic", "bench"), new ImportOptions(), _ => true, dryRun: true);
            });
            GC.Collect();
            var tanso = await MeasureAsync(async () =>
            {
                await using var db = connection.Open();
                // Streamed from the file: read, checked and written in one pass.
                await using var file = File.OpenRead(csv);
                return await InventoryImporter.RunAsync(db, "synthetic-inventory.csv", file,
                    new EditionSpec("bench", "SYNTHETIC benchmark edition", null, "Tanso.Bench", new DateOnly(2026, 1, 1), "synthetic", "bench/Tanso.Bench"),
                    new ImportOptions(), _ => true, dryRun: false);
            });
            var keyedAfter = await SqliteAsync(Path.Combine(folder, "keyed-2.db"), keyedScript);
            if (!tanso.Value.Committed)
            {
                Console.Error.WriteLine($"import refused: {tanso.Value.Problems.Count} problems, first: {tanso.Value.Problems[0]}");
                return 1;
            }
            var keyedWall = (keyedBefore.Wall + keyedAfter.Wall) / 2;
            var keyedCpu = (keyedBefore.Cpu + keyedAfter.Cpu) / 2;
            using var self = Process.GetCurrentProcess();
            Console.WriteLine($"load average at the end: {File.ReadAllText("/proc/loadavg").Trim()} (2 cores)");
            Console.WriteLine("                                                         wall      CPU (user+sys)");
            Console.WriteLine($"sqlite3 .import, bare table, no checks                 {bare.Wall,6:F2} s  {bare.Cpu,6:F2} s");
            Console.WriteLine($"sqlite3 .import, table with the same unique key, before {keyedBefore.Wall,5:F2} s  {keyedBefore.Cpu,6:F2} s");
            Console.WriteLine($"sqlite3 .import, table with the same unique key, after  {keyedAfter.Wall,5:F2} s  {keyedAfter.Cpu,6:F2} s");
            Console.WriteLine($"tanso: reading the CSV into cells alone                {parse.Wall,6:F2} s  {parse.Cpu,6:F2} s  {parse.Gc}");
            Console.WriteLine($"tanso: reading and checking every row (dry run)        {check.Wall,6:F2} s  {check.Cpu,6:F2} s  {check.Gc}");
            Console.WriteLine($"tanso import: read, check, write in one transaction   {tanso.Wall,6:F2} s  {tanso.Cpu,6:F2} s  ({tanso.Value.Report.Entries:N0} entries, {tanso.Gc})");
            Console.WriteLine($"peak working set of the bench process: {self.PeakWorkingSet64 / 1024 / 1024} MB (target < 400 MB)");
            Console.WriteLine($"ratio to the keyed table (mean of before and after): wall {tanso.Wall / keyedWall:F2}x, CPU {tanso.Cpu / keyedCpu:F2}x (target at most 1.3x)");
            Console.WriteLine($"ratio to the bare table: wall {tanso.Wall / bare.Wall:F2}x, CPU {tanso.Cpu / bare.Cpu:F2}x");
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

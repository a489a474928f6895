using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using DuckDB.NET.Data;
using Tanso.Core.Checks;

namespace Tanso.Bench;

/// <summary>
/// The national check against an analytical engine, in one run: the SYNTHETIC workload of <see cref="NationalCheckBench"/>
/// is checked by Tanso.Core (all cores, each government's result released once summarised), and the same year's rows —
/// every KPI with its target, its twelve monthly readings, every task's December status, planned budget and twelve
/// monthly budget lines — are loaded into DuckDB in process, where one SQL query does the per-row arithmetic of the check:
/// each KPI's actual (latest reported month), its achievement by the same three rules and cap, each task's weighted
/// score and grade (with its qualitative score, 60/40), and per government the task mean and the budget execution. Both
/// results are compared government by government before any time is reported.
/// </summary>
internal static class NationalCheckDuckDbBench
{
    private const int Runs = 10;

    public static int Run(int seed)
    {
        Console.WriteLine($"SYNTHETIC data: {SyntheticChecks.Label}, seed {seed}; {Environment.ProcessorCount} cores, "
            + $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC, load average {string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3))}");
        var nation = SyntheticChecks.Generate(seed);
        var year = SyntheticChecks.LastYear;
        var check = new NationalCheck(nation.Rubric, year, new DateOnly(year + 1, 7, 1));

        using var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        var load = Stopwatch.StartNew();
        var rows = NationalCheckRows.Load(duck, nation, year);
        load.Stop();
        Console.WriteLine($"DuckDB {duck.ServerVersion}: loaded {rows:N0} rows of {year} in {load.ElapsedMilliseconds:N0} ms (not part of either time)");

        if (!Agree(nation, check, duck, year))
        {
            return 1;
        }
        var fingerprint = check.Run(nation, -1, keepAll: false).Fingerprint;
        // All cores each, then one core each: on a shared machine the one-core pair is the steadier comparison.
        foreach (var (label, degree) in new[] { ($"all {Environment.ProcessorCount} cores", -1), ("one core", 1) })
        {
            Execute(duck, $"SET threads = {(degree < 0 ? Environment.ProcessorCount : degree)}");
            var tanso = Time(() =>
            {
                if (check.Run(nation, degree, keepAll: false).Fingerprint != fingerprint)
                {
                    throw new InvalidOperationException("the national check gave a different result");
                }
            });
            var duckdb = Time(() => NationalCheckRows.Query(duck));
            var ratio = tanso.Median / duckdb.Median;
            Console.WriteLine($"{label}: Tanso national check (everything): {tanso}");
            Console.WriteLine($"{label}: DuckDB, the same per-row arithmetic in SQL: {duckdb}");
            Console.WriteLine($"{label}: ratio Tanso ÷ DuckDB {ratio:F2}× (target ≤ 1.5×: {(ratio <= 1.5 ? "met" : "NOT met")})");
        }
        return 0;
    }

    /// <summary>Both ways give each government the same task mean, budget execution and task grades.</summary>
    private static bool Agree(SyntheticNation nation, NationalCheck check, DuckDBConnection duck, int year)
    {
        var sql = NationalCheckRows.Query(duck).ToDictionary(g => g.Government);
        var (worstMean, worstBudget, gradeDiffs) = (0.0, 0.0, 0L);
        foreach (var government in nation.Governments)
        {
            var e = check.Check(government);
            var d = sql[government.Id];
            var mean = (double?)e.Quantitative[QuantitativeComponentKind.Tasks].Value;
            var budget = (double?)e.Quantitative[QuantitativeComponentKind.Budget].Value;
            if (mean.HasValue != d.TasksMean.HasValue || budget.HasValue != d.BudgetRate.HasValue)
            {
                Console.Error.WriteLine($"government {government.Id}: Tanso {mean}/{budget}, DuckDB {d.TasksMean}/{d.BudgetRate}");
                return false;
            }
            worstMean = Math.Max(worstMean, Math.Abs((mean ?? 0) - (d.TasksMean ?? 0)));
            worstBudget = Math.Max(worstBudget, Math.Abs((budget ?? 0) - (d.BudgetRate ?? 0)));
            var grades = e.TaskGrades.OfType<CombinedScore>().GroupBy(g => g.Grade.En).ToDictionary(g => g.Key, g => g.Count());
            gradeDiffs += NationalCheckRows.Bands.Select((band, i) => Math.Abs(grades.GetValueOrDefault(band) - d.Grades[i])).Sum();
        }
        Console.WriteLine($"agreement over {nation.Governments.Count} governments of {year}: task mean within {worstMean:E1} points, "
            + $"budget execution within {worstBudget:E1} points, {gradeDiffs} task grades different (decimal in Tanso, double in DuckDB)");
        // Different grades may only come from a score a rounding away from a band's edge.
        return worstMean < 1e-6 && worstBudget < 1e-6 && gradeDiffs <= 2;
    }

    private static void Execute(DuckDBConnection duck, string sql)
    {
        using var command = duck.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private readonly record struct Timing(double Median, double Min, double Max)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"median {Median:F1} ms (min {Min:F1}, max {Max:F1}; {Runs} runs)");
    }

    private static Timing Time(Action run)
    {
        run();
        var times = new double[Runs];
        for (var i = 0; i < Runs; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var watch = Stopwatch.StartNew();
            run();
            times[i] = watch.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        return new((times[(Runs - 1) / 2] + times[Runs / 2]) / 2, times[0], times[^1]);
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;

namespace Tanso.Bench;

/// <summary>
/// Times a full national check of the last year of the SYNTHETIC workload. Generation is timed once; then for
/// each case (all cores or one; each government's result released once summarised, or all kept to the end) a
/// warm-up and ten timed runs, with a full collection before each outside the timing. Every run of every case
/// must give the same roll-up.
/// </summary>
internal static class NationalCheckBench
{
    private const int Runs = 10;
    private const double TargetMs = 1000;

    public static int Run(int seed)
    {
        Console.WriteLine($"SYNTHETIC data: {SyntheticChecks.Label}, seed {seed}");
        Console.WriteLine($"{RuntimeInformation.FrameworkDescription}, {Environment.ProcessorCount} cores, {(GCSettings.IsServerGC ? "server" : "workstation")} GC"
            + (File.Exists("/proc/loadavg") ? $", load average {string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3))} (other work slows every figure)" : ""));
        var generation = Stopwatch.StartNew();
        var nation = SyntheticChecks.Generate(seed);
        generation.Stop();
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"generated in {generation.ElapsedMilliseconds:N0} ms, heap {heap / 1024 / 1024:N0} MB: "
            + $"{nation.Governments.Count} governments ({SyntheticChecks.Provinces} 광역 + {SyntheticChecks.Municipalities} 기초), {nation.TaskCount:N0} tasks, "
            + $"{nation.KpiCount:N0} KPIs, {nation.KpiReadingCount:N0} monthly KPI readings ({nation.KpiReadingsReported:N0} reported), "
            + $"{nation.TaskCount * (long)SyntheticChecks.Months:N0} task-months, {nation.NationalTasks.Count} national tasks");

        var year = SyntheticChecks.LastYear;
        var check = new NationalCheck(nation.Rubric, year, new DateOnly(year + 1, 7, 1));
        var first = check.Run(nation, -1, keepAll: false);
        var cores = $"all {Environment.ProcessorCount} cores";
        var medians = new List<double>();
        foreach (var (label, degree, keepAll) in new[] { (cores, -1, false), ("one core", 1, false), (cores + ", all results kept", -1, true), ("one core, all results kept", 1, true) })
        {
            if (Measure(check, nation, degree, keepAll, first.Fingerprint, $"national check {year}, {label}") is not { } median)
            {
                return 1;
            }
            medians.Add(median);
        }

        Console.WriteLine($"per run: {first.Governments} governments, {first.Tasks:N0} task scores and grades, {first.Kpis:N0} KPI achievements, "
            + $"{first.KpiReadings:N0} monthly KPI readings of {year} ({first.KpiReadingsReported:N0} reported), {first.Tasks * 12L:N0} monthly budget lines");
        foreach (var line in first.Lines())
        {
            Console.WriteLine("  " + line);
        }
        Console.WriteLine($"target < {TargetMs:N0} ms on all cores: {(medians[0] < TargetMs ? "met" : "NOT met")} (median {medians[0]:N0} ms; {medians[2]:N0} ms with all results kept)");
        return 0;
    }

    private static double? Measure(NationalCheck check, SyntheticNation nation, int degree, bool keepAll, string fingerprint, string label)
    {
        check.Run(nation, degree, keepAll);
        var times = new double[Runs];
        var (pauses, allocated, collections) = (TimeSpan.Zero, 0L, new int[3]);
        for (var i = 0; i < Runs; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var (pause, bytes, counts) = (GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes(precise: true), Collections());
            var watch = Stopwatch.StartNew();
            var result = check.Run(nation, degree, keepAll);
            times[i] = watch.Elapsed.TotalMilliseconds;
            (pauses, allocated) = (pauses + GC.GetTotalPauseDuration() - pause, allocated + GC.GetTotalAllocatedBytes(precise: true) - bytes);
            var after = Collections();
            for (var g = 0; g < 3; g++)
            {
                collections[g] += after[g] - counts[g];
            }
            if (result.Fingerprint != fingerprint)
            {
                Console.Error.WriteLine($"run {i + 1} of {label} gave a different result: {result.Fingerprint} instead of {fingerprint}");
                return null;
            }
        }
        Array.Sort(times);
        var median = (times[(Runs - 1) / 2] + times[Runs / 2]) / 2;
        Console.WriteLine($"{label}: median {median:N0} ms, min {times[0]:N0} ms, max {times[^1]:N0} ms (runs: {string.Join(" ", times.Select(t => t.ToString("F0", CultureInfo.InvariantCulture)))})");
        Console.WriteLine($"  per run: {allocated / Runs / 1024 / 1024:N0} MB allocated, GC paused {pauses.TotalMilliseconds / Runs:N0} ms "
            + $"(collections gen0/1/2: {string.Join("/", collections.Select(c => (c / (double)Runs).ToString("0.#", CultureInfo.InvariantCulture)))})");
        return median;
    }

    private static int[] Collections() => [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
}

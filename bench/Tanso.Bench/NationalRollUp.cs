using System.Globalization;
using Tanso.Core.Checks;
using Tanso.Core.Governments;
using Tanso.Core.Sectors;

namespace Tanso.Bench;

/// <summary>Scores of one level of government (광역, 기초, or all).</summary>
internal sealed record LevelSummary(string Level, int Governments, decimal? MeanOverall, decimal? MeanQuantitative, decimal? MeanQualitative);

/// <summary>A sector's emissions added up over the governments that reported its actual.</summary>
internal sealed record NationalSector(string Sector, int Governments, EmissionsPerformance Performance);

/// <summary>The national roll-up of a yearly check.</summary>
internal sealed record NationalRollUp(
    int Governments, int Tasks, int Kpis, long KpiReadings, long KpiReadingsReported, int UnreportedKpis,
    IReadOnlyDictionary<TaskScoreRule, int> TaskRules, IReadOnlyDictionary<string, int> OverallGrades,
    IReadOnlyDictionary<string, int> TaskGrades, IReadOnlyDictionary<string, int> SectorGrades, IReadOnlyList<LevelSummary> Levels,
    int LaggingTasks, IReadOnlyDictionary<LaggingRule, int> LaggingReasons, int CriteriaNeedingCalibration, int WithoutQualitative,
    int WithoutEmissionsTotal, IReadOnlyList<NationalSector> Sectors, IReadOnlyList<MinistryMonth> TaskForce)
{
    public static NationalRollUp Of(IReadOnlyList<GovernmentSummary> governments, IReadOnlyList<MinistryMonth> taskForce)
    {
        var levels = new[] { GovernmentLevel.Province, GovernmentLevel.Municipality }
            .Select(level => Summary(level == GovernmentLevel.Province ? "광역 (province)" : "기초 (municipality)", governments.Where(g => g.Level == level).ToList()))
            .Append(Summary("all", governments)).ToList();
        var sectors = governments.SelectMany(g => g.Sectors).Where(s => s.Actual is not null).GroupBy(s => s.Sector!.Value)
            .OrderBy(g => SectorTaxonomy.Get(g.Key).Order)
            .Select(g => new NationalSector(g.Key.Value, g.Count(), EmissionsPerformance.Total(g))).ToList();
        return new(
            governments.Count, governments.Sum(g => g.Tasks), governments.Sum(g => g.Kpis), governments.Sum(g => (long)g.KpiReadings),
            governments.Sum(g => (long)g.KpiReadingsReported), governments.Sum(g => g.UnreportedKpis), Enums<TaskScoreRule>(governments.Select(g => g.TaskRules)),
            Grades(governments.Select(g => Single(g.OverallGrade))), Grades(governments.Select(g => g.TaskGrades)), Grades(governments.Select(g => g.SectorGrades)),
            levels, governments.Sum(g => g.Lagging), Enums<LaggingRule>(governments.Select(g => g.LaggingReasons)),
            governments.Sum(g => g.CriteriaNeedingCalibration), governments.Count(g => g.Qualitative is null),
            governments.Count(g => !g.HasEmissionsTotal), sectors, taskForce);
    }

    /// <summary>A line that changes if any result changes, to compare runs.</summary>
    public string Fingerprint => string.Join(" ", Levels.Select(l => F(l.MeanOverall, "0.##########")))
        + $" lagging {LaggingTasks} grades {string.Join(",", OverallGrades.Values)} tasks {string.Join(",", TaskGrades.Values)}";

    public IEnumerable<string> Lines()
    {
        yield return $"tasks by rule: {string.Join(", ", TaskRules.Select(p => $"{p.Key} {p.Value:N0}"))}; unreported KPIs {UnreportedKpis:N0}";
        yield return $"overall grades: {Join(OverallGrades)} (no qualitative score: {WithoutQualitative}, no emissions total: {WithoutEmissionsTotal})";
        yield return $"task grades: {Join(TaskGrades)}";
        yield return $"sector grades: {Join(SectorGrades)}";
        foreach (var l in Levels)
        {
            yield return $"{l.Level}: {l.Governments} governments, mean overall {F(l.MeanOverall)}, quantitative {F(l.MeanQuantitative)}, qualitative {F(l.MeanQualitative)}";
        }
        yield return $"lagging tasks: {LaggingTasks:N0} ({string.Join(", ", LaggingReasons.Select(p => $"{p.Key} {p.Value:N0}"))}); criteria needing calibration: {CriteriaNeedingCalibration}";
        yield return "national sectors: " + string.Join(", ", Sectors.Select(s => $"{s.Sector} {F(s.Performance.Achievement.UncappedPercent)} % ({s.Governments})"));
        yield return $"task force: {TaskForce.Count} ministries, {TaskForce.Sum(m => m.Changes.Count)} tasks ({TaskForce.Sum(m => m.CountOf(StatusChange.Improved))} improved, "
            + $"{TaskForce.Sum(m => m.CountOf(StatusChange.Worsened))} worsened, {TaskForce.Sum(m => m.CountOf(StatusChange.New))} new), "
            + $"{TaskForce.Sum(m => m.Overdue.Count)} overdue, {TaskForce.Sum(m => m.Missing.Count)} missing";
    }

    private static LevelSummary Summary(string level, IReadOnlyList<GovernmentSummary> governments) => new(level, governments.Count,
        Mean(governments.Select(g => g.Overall)), Mean(governments.Select(g => g.Quantitative)), Mean(governments.Select(g => g.Qualitative)));

    private static decimal? Mean(IEnumerable<decimal?> values)
    {
        var present = values.OfType<decimal>().ToList();
        return present.Count == 0 ? null : present.Average();
    }

    private static int[] Single(int band)
    {
        var counts = new int[GradeScale.Default.Bands.Count + 1];
        counts[band] = 1;
        return counts;
    }

    private static Dictionary<string, int> Grades(IEnumerable<int[]> counts)
    {
        var labels = GradeScale.Default.Bands.Select(b => b.Ko).Append("(none)").ToList();
        var sums = Sum(counts, labels.Count);
        return labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => sums[p.i]);
    }

    private static Dictionary<T, int> Enums<T>(IEnumerable<int[]> counts)
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        var sums = Sum(counts, values.Length);
        return values.ToDictionary(v => v, v => sums[Convert.ToInt32(v, CultureInfo.InvariantCulture)]);
    }

    private static int[] Sum(IEnumerable<int[]> counts, int length)
    {
        var sums = new int[length];
        foreach (var c in counts)
        {
            for (var i = 0; i < length; i++)
            {
                sums[i] += c[i];
            }
        }
        return sums;
    }

    private static string Join(IReadOnlyDictionary<string, int> counts) => string.Join(", ", counts.Select(p => $"{p.Key} {p.Value:N0}"));

    private static string F(decimal? value, string format = "0.00") => value?.ToString(format, CultureInfo.InvariantCulture) ?? "—";
}

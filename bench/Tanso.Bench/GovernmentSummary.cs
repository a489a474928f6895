using Tanso.Core.Checks;
using Tanso.Core.Governments;

namespace Tanso.Bench;

/// <summary>What the national roll-up needs of one government's check: counts per grade (the scale's bands, then
/// "no grade"), per task rule and per lagging rule, the three scores, and the sector readings.</summary>
internal sealed record GovernmentSummary(
    GovernmentLevel Level, int Tasks, int Kpis, int KpiReadings, int KpiReadingsReported, int UnreportedKpis, int[] TaskRules,
    int OverallGrade, decimal? Overall, decimal? Quantitative, decimal? Qualitative, int[] TaskGrades, int[] SectorGrades,
    int Lagging, int[] LaggingReasons, int CriteriaNeedingCalibration, bool HasEmissionsTotal, IReadOnlyList<EmissionsReading> Sectors)
{
    public static GovernmentSummary Of(GovernmentCheck check)
    {
        var (taskRules, laggingReasons) = (new int[Enum.GetValues<TaskScoreRule>().Length], new int[Enum.GetValues<LaggingRule>().Length]);
        var unreported = 0;
        foreach (var task in check.Tasks)
        {
            taskRules[(int)task.Rule]++;
            unreported += task.UnreportedKpis.Count;
        }
        foreach (var reason in check.Lagging.SelectMany(l => l.Reasons))
        {
            laggingReasons[(int)reason.Rule]++;
        }
        var g = check.Government;
        return new(g.Level, check.Tasks.Count, g.KpiCount, check.KpiReadings, check.KpiReadingsReported, unreported, taskRules,
            Band(check.Overall), check.Overall?.Score, check.Quantitative.Score, check.Qualitative?.Score, Counts(check.TaskGrades), Counts(check.SectorGrades),
            check.Lagging.Count, laggingReasons, check.Qualitative?.NeedingCalibration.Count ?? 0, check.Total.ScorePercent is not null,
            check.Sectors.Select(s => s.Reading).ToList());
    }

    /// <summary>The index of a grade in the default scale; one past the lowest band for no grade.</summary>
    public static int Band(CombinedScore? score) => score is null ? GradeScale.Default.Bands.Count : IndexOf(score.Grade);

    private static int IndexOf(GradeBand grade)
    {
        var bands = GradeScale.Default.Bands;
        for (var i = 0; i < bands.Count; i++)
        {
            if (ReferenceEquals(bands[i], grade))
            {
                return i;
            }
        }
        throw new ArgumentException($"Grade {grade.Ko} is not of the default scale.", nameof(grade));
    }

    private static int[] Counts(IEnumerable<CombinedScore?> grades)
    {
        var counts = new int[GradeScale.Default.Bands.Count + 1];
        foreach (var g in grades)
        {
            counts[Band(g)]++;
        }
        return counts;
    }
}

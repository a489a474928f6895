using Tanso.Core.Inventory;
using Tanso.Core.Checks;
using Tanso.Core.Governments;
using Tanso.Core.Plans;

namespace Tanso.Bench;

/// <summary>
/// One SYNTHETIC government (see <see cref="SyntheticChecks.Label"/>): its plan with tasks, budgets and KPI
/// targets as the plan domain holds them, and ten years of monthly progress reports stored compactly, because
/// 243 governments hold about 11.6 million KPI readings: a status byte and the budget executed (thousand KRW)
/// per task and month, and an actual in hundredths per KPI and month (<see cref="SyntheticChecks.NotReported"/>
/// when the month's report left it out).
/// </summary>
internal sealed class SyntheticGovernment
{
    public required int Id { get; init; }

    public required string Name { get; init; }

    public required GovernmentLevel Level { get; init; }

    /// <summary>The plan; its tasks are all of level <see cref="TaskLevel.Task"/>, each with a sector.</summary>
    public required Plan Plan { get; init; }

    /// <summary>Per KPI in task order, then the task's KPI order: how its achievement is measured.</summary>
    public required AchievementMode[] KpiModes { get; init; }

    /// <summary>Per KPI: its weight within its task.</summary>
    public required byte[] KpiWeights { get; init; }

    /// <summary>The index of each task's first KPI; one entry more than there are tasks.</summary>
    public required int[] KpiOffsets { get; init; }

    /// <summary>[task × months + month]: the reported <see cref="TaskProgressStatus"/>.</summary>
    public required byte[] Statuses { get; init; }

    /// <summary>[task × months + month]: budget executed that month, in thousand KRW.</summary>
    public required int[] ExecutedThousandKrw { get; init; }

    /// <summary>[KPI × months + month]: the reported actual in hundredths, or <see cref="SyntheticChecks.NotReported"/>.</summary>
    public required int[] ActualHundredths { get; init; }

    /// <summary>[task × years + year]: a qualitative score of the task given by evaluators, 0 when none was given.</summary>
    public required byte[] TaskQualitative { get; init; }

    /// <summary>The government's inventory: every sector's line of the base year and of 2016–2025 (one synthetic edition).</summary>
    public required InventorySummary Inventory { get; init; }

    /// <summary>[year]: every evaluator's score of every rubric criterion (empty when not yet evaluated).</summary>
    public required EvaluatorScore[][] Evaluations { get; init; }

    public int TaskCount => Plan.Tasks.Count;

    public int KpiCount => KpiOffsets[^1];

    public static int MonthIndex(int year, int month) => (year - SyntheticChecks.FirstYear) * 12 + month - 1;

    public TaskProgressStatus StatusOf(int task, int year, int month) =>
        (TaskProgressStatus)Statuses[task * SyntheticChecks.Months + MonthIndex(year, month)];

    /// <summary>The budget executed over the year's twelve monthly reports, in KRW.</summary>
    public decimal ExecutedKrw(int task, int year)
    {
        var months = ExecutedThousandKrw.AsSpan(task * SyntheticChecks.Months + MonthIndex(year, 1), 12);
        long sum = 0;
        foreach (var m in months)
        {
            sum += m;
        }
        return sum * 1000m;
    }

    /// <summary>The year's actual of a KPI — the latest month that reported it, null when none did — and how many
    /// of the twelve monthly reports gave it.</summary>
    public (decimal? Latest, int ReportedMonths) YearActual(int kpi, int year)
    {
        var months = ActualHundredths.AsSpan(kpi * SyntheticChecks.Months + MonthIndex(year, 1), 12);
        int? latest = null;
        var reported = 0;
        foreach (var m in months)
        {
            if (m != SyntheticChecks.NotReported)
            {
                (latest, reported) = (m, reported + 1);
            }
        }
        return (latest is { } v ? SyntheticChecks.Hundredths(v) : null, reported);
    }

    public decimal? TaskQualitativeOf(int task, int year) =>
        TaskQualitative[task * SyntheticChecks.Years + year - SyntheticChecks.FirstYear] is var q and > 0 ? q : null;
}

/// <summary>A SYNTHETIC national task as the task force reviews it month by month.</summary>
/// <param name="FirstMonth">The first month index it appears in the review (0 = January of the first year).</param>
/// <param name="LastMonth">The last month index it appears in.</param>
/// <param name="Statuses">Per month index: the reported <see cref="TaskProgressStatus"/>.</param>
internal sealed record SyntheticNationalTask(string Code, string Name, string Ministry, DateOnly DueOn, int FirstMonth, int LastMonth, byte[] Statuses)
{
    /// <summary>Its status in a month's review, or null when it is not in that review.</summary>
    public NationalTaskStatus? In(int year, int month) =>
        SyntheticGovernment.MonthIndex(year, month) is var m && m >= FirstMonth && m <= LastMonth
            ? new(Code, Name, Ministry, (TaskProgressStatus)Statuses[m], DueOn)
            : null;
}

/// <summary>The whole SYNTHETIC workload.</summary>
internal sealed record SyntheticNation(string Label, int Seed, Rubric Rubric, IReadOnlyList<SyntheticGovernment> Governments,
    IReadOnlyList<SyntheticNationalTask> NationalTasks)
{
    public int TaskCount => Governments.Sum(g => g.TaskCount);

    public int KpiCount => Governments.Sum(g => g.KpiCount);

    /// <summary>Monthly KPI readings stored, reported or not.</summary>
    public long KpiReadingCount => (long)KpiCount * SyntheticChecks.Months;

    public long KpiReadingsReported => Governments.Sum(g => (long)g.ActualHundredths.Count(a => a != SyntheticChecks.NotReported));
}

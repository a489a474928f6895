using Tanso.Core.Checks;

namespace Tanso.Bench;

/// <summary>Everything the yearly check finds for one government.</summary>
internal sealed record GovernmentCheck(
    SyntheticGovernment Government, IReadOnlyList<TaskScore> Tasks, IReadOnlyList<CombinedScore?> TaskGrades,
    IReadOnlyList<EmissionsPerformance> Sectors, IReadOnlyList<CombinedScore?> SectorGrades, EmissionsPerformance Total,
    QuantitativeScore Quantitative, QualitativeScore? Qualitative, CombinedScore? Overall, IReadOnlyList<LaggingTask> Lagging,
    int KpiReadings, int KpiReadingsReported);

/// <summary>
/// A full national check of one year through Tanso.Core's rules, as the web layer would run it on loaded plans:
/// per government every KPI achievement (from the plan's KPI and the year's monthly reports), task score, budget
/// execution, sector and total emissions performance, the quantitative score, the qualitative aggregation, grades
/// per task, sector and overall, and the lagging tasks; then the national roll-up and the task force's comparison
/// of December with November.
/// </summary>
internal sealed class NationalCheck(Rubric rubric, int year, DateOnly today)
{
    private readonly Grader grader = new();

    /// <summary>Checks every government and rolls the results up. With <paramref name="keepAll"/> every government's
    /// full result stays in memory until all are done; otherwise each is reduced to its summary as soon as it is
    /// done, as a run that saves each government's result would let it go.</summary>
    public NationalRollUp Run(SyntheticNation nation, int maxDegreeOfParallelism, bool keepAll)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        var summaries = new GovernmentSummary[nation.Governments.Count];
        if (keepAll)
        {
            var checks = new GovernmentCheck[nation.Governments.Count];
            Parallel.For(0, checks.Length, options, i => checks[i] = Check(nation.Governments[i]));
            for (var i = 0; i < checks.Length; i++)
            {
                summaries[i] = GovernmentSummary.Of(checks[i]);
            }
        }
        else
        {
            Parallel.For(0, summaries.Length, options, i => summaries[i] = GovernmentSummary.Of(Check(nation.Governments[i])));
        }
        var taskForce = TaskForceComparison.Compare(
            nation.NationalTasks.Select(t => t.In(year, 12)).OfType<NationalTaskStatus>(),
            nation.NationalTasks.Select(t => t.In(year, 11)).OfType<NationalTaskStatus>(),
            new DateOnly(year + 1, 1, 15));
        return NationalRollUp.Of(summaries, taskForce);
    }

    /// <summary>One government's check through the one Core assembly the web uses (<see cref="CheckEvaluation.Assemble"/>,
    /// emissions by <see cref="ComparableEmissions.Readings"/>); only the reading of monthly reports is the benchmark's own.</summary>
    public GovernmentCheck Check(SyntheticGovernment government)
    {
        var tasks = government.Plan.Tasks;
        var inputs = new List<TaskInput>(tasks.Count);
        var (readings, reported) = (0, 0);
        for (var t = 0; t < tasks.Count; t++)
        {
            var task = tasks[t];
            var achievements = new List<KpiAchievement>(task.Kpis.Count);
            for (var k = 0; k < task.Kpis.Count; k++)
            {
                var index = government.KpiOffsets[t] + k;
                var (actual, months) = government.YearActual(index, year);
                (readings, reported) = (readings + 12, reported + months);
                if (KpiReading.From(task.Kpis[k], year, actual, government.KpiModes[index], government.KpiWeights[index]) is { } reading)
                {
                    achievements.Add(KpiAchievements.Compute(reading));
                }
            }
            var executed = government.ExecutedKrw(t, year);
            var budget = BudgetExecution.For(task, year, executed);
            var report = new TaskReport(task.Code, task.Name, year, government.StatusOf(t, year, 12), achievements,
                budget.PlannedKrw == 0m && executed == 0m ? null : budget);
            inputs.Add(new TaskInput(task, report, false, government.TaskQualitativeOf(t, year)));
        }
        var emissions = ComparableEmissions.Readings(government.Plan, government.Inventory, SyntheticChecks.Edition, year);
        var evaluations = government.Evaluations[year - SyntheticChecks.FirstYear];
        var qualitative = evaluations.Length == 0 ? null : QualitativeScoring.Aggregate(rubric, evaluations);
        var e = CheckEvaluation.Assemble(year, inputs, emissions.Sectors, emissions.Total, today, QuantitativeWeights.Default, grader, qualitative: qualitative);
        return new(government, e.Tasks.Select(c => c.Score).ToList(), e.Tasks.Select(c => c.Grade).ToList(), e.Sectors.Select(c => c.Performance).ToList(),
            e.Sectors.Select(c => c.Grade).ToList(), e.Total!, e.Quantitative, qualitative, e.Overall, e.Lagging, readings, reported);
    }
}

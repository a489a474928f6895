using Tanso.Core.Plans;

namespace Tanso.Core.Checks;

/// <summary>One task's place in a check: the plan task, its score (with every KPI achievement and its budget) and
/// its grade; <see cref="Unreported"/> when the government sent no report for it.</summary>
/// <param name="Task">The plan task.</param>
/// <param name="Score">The score and how it was reached.</param>
/// <param name="Grade">The grade (quantitative only until qualitative scores exist).</param>
/// <param name="Unreported">No progress report was given: scored with every KPI unreported.</param>
public sealed record TaskCheck(PlanTask Task, TaskScore Score, CombinedScore? Grade, bool Unreported);

/// <summary>One sector's emissions against the plan's trajectory, and its grade.</summary>
/// <param name="Performance">Actual against the trajectory and the reduction achieved.</param>
/// <param name="Grade">The grade.</param>
public sealed record SectorCheck(EmissionsPerformance Performance, CombinedScore? Grade);

/// <summary>
/// The quantitative check of a plan for a cycle's year (정량 점검), assembled from the pure rules: every task's
/// KPI achievements, score, budget execution and grade; every sector's emissions against the trajectory; the
/// weighted overall score and grade; the lagging tasks. Every number keeps its inputs, so the page can show them.
/// </summary>
/// <param name="Year">The checked year.</param>
/// <param name="Tasks">Every task active in the year (areas are groups, not scored).</param>
/// <param name="Sectors">Sectors with a trajectory value and an inventory value for the year.</param>
/// <param name="Total">The plan total against its trajectory, when the inventory has the year.</param>
/// <param name="Budget">Budget execution of every reported task added up.</param>
/// <param name="Quantitative">The weighted quantitative score.</param>
/// <param name="Overall">The overall grade: quantitative with qualitative (when scored), combined by the grader's weights.</param>
/// <param name="Lagging">Lagging tasks with their reasons.</param>
public sealed record CheckEvaluation(int Year, IReadOnlyList<TaskCheck> Tasks, IReadOnlyList<SectorCheck> Sectors, EmissionsPerformance? Total,
    BudgetExecution? Budget, QuantitativeScore Quantitative, CombinedScore? Overall, IReadOnlyList<LaggingTask> Lagging)
{
    /// <summary>How the total's actual was made comparable with the plan's target (basis, parts, notes); null when the
    /// evaluation was not assembled from an inventory edition.</summary>
    public ComparableActual? Actual { get; init; }

    /// <summary>The published headline figures: X % below/above target, met/missed, achievement % (uncapped).</summary>
    public Headline Headline => Headline.Of(this);

    /// <summary>
    /// The evaluation every caller uses (web page, API, reports, roll-up, portal, benchmark): each sector's and the
    /// total's emissions of the cycle's year are read from <paramref name="edition"/> on the plan's basis
    /// (<see cref="ComparableEmissions.Readings"/>), then the cycle is evaluated with its own settings.
    /// </summary>
    /// <param name="plan">The plan with its targets, tasks and KPIs.</param>
    /// <param name="cycle">The cycle with its progress reports and settings.</param>
    /// <param name="inventory">The edition's table for the government, or null.</param>
    /// <param name="edition">The edition, or null.</param>
    /// <param name="today">The date lagging rules are applied on.</param>
    /// <param name="qualitative">The qualitative score, which joins the overall grade when it has a score.</param>
    public static CheckEvaluation Of(Plan plan, CheckCycle cycle, Inventory.InventorySummary? inventory, Figures.InventoryEdition? edition, DateOnly today,
        QualitativeScore? qualitative = null)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        var readings = ComparableEmissions.Readings(plan, inventory, edition, cycle.Year);
        return Evaluate(plan, cycle, readings.Sectors, readings.Total, today, cycle.Settings.Quantitative, cycle.Settings.Grader, qualitative: qualitative)
            with { Actual = readings.Actual };
    }

    /// <summary>Evaluates a plan's progress reports for the cycle's year.</summary>
    /// <param name="plan">The plan with its tasks and KPIs.</param>
    /// <param name="cycle">The cycle with its progress reports.</param>
    /// <param name="sectors">Each sector's reading (trajectory value and actual) for the year.</param>
    /// <param name="total">The total's reading, or null.</param>
    /// <param name="today">The date lagging rules are applied on.</param>
    /// <param name="weights">Quantitative weights (default 50/30/20).</param>
    /// <param name="grader">Grade scale and combination (default 우수/양호/보통/미흡/부진, 60/40).</param>
    /// <param name="rules">Lagging rules (default).</param>
    /// <param name="qualitative">The qualitative score, which joins the overall grade when it has a score.</param>
    public static CheckEvaluation Evaluate(Plan plan, CheckCycle cycle, IEnumerable<EmissionsReading> sectors, EmissionsReading? total, DateOnly today,
        QuantitativeWeights? weights = null, Grader? grader = null, LaggingRules? rules = null, QualitativeScore? qualitative = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(cycle);
        var year = cycle.Year;
        var progress = cycle.Progress.ToDictionary(p => p.TaskId);
        var tasks = plan.Tasks.Where(t => t.Level != TaskLevel.Area && t.StartYear <= year && t.EndYear >= year).OrderBy(t => t.Code, StringComparer.Ordinal)
            .Select(t =>
            {
                var report = progress.GetValueOrDefault(t.Id);
                var kpis = t.Kpis.Select(k => KpiReading.From(k, year, report?.ActualOf(k.Id))).OfType<KpiReading>()
                    .Select(r => KpiAchievements.Compute(r)).ToList();
                var budget = report?.BudgetExecutedKrw is { } executed ? BudgetExecution.For(t, year, executed) : null;
                return new TaskInput(t, new TaskReport(t.Code, t.Name, year, report?.Status ?? TaskProgressStatus.OnTrack, kpis, budget), report is null, null);
            });
        return Assemble(year, tasks, sectors, total, today, weights, grader, rules, qualitative);
    }

    /// <summary>
    /// Assembles an evaluation from task reports already read (the benchmark reads them from its own monthly data):
    /// task scores and grades, sector and total performance, the quantitative score, the overall grade, the lagging tasks.
    /// </summary>
    public static CheckEvaluation Assemble(int year, IEnumerable<TaskInput> tasks, IEnumerable<EmissionsReading> sectors, EmissionsReading? total, DateOnly today,
        QuantitativeWeights? weights = null, Grader? grader = null, LaggingRules? rules = null, QualitativeScore? qualitative = null)
    {
        grader ??= new Grader();
        var checks = tasks.Select(t =>
        {
            var score = TaskScoring.Score(t.Report);
            return new TaskCheck(t.Task, score, grader.Task(score, t.QualitativePercent), t.Unreported);
        }).ToList();
        var sectorChecks = sectors.Select(r => EmissionsPerformance.Of(r)).Select(p => new SectorCheck(p, grader.Sector(p))).ToList();
        var totalPerformance = total is null ? null : EmissionsPerformance.Of(total);
        var quantitative = QuantitativeScoring.Compute(checks.Select(t => t.Score), totalPerformance, weights ?? QuantitativeWeights.Default);
        var budgets = checks.Select(t => t.Score.Report.Budget).OfType<BudgetExecution>().ToList();
        return new CheckEvaluation(year, checks, sectorChecks, totalPerformance, budgets.Count == 0 ? null : BudgetExecution.Total(budgets),
            quantitative, grader.Overall(quantitative, qualitative), LaggingTasks.Find(checks.Select(t => t.Score), today, rules));
    }
}

/// <summary>One task's inputs to an evaluation.</summary>
/// <param name="Task">The plan task.</param>
/// <param name="Report">Its report for the year (status, KPI achievements, budget).</param>
/// <param name="Unreported">No progress report was given.</param>
/// <param name="QualitativePercent">The task's own qualitative score, when one is given (combined into its grade).</param>
public sealed record TaskInput(PlanTask Task, TaskReport Report, bool Unreported, decimal? QualitativePercent);

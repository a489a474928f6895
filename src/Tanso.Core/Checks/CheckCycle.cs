namespace Tanso.Core.Checks;

/// <summary>
/// A check cycle (점검 주기) of a plan for a period: stages Open → Reporting → Evaluation → CommitteeReview →
/// Published, moving forward one stage at a time, with a deadline per stage.
/// </summary>
public sealed class CheckCycle : IVersioned
{
    private readonly List<StageDeadline> deadlines = [];
    private readonly List<CycleEvaluator> evaluators = [];

    /// <summary>Opens a cycle with the period's default deadlines.</summary>
    public CheckCycle(int planId, CheckPeriod period)
        : this(planId, period.Year, period.Month)
    {
        deadlines.AddRange(period.DefaultDeadlines.OrderBy(d => d.Key).Select(d => new StageDeadline(d.Key, d.Value)));
        Rubric = DefaultRubric.For(period);
    }

    /// <summary>Opens a government's cycle of its plan with the period's default deadlines.</summary>
    public CheckCycle(int planId, int governmentId, CheckPeriod period)
        : this(planId, period) => GovernmentId = governmentId;

    private CheckCycle(int planId, int year, int? month) => (PlanId, Year, Month) = (planId, year, month);

    /// <summary>Weights, grade scale and qualitative options; today's defaults until national staff change them.</summary>
    public CheckSettings Settings { get; private set; } = CheckSettings.Default;

    /// <summary>The qualitative rubric (정성평가 기준표); Tanso's default until national staff replace it.</summary>
    public Rubric Rubric { get; private set; } = null!;

    /// <summary>Why settings and deadlines can no longer change (from committee review on), or null.</summary>
    public (string Ko, string En)? SettingsLocked => Stage >= CheckStage.CommitteeReview
        ? ($"'{Korean(CheckStage.CommitteeReview)}' 단계부터는 점검 설정을 바꿀 수 없습니다(현재: {Korean(Stage)}).", $"Settings are fixed from committee review on; the cycle is in {Stage}.")
        : null;

    /// <summary>Replaces the settings and the whole set of stage deadlines (a stage left out has none); the deadlines
    /// must fall after the period and follow the order of the stages. Nothing changes while there is a problem.</summary>
    public IReadOnlyList<Problem> Configure(CheckSettings settings, IReadOnlyDictionary<CheckStage, DateOnly> dueOn)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (SettingsLocked is { } locked)
        {
            return [new("", locked.Ko, locked.En)];
        }
        var problems = DeadlineProblems(dueOn);
        if (problems.Count > 0)
        {
            return problems;
        }
        Settings = settings;
        deadlines.RemoveAll(d => !dueOn.ContainsKey(d.Stage));
        foreach (var (stage, day) in dueOn)
        {
            if (deadlines.FirstOrDefault(d => d.Stage == stage) is { } existing)
            {
                existing.DueOn = day;
            }
            else
            {
                deadlines.Add(new StageDeadline(stage, day));
            }
        }
        deadlines.Sort((a, b) => a.Stage.CompareTo(b.Stage));
        return [];
    }

    /// <summary>What is wrong with a proposed set of deadlines: each must fall after the period, in stage order.</summary>
    public IReadOnlyList<Problem> DeadlineProblems(IReadOnlyDictionary<CheckStage, DateOnly> dueOn)
    {
        ArgumentNullException.ThrowIfNull(dueOn);
        var problems = new List<Problem>();
        DateOnly? previous = null;
        foreach (var (stage, day) in dueOn.OrderBy(d => d.Key))
        {
            if (day < Period.LastDay)
            {
                problems.Add(new($"deadlines.{stage}", $"{Korean(stage)} 기한은 점검 기간이 끝난 뒤여야 합니다(기간 종료: {Formatting.Iso(Period.LastDay)}).",
                    $"The {stage} deadline cannot fall before the checked period ends on {Formatting.Iso(Period.LastDay)}."));
            }
            else if (previous > day)
            {
                problems.Add(new($"deadlines.{stage}", $"{Korean(stage)} 기한이 앞 단계의 기한보다 이릅니다.", $"The {stage} deadline falls before an earlier stage's."));
            }
            previous = day;
        }
        return problems;
    }

    /// <summary>Replaces the rubric: refused once settings are locked or once any evaluator has scored (their scores
    /// name the criteria of the rubric they scored against).</summary>
    /// <returns>Null when replaced; otherwise why not, in Korean and English.</returns>
    public (string Ko, string En)? ReplaceRubric(Rubric rubric, bool anyScored)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        if (SettingsLocked is { } locked)
        {
            return locked;
        }
        if (anyScored)
        {
            return ("평가위원이 점수를 매기기 시작한 뒤에는 기준표를 바꿀 수 없습니다.", "The rubric cannot change once an evaluator has scored.");
        }
        Rubric = rubric;
        return null;
    }

    /// <summary>The government whose plan is checked.</summary>
    public int GovernmentId { get; private set; }

    /// <summary>The day the government submitted its progress report (null: not yet).</summary>
    public DateOnly? ReportSubmittedOn { get; private set; }

    /// <inheritdoc/>
    public int Version { get; private set; }

    /// <summary>Per-task progress reports (이행실적).</summary>
    public List<TaskProgress> Progress { get; } = [];

    /// <summary>Days the report came after the reporting deadline (0: on time, or no deadline); null until submitted.
    /// Recorded at submission, so a deadline moved later does not rewrite history.</summary>
    public int? ReportDaysLate { get; private set; }

    /// <summary>Evaluators assigned to the cycle, in the order they were named.</summary>
    public IReadOnlyList<CycleEvaluator> Evaluators => evaluators;

    /// <summary>Names an evaluator of the cycle; naming one twice changes nothing.</summary>
    /// <returns>True when the evaluator was added.</returns>
    public bool AssignEvaluator(string userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (evaluators.Any(e => e.UserId == userId))
        {
            return false;
        }
        evaluators.Add(new CycleEvaluator(userId));
        return true;
    }

    /// <summary>Records the report as submitted on <paramref name="day"/> (a Korean date; only while reporting) with
    /// the days it is late, or refuses it after the deadline when the cycle's settings say so.</summary>
    /// <returns>Null when recorded; otherwise why not, in Korean and English.</returns>
    public (string Ko, string En)? SubmitReport(DateOnly day)
    {
        if (Stage != CheckStage.Reporting)
        {
            return ($"실적은 '{Korean(CheckStage.Reporting)}' 단계에서만 제출합니다(현재: {Korean(Stage)}).", $"Reports are submitted during Reporting; the cycle is in {Stage}.");
        }
        var late = ReportDeadline(day)?.DaysLate ?? 0;
        if (late > 0 && Settings.LateReports == LateReportPolicy.Refuse)
        {
            var due = Formatting.Iso(DueOn(CheckStage.Reporting));
            return ($"실적 보고 기한({due})이 {late}일 지나 제출할 수 없습니다. 이 점검은 기한이 지난 제출을 받지 않습니다.",
                $"The reporting deadline {due} passed {late} day(s) ago, and this cycle refuses late reports.");
        }
        (ReportSubmittedOn, ReportDaysLate) = (day, late);
        return null;
    }

    /// <summary>The reporting deadline as it stands on <paramref name="day"/>; null when none is set.</summary>
    public DeadlineStatus? ReportDeadline(DateOnly day) => DueOn(CheckStage.Reporting) is { } due ? new DeadlineStatus(due, day) : null;

    /// <summary>Every stage deadline as it stands on <paramref name="today"/>, in stage order.</summary>
    public IReadOnlyList<(CheckStage Stage, DeadlineStatus Status)> DeadlinesOn(DateOnly today) =>
        deadlines.Select(d => (d.Stage, new DeadlineStatus(d.DueOn, today))).ToList();

    /// <summary>Whether <paramref name="who"/> may do <paramref name="action"/> now: null when yes; otherwise why not,
    /// and whether it is a matter of who they are (forbidden) or of the stage (not now).</summary>
    public CycleTransition? WhyNot(CycleAction action, CycleParty who)
    {
        if (!CycleWorkflow.May(who, action))
        {
            return new(Stage, ($"{CycleWorkflow.Korean(action)} 권한이 없습니다.", $"{CycleWorkflow.English(action)} is not yours to do in this cycle."), Forbidden: true);
        }
        return CycleWorkflow.WhyNotNow(action, Stage) is { } notNow ? new(Stage, notNow) : null;
    }

    /// <summary>Does <paramref name="action"/> as <paramref name="who"/> on <paramref name="today"/> (a Korean date): the
    /// policy and the stage are checked, a submission is recorded with its days late (or refused), and publishing
    /// needs the final result (<paramref name="resultFinal"/>). A refused action changes nothing.</summary>
    public CycleTransition Do(CycleAction action, CycleParty who, DateOnly today, bool resultFinal = false)
    {
        if (WhyNot(action, who) is { } refused)
        {
            return refused;
        }
        if (action == CycleAction.Publish && !resultFinal)
        {
            return new(Stage, ("결과가 확정(소명 절차 종료)되기 전에는 공표할 수 없습니다.", "The check cannot be published before its result is final (the right of reply is over)."));
        }
        if (action == CycleAction.SubmitReport && SubmitReport(today) is { } notSubmitted)
        {
            return new(Stage, notSubmitted);
        }
        if (CycleWorkflow.Rules[action].To is { } to)
        {
            Stage = to;
        }
        return new(Stage, null);
    }

    /// <summary>Whether progress may be entered: while the cycle is open or reporting.</summary>
    public bool AcceptsProgress => Stage is CheckStage.Open or CheckStage.Reporting;

    /// <summary>Identity.</summary>
    public int Id { get; private set; }

    /// <summary>The plan checked.</summary>
    public int PlanId { get; private set; }

    /// <summary>The checked year.</summary>
    public int Year { get; private set; }

    /// <summary>The checked month, for a task-force review.</summary>
    public int? Month { get; private set; }

    /// <summary>The checked period.</summary>
    public CheckPeriod Period => Month is { } m ? CheckPeriod.OfMonth(Year, m) : CheckPeriod.OfYear(Year);

    /// <summary>The stage.</summary>
    public CheckStage Stage { get; private set; } = CheckStage.Open;

    /// <summary>Deadlines, in stage order.</summary>
    public IReadOnlyList<StageDeadline> Deadlines => deadlines;

    /// <summary>The deadline of <paramref name="stage"/>, if one is set.</summary>
    public DateOnly? DueOn(CheckStage stage) => deadlines.FirstOrDefault(d => d.Stage == stage)?.DueOn;

    /// <summary>Moves to <paramref name="target"/>, which must be the next stage; a refused move changes nothing. This is the
    /// bare state change for seeding and set-up; people act through <see cref="Do"/>, which also asks the policy.</summary>
    public CycleTransition MoveTo(CheckStage target)
    {
        if (target == Stage + 1)
        {
            Stage = target;
            return new(Stage, null);
        }
        var next = Stage == CheckStage.Published ? ("없음", "none") : (Korean(Stage + 1), (Stage + 1).ToString());
        return new(Stage, ($"'{Korean(Stage)}' 단계에서 '{Korean(target)}' 단계로 갈 수 없습니다. 점검은 한 단계씩 앞으로만 진행합니다(다음: {next.Item1}).",
            $"A cycle in {Stage} cannot move to {target}: cycles move forward one stage at a time (next: {next.Item2})."));
    }

    /// <summary>Sets a stage's deadline; refused when it falls before the period ends, before an earlier stage's
    /// deadline or after a later stage's.</summary>
    /// <returns>Null when set; otherwise why not, in Korean and English.</returns>
    public (string Ko, string En)? SetDeadline(CheckStage stage, DateOnly dueOn)
    {
        if (dueOn < Period.LastDay)
        {
            return ($"기한은 점검 기간이 끝난 뒤여야 합니다(기간 종료: {Formatting.Iso(Period.LastDay)}).",
                $"A deadline cannot fall before the checked period ends on {Formatting.Iso(Period.LastDay)}.");
        }
        if (deadlines.Any(d => (d.Stage < stage && d.DueOn > dueOn) || (d.Stage > stage && d.DueOn < dueOn)))
        {
            return ("단계별 기한은 단계 순서를 따라야 합니다.", "Stage deadlines must follow the order of the stages.");
        }
        if (deadlines.FirstOrDefault(d => d.Stage == stage) is { } existing)
        {
            existing.DueOn = dueOn;
        }
        else
        {
            deadlines.Add(new StageDeadline(stage, dueOn));
            deadlines.Sort((a, b) => a.Stage.CompareTo(b.Stage));
        }
        return null;
    }

    /// <summary>Governments late with their reports against the reporting deadline (none when it is not set).</summary>
    public IReadOnlyList<LateGovernment> LateReports(IEnumerable<ReportSubmission> submissions, DateOnly today) =>
        DueOn(CheckStage.Reporting) is { } due ? Lateness.Find(due, submissions, today) : [];

    /// <summary>This cycle's report if it is late on <paramref name="today"/>: submitted late (by the days recorded at
    /// submission), or still missing after the deadline; null when in time or not yet due.</summary>
    public LateGovernment? LateReport(DateOnly today)
    {
        var due = DueOn(CheckStage.Reporting);
        if (ReportSubmittedOn is { } on)
        {
            var days = ReportDaysLate ?? (due is { } d ? new DeadlineStatus(d, on).DaysLate : 0);
            return days > 0 ? new LateGovernment(GovernmentId, due ?? on.AddDays(-days), on, days) : null;
        }
        return due is { } dueOn && new DeadlineStatus(dueOn, today).DaysLate is > 0 and var missing ? new LateGovernment(GovernmentId, dueOn, null, missing) : null;
    }

    /// <summary>Korean name of a stage.</summary>
    public static string Korean(CheckStage stage) => stage switch
    {
        CheckStage.Open => "개시",
        CheckStage.Reporting => "실적 보고",
        CheckStage.Evaluation => "점검·평가",
        CheckStage.CommitteeReview => "위원회 심의",
        _ => "공표",
    };
}

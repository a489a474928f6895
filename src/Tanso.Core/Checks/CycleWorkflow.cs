using Tanso.Core.Access;

namespace Tanso.Core.Checks;

/// <summary>What someone does in a check cycle. The four moves take it one stage forward; the rest happen within a stage.</summary>
public enum CycleAction
{
    /// <summary>Enter or correct progress (이행실적 입력).</summary>
    EnterProgress,

    /// <summary>Open → Reporting.</summary>
    StartReporting,

    /// <summary>Reporting → Evaluation: the report is submitted (제출), on time or late.</summary>
    SubmitReport,

    /// <summary>Evaluation → CommitteeReview.</summary>
    StartCommitteeReview,

    /// <summary>CommitteeReview → Published (공표), once the result is final.</summary>
    Publish,

    /// <summary>Name an evaluator of the cycle.</summary>
    AssignEvaluator,

    /// <summary>Change weights, grades, deadlines, quorum, lateness rule or rubric.</summary>
    Configure,

    /// <summary>Give qualitative scores.</summary>
    Score,

    /// <summary>Mark a calibration flag resolved (조정 완료) with a note.</summary>
    ResolveCalibration,

    /// <summary>Draft, show, revise and finalise the result.</summary>
    ManageResult,

    /// <summary>Reply (소명) to the result, its scores and its opinions.</summary>
    Reply,
}

/// <summary>How a person stands to one cycle; a person can be several at once (an administrator who is also an
/// evaluator of the cycle).</summary>
[Flags]
public enum CycleParty
{
    /// <summary>No part in the cycle: the public, or another government's officer.</summary>
    None = 0,

    /// <summary>May edit the checked government's data (its officers; administrators).</summary>
    GovernmentEditor = 1,

    /// <summary>National officers and administrators.</summary>
    NationalStaff = 2,

    /// <summary>An evaluator named for this cycle.</summary>
    AssignedEvaluator = 4,

    /// <summary>Acts in the checked government's name (its officers; administrators): submits the report and replies.
    /// Support-centre staff edit the government's data (<see cref="GovernmentEditor"/>) but are not this.</summary>
    GovernmentOfficer = 8,
}

/// <summary>
/// The check cycle's workflow in one place: which party may do each action (the policy) and in which stages it can
/// be done, and where the four moves lead (the state machine). Pages and endpoints ask <see cref="May"/> and call
/// <see cref="CheckCycle.Do"/>; nothing else decides.
/// </summary>
public static class CycleWorkflow
{
    private const CycleParty Government = CycleParty.GovernmentEditor;
    private const CycleParty Officer = CycleParty.GovernmentOfficer;
    private const CycleParty National = CycleParty.NationalStaff;

    private static readonly CheckStage[] BeforeReview = [CheckStage.Open, CheckStage.Reporting, CheckStage.Evaluation];
    private static readonly CheckStage[] Evaluating = [CheckStage.Evaluation, CheckStage.CommitteeReview];

    /// <summary>The table: action → (who may, in which stages, the stage it leads to when it is a move).</summary>
    public static IReadOnlyDictionary<CycleAction, (CycleParty Who, IReadOnlyList<CheckStage> In, CheckStage? To)> Rules { get; } =
        new Dictionary<CycleAction, (CycleParty, IReadOnlyList<CheckStage>, CheckStage?)>
        {
            [CycleAction.EnterProgress] = (Government, [CheckStage.Open, CheckStage.Reporting], null),
            [CycleAction.StartReporting] = (Officer | National, [CheckStage.Open], CheckStage.Reporting),
            [CycleAction.SubmitReport] = (Officer | National, [CheckStage.Reporting], CheckStage.Evaluation),
            [CycleAction.StartCommitteeReview] = (National, [CheckStage.Evaluation], CheckStage.CommitteeReview),
            [CycleAction.Publish] = (National, [CheckStage.CommitteeReview], CheckStage.Published),
            [CycleAction.AssignEvaluator] = (National, BeforeReview.Append(CheckStage.CommitteeReview).ToArray(), null),
            [CycleAction.Configure] = (National, BeforeReview, null),
            [CycleAction.Score] = (CycleParty.AssignedEvaluator, Evaluating, null),
            [CycleAction.ResolveCalibration] = (National, Evaluating, null),
            [CycleAction.ManageResult] = (National, Evaluating, null),
            [CycleAction.Reply] = (Officer, Evaluating, null),
        };

    /// <summary>Whether <paramref name="who"/> may ever do <paramref name="action"/> (whatever the stage).</summary>
    public static bool May(CycleParty who, CycleAction action) => (Rules[action].Who & who) != 0;

    /// <summary>The move that takes a cycle out of <paramref name="stage"/>; null once published.</summary>
    public static CycleAction? NextMove(CheckStage stage) =>
        Rules.Where(r => r.Value.To is not null && r.Value.In.Contains(stage)).Select(r => (CycleAction?)r.Key).FirstOrDefault();

    /// <summary>Why <paramref name="action"/> cannot be done in <paramref name="stage"/>, or null when it can.</summary>
    public static (string Ko, string En)? WhyNotNow(CycleAction action, CheckStage stage)
    {
        var allowed = Rules[action].In;
        if (allowed.Contains(stage))
        {
            return null;
        }
        var ko = string.Join("·", allowed.Select(s => $"'{CheckCycle.Korean(s)}'"));
        var en = string.Join(", ", allowed);
        return ($"{Korean(action)}은(는) {ko} 단계에서만 할 수 있습니다(현재: {CheckCycle.Korean(stage)}).", $"{English(action)} is possible only in {en}; the cycle is in {stage}.");
    }

    /// <summary>How <paramref name="actor"/> stands to the cycle of <paramref name="governmentId"/> (<paramref name="nationalGovernment"/>:
    /// the government is the nation) with the evaluators <paramref name="evaluatorIds"/>.</summary>
    public static CycleParty PartyOf(Actor actor, int governmentId, bool nationalGovernment, IEnumerable<string> evaluatorIds)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var party = CycleParty.None;
        if (!actor.IsAuthenticated)
        {
            return party;
        }
        if (actor.CanEditGovernment(governmentId, nationalGovernment))
        {
            party |= CycleParty.GovernmentEditor;
        }
        if (actor.CanDecideFor(governmentId, nationalGovernment))
        {
            party |= CycleParty.GovernmentOfficer;
        }
        if (actor.Is(Role.SystemAdmin) || actor.Is(Role.NationalOfficer))
        {
            party |= CycleParty.NationalStaff;
        }
        if (actor.Is(Role.Evaluator) && evaluatorIds.Contains(actor.UserId))
        {
            party |= CycleParty.AssignedEvaluator;
        }
        return party;
    }

    /// <summary>Korean name of an action, as refusals name it.</summary>
    public static string Korean(CycleAction action) => action switch
    {
        CycleAction.EnterProgress => "실적 입력",
        CycleAction.StartReporting => "실적 보고 시작",
        CycleAction.SubmitReport => "실적 제출",
        CycleAction.StartCommitteeReview => "위원회 심의 회부",
        CycleAction.Publish => "공표",
        CycleAction.AssignEvaluator => "평가위원 지정",
        CycleAction.Configure => "점검 설정 변경",
        CycleAction.Score => "정성평가 채점",
        CycleAction.ResolveCalibration => "조정 완료 처리",
        CycleAction.ManageResult => "결과 작성·통보·확정",
        _ => "소명",
    };

    /// <summary>English name of an action.</summary>
    public static string English(CycleAction action) => action switch
    {
        CycleAction.EnterProgress => "Entering progress",
        CycleAction.StartReporting => "Starting the reporting",
        CycleAction.SubmitReport => "Submitting the report",
        CycleAction.StartCommitteeReview => "Referring to the committee",
        CycleAction.Publish => "Publishing",
        CycleAction.AssignEvaluator => "Assigning an evaluator",
        CycleAction.Configure => "Changing the settings",
        CycleAction.Score => "Scoring",
        CycleAction.ResolveCalibration => "Resolving a calibration flag",
        CycleAction.ManageResult => "Handling the result",
        _ => "Replying",
    };
}

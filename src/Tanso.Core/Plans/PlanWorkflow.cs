namespace Tanso.Core.Plans;

/// <summary>The plan workflow as a state machine: which step is open in which state and where it leads. Who may
/// take a step is <see cref="PlanPolicy"/>'s question; the plan's own facts (opinions answered, not self-approval)
/// are checked by <see cref="Plan"/> when the step is taken.</summary>
public static class PlanWorkflow
{
    private static readonly Dictionary<(PlanStatus, PlanStep), PlanStatus> Moves = new()
    {
        [(PlanStatus.Draft, PlanStep.RecordCommittee)] = PlanStatus.Deliberated,
        [(PlanStatus.Deliberated, PlanStep.Reopen)] = PlanStatus.Draft,
        [(PlanStatus.Deliberated, PlanStep.Submit)] = PlanStatus.Submitted,
        [(PlanStatus.Submitted, PlanStep.Receive)] = PlanStatus.UnderReview,
        [(PlanStatus.Submitted, PlanStep.Return)] = PlanStatus.Draft,
        [(PlanStatus.UnderReview, PlanStep.Return)] = PlanStatus.Draft,
        [(PlanStatus.UnderReview, PlanStep.Approve)] = PlanStatus.Approved,
        [(PlanStatus.Approved, PlanStep.Publish)] = PlanStatus.Published,
    };

    // Steps that leave the state as it is, and the states they are open in.
    private static readonly Dictionary<PlanStep, PlanStatus[]> Stays = new()
    {
        [PlanStep.Edit] = [PlanStatus.Draft],
        [PlanStep.Opine] = [PlanStatus.Submitted, PlanStatus.UnderReview],
        [PlanStep.Answer] = [PlanStatus.Submitted, PlanStatus.UnderReview],
        [PlanStep.Revise] = [PlanStatus.Approved, PlanStatus.Published],
    };

    /// <summary>Every state in process order.</summary>
    public static IReadOnlyList<PlanStatus> Order { get; } = Enum.GetValues<PlanStatus>();

    /// <summary>Where <paramref name="step"/> leads from <paramref name="status"/>, or why it is not open there.</summary>
    public static (PlanStatus Next, Verdict Verdict) Move(PlanStatus status, PlanStep step)
    {
        if (Moves.TryGetValue((status, step), out var next))
        {
            return (next, Verdict.Yes);
        }
        if (Stays.TryGetValue(step, out var states) && states.Contains(status))
        {
            return (status, Verdict.Yes);
        }
        return (status, Verdict.No(
            $"{status.Korean()} 상태의 계획은 '{step.Korean()}'할 수 없습니다. 가능한 작업: {Possible(status, s => s.Korean(), "없음")}.",
            $"A plan that is {status.English()} cannot be {step.Past()}. Possible: {Possible(status, s => s.English(), "none")}."));
    }

    /// <summary>The steps open in <paramref name="status"/>, in process order.</summary>
    public static IReadOnlyList<PlanStep> Open(PlanStatus status) =>
        Enum.GetValues<PlanStep>().Where(s => Moves.ContainsKey((status, s)) || (Stays.TryGetValue(s, out var states) && states.Contains(status))).ToList();

    /// <summary>Only drafts are edited.</summary>
    public static bool IsEditable(PlanStatus status) => status == PlanStatus.Draft;

    /// <summary>Whether a new revision may be started from a plan in <paramref name="status"/>.</summary>
    public static bool CanRevise(PlanStatus status) => status is PlanStatus.Approved or PlanStatus.Published;

    /// <summary>Seen by national and 시·도 reviewers: from submission on.</summary>
    public static bool IsSubmitted(PlanStatus status) => status >= PlanStatus.Submitted;

    /// <summary>Korean name of a state.</summary>
    public static string Korean(this PlanStatus status) => status switch
    {
        PlanStatus.Draft => "작성 중",
        PlanStatus.Deliberated => "위원회 심의 완료",
        PlanStatus.Submitted => "제출",
        PlanStatus.UnderReview => "검토 중",
        PlanStatus.Approved => "검토 완료",
        _ => "공개",
    };

    /// <summary>English name of a state, lower case as in a sentence.</summary>
    public static string English(this PlanStatus status) => status switch
    {
        PlanStatus.Draft => "draft",
        PlanStatus.Deliberated => "deliberated by the committee",
        PlanStatus.Submitted => "submitted",
        PlanStatus.UnderReview => "under review",
        PlanStatus.Approved => "reviewed",
        _ => "published",
    };

    /// <summary>Korean name of a step.</summary>
    public static string Korean(this PlanStep step) => step switch
    {
        PlanStep.Edit => "수정",
        PlanStep.RecordCommittee => "위원회 심의 기록",
        PlanStep.Reopen => "작성 중으로 되돌리기",
        PlanStep.Submit => "제출",
        PlanStep.Receive => "접수",
        PlanStep.Opine => "검토 의견 작성",
        PlanStep.Answer => "검토 의견 답변",
        PlanStep.Return => "보완 요구(반려)",
        PlanStep.Approve => "검토 완료",
        PlanStep.Publish => "공개",
        _ => "새 개정판 만들기",
    };

    /// <summary>English name of a step, as a command.</summary>
    public static string English(this PlanStep step) => step switch
    {
        PlanStep.Edit => "edit",
        PlanStep.RecordCommittee => "record the committee's deliberation",
        PlanStep.Reopen => "reopen as draft",
        PlanStep.Submit => "submit",
        PlanStep.Receive => "receive",
        PlanStep.Opine => "write a review opinion",
        PlanStep.Answer => "answer a review opinion",
        PlanStep.Return => "return for redrafting",
        PlanStep.Approve => "finish the review",
        PlanStep.Publish => "publish",
        _ => "start a new revision",
    };

    private static string Past(this PlanStep step) => step switch
    {
        PlanStep.Edit => "edited",
        PlanStep.RecordCommittee => "recorded as deliberated",
        PlanStep.Reopen => "reopened",
        PlanStep.Submit => "submitted",
        PlanStep.Receive => "received",
        PlanStep.Opine => "given review opinions",
        PlanStep.Answer => "answered",
        PlanStep.Return => "returned",
        PlanStep.Approve => "approved",
        PlanStep.Publish => "published",
        _ => "revised",
    };

    private static string Possible(PlanStatus status, Func<PlanStep, string> name, string none)
    {
        var open = Open(status).Select(name).ToList();
        return open.Count > 0 ? string.Join(", ", open) : none;
    }
}

namespace Tanso.Core.Plans;

/// <summary>Where a plan version is in its approval (Framework Act Art 11: the local committee reviews it).</summary>
public enum PlanStatus
{
    /// <summary>작성 중 — editable by its government.</summary>
    Draft,

    /// <summary>제출 — sent to the local carbon-neutrality committee; no longer editable.</summary>
    Submitted,

    /// <summary>승인 — approved by the committee.</summary>
    Approved,

    /// <summary>공개 — published: the public and other governments see it.</summary>
    Published,
}

/// <summary>A move of the workflow.</summary>
public enum PlanAction
{
    /// <summary>Draft → Submitted.</summary>
    Submit,

    /// <summary>Submitted → Draft (the committee sends it back).</summary>
    Return,

    /// <summary>Submitted → Approved.</summary>
    Approve,

    /// <summary>Approved → Published.</summary>
    Publish,
}

/// <summary>The outcome of asking for a move: the new status, or why it is refused.</summary>
/// <param name="Status">The status after the move (unchanged when refused).</param>
/// <param name="Refusal">Why the move is not allowed, in Korean and English; null when allowed.</param>
public sealed record Transition(PlanStatus Status, (string Ko, string En)? Refusal)
{
    /// <summary>True when the move happened.</summary>
    public bool Allowed => Refusal is null;
}

/// <summary>The plan workflow: draft → submitted → approved → published. Changing an approved or published
/// plan makes a new version (a new draft); the old one stays as it was.</summary>
public static class PlanWorkflow
{
    private static readonly Dictionary<(PlanStatus, PlanAction), PlanStatus> Moves = new()
    {
        [(PlanStatus.Draft, PlanAction.Submit)] = PlanStatus.Submitted,
        [(PlanStatus.Submitted, PlanAction.Return)] = PlanStatus.Draft,
        [(PlanStatus.Submitted, PlanAction.Approve)] = PlanStatus.Approved,
        [(PlanStatus.Approved, PlanAction.Publish)] = PlanStatus.Published,
    };

    /// <summary>Applies <paramref name="action"/> to a plan in <paramref name="status"/>.</summary>
    public static Transition Apply(PlanStatus status, PlanAction action) =>
        Moves.TryGetValue((status, action), out var next)
            ? new Transition(next, null)
            : new Transition(status, (
                $"{Korean(status)} 상태의 계획은 '{Korean(action)}'할 수 없습니다. 가능한 작업: {Possible(status, Korean, "새 버전 만들기", "없음")}.",
                $"A plan that is {status.ToString().ToLowerInvariant()} cannot be {Past(action)}. Possible: {Possible(status, a => a.ToString().ToLowerInvariant(), "new version", "none")}."));

    /// <summary>Only drafts are edited; an approved or published plan is revised into a new version.</summary>
    public static bool IsEditable(PlanStatus status) => status == PlanStatus.Draft;

    /// <summary>Whether a new version may be started from a plan in <paramref name="status"/>.</summary>
    public static bool CanRevise(PlanStatus status) => status is PlanStatus.Approved or PlanStatus.Published;

    /// <summary>The moves open from <paramref name="status"/>.</summary>
    public static IReadOnlyList<PlanAction> Open(PlanStatus status) => Moves.Keys.Where(k => k.Item1 == status).Select(k => k.Item2).ToList();

    /// <summary>Korean name of a status.</summary>
    public static string Korean(this PlanStatus status) => status switch
    {
        PlanStatus.Draft => "작성 중",
        PlanStatus.Submitted => "제출",
        PlanStatus.Approved => "승인",
        _ => "공개",
    };

    /// <summary>Korean name of an action.</summary>
    public static string Korean(this PlanAction action) => action switch
    {
        PlanAction.Submit => "제출",
        PlanAction.Return => "반려",
        PlanAction.Approve => "승인",
        _ => "공개",
    };

    private static string Past(PlanAction action) => action switch
    {
        PlanAction.Submit => "submitted",
        PlanAction.Return => "returned",
        PlanAction.Approve => "approved",
        _ => "published",
    };

    private static string Possible(PlanStatus status, Func<PlanAction, string> name, string newVersion, string none)
    {
        var open = Open(status).Select(name).ToList();
        if (CanRevise(status))
        {
            open.Add(newVersion);
        }
        return open.Count > 0 ? string.Join(", ", open) : none;
    }
}

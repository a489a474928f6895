namespace Tanso.Core.Plans;

/// <summary>Where a plan revision is on its way to publication (Framework Act Arts 11–13: the local carbon-neutrality
/// committee deliberates it, the government submits it to the Minister — a 시·군·구 also to its 시·도 — national staff
/// review it and may return opinions, which the government answers, and the government publishes it).</summary>
public enum PlanStatus
{
    /// <summary>작성 중 — drafted by the government (or its support centre); the only editable state.</summary>
    Draft,

    /// <summary>위원회 심의 완료 — the local committee's deliberation (date, decision, minutes) is recorded; ready to submit.</summary>
    Deliberated,

    /// <summary>제출 — submitted to the Minister (and, for a 시·군·구, its 시·도); waiting to be received.</summary>
    Submitted,

    /// <summary>검토 중 — received by national staff; opinions may be returned and answered.</summary>
    UnderReview,

    /// <summary>검토 완료 — the review is finished with every opinion answered; the plan is the one checks run on.</summary>
    Approved,

    /// <summary>공개 — published: the public and other governments see it.</summary>
    Published,
}

/// <summary>What someone may ask to do with a plan: the moves of the workflow and the steps that stay in one state.</summary>
public enum PlanStep
{
    /// <summary>Change the header, targets, trajectory or tasks of a draft.</summary>
    Edit,

    /// <summary>Record the local committee's deliberation: Draft → Deliberated.</summary>
    RecordCommittee,

    /// <summary>Take a deliberated plan back to draft (the committee record is dropped): Deliberated → Draft.</summary>
    Reopen,

    /// <summary>Submit to the Minister (and the 시·도): Deliberated → Submitted.</summary>
    Submit,

    /// <summary>National staff take it up: Submitted → UnderReview.</summary>
    Receive,

    /// <summary>A reviewer writes a review opinion (검토 의견) on a submitted plan.</summary>
    Opine,

    /// <summary>The government answers a review opinion.</summary>
    Answer,

    /// <summary>The reviewer sends it back for redrafting: Submitted or UnderReview → Draft.</summary>
    Return,

    /// <summary>The reviewer finishes the review: UnderReview → Approved.</summary>
    Approve,

    /// <summary>The government publishes the reviewed plan: Approved → Published.</summary>
    Publish,

    /// <summary>Start the next revision (a new draft) from an approved or published plan.</summary>
    Revise,
}

/// <summary>Whose move it is: what an inbox asks of a plan without knowing the workflow.</summary>
public enum PlanParty
{
    /// <summary>Nothing is waiting (published).</summary>
    Nobody,

    /// <summary>The plan's government: draft, deliberate, submit, answer opinions, publish.</summary>
    Government,

    /// <summary>National staff (and the 시·도 for a 시·군·구 plan): receive, review, approve.</summary>
    Reviewers,
}

/// <summary>Allowed, or refused with the reason in Korean and English.</summary>
/// <param name="Reason">Null when allowed.</param>
public sealed record Verdict((string Ko, string En)? Reason)
{
    /// <summary>The step may be taken.</summary>
    public static Verdict Yes { get; } = new((ValueTuple<string, string>?)null);

    /// <summary>Refused because <paramref name="ko"/> / <paramref name="en"/>.</summary>
    public static Verdict No(string ko, string en) => new((ko, en));

    /// <summary>True when allowed.</summary>
    public bool Allowed => Reason is null;
}

/// <summary>Who acts on a plan, as the plan records them (the account id decides "not their own work").</summary>
/// <param name="UserId">The account; null for a system process.</param>
/// <param name="Name">Shown in the plan's record.</param>
public sealed record PlanActor(string? UserId, string Name)
{
    /// <summary>Whether two records name the same person (by account, or by name for system processes).</summary>
    public bool SamePersonAs(string? userId, string? name) => UserId is not null ? UserId == userId : userId is null && Name == name;
}

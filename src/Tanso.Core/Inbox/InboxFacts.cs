using Tanso.Core.Checks;
using Tanso.Core.Plans;

namespace Tanso.Core.Inbox;

/// <summary>A government as inbox items name it. <paramref name="IsNational"/>: the nation's own, edited by national staff.</summary>
public sealed record GovernmentRef(int Id, string NameKo, string NameEn, bool IsNational);

/// <summary>A result's right of reply as the inbox needs it.</summary>
public sealed record ReviewFact(ReviewStage Stage, DateOnly? ReplyDueOn, DateOnly? RepliedOn);

/// <summary>An unpublished check cycle: its stage, deadlines, report, evaluators and how far each has scored.</summary>
/// <param name="Id">The cycle.</param>
/// <param name="Government">The government checked.</param>
/// <param name="Period">The year (or month) checked.</param>
/// <param name="Stage">The cycle's stage.</param>
/// <param name="Deadlines">The stage deadlines.</param>
/// <param name="ReportSubmittedOn">When the progress report was submitted, or null.</param>
/// <param name="Evaluators">Assigned evaluators' account ids.</param>
/// <param name="CriteriaCount">Criteria in the cycle's rubric.</param>
/// <param name="Scored">Criteria scored so far, by evaluator id.</param>
/// <param name="Review">The result's right of reply, once a result exists.</param>
public sealed record CycleFact(int Id, GovernmentRef Government, CheckPeriod Period, CheckStage Stage, IReadOnlyDictionary<CheckStage, DateOnly> Deadlines,
    DateOnly? ReportSubmittedOn, IReadOnlyList<string> Evaluators, int CriteriaCount, IReadOnlyDictionary<string, int> Scored, ReviewFact? Review);

/// <summary>An improvement opinion that stands and is not answered yet.</summary>
public sealed record OpinionFact(int Id, int CycleId, CheckPeriod Period, GovernmentRef Government, string Text, DateOnly IssuedOn);

/// <summary>Citizen feedback of one government waiting for moderation: how many, and since when.</summary>
public sealed record FeedbackFact(GovernmentRef Government, int Pending, DateOnly OldestOn);

/// <summary>A plan revision waiting for someone (today: submitted, for national staff).</summary>
public sealed record PlanFact(int Id, GovernmentRef Government, int Revision, string Title, PlanStatus Status, DateOnly? SubmittedOn);

/// <summary>A plan revision whose move it is for its own government: review opinions to answer (<paramref name="OpenOpinionId"/>,
/// the latest one unanswered, so that each new round is new work) or, approved, to publish. <paramref name="Since"/>: the
/// Korean day of that opinion, or of the approval.</summary>
public sealed record GovernmentPlanFact(int Id, GovernmentRef Government, int Revision, string Title, PlanStatus Status, int? OpenOpinionId, DateOnly? Since);

/// <summary>An inventory file previewed and not yet confirmed or discarded: a to-do of its uploader until it expires
/// (<paramref name="ExpiresOn"/>, the Korean day).</summary>
public sealed record PendingUploadFact(Guid Id, string UserId, string FileName, string EditionCode, DateOnly ExpiresOn);

/// <summary>Everything the inbox sources read, loaded once (for one person, or for everyone by the reminder job).</summary>
public sealed record InboxFacts(IReadOnlyList<CycleFact> Cycles, IReadOnlyList<OpinionFact> Opinions, IReadOnlyList<FeedbackFact> Feedback, IReadOnlyList<PlanFact> Plans,
    IReadOnlyList<GovernmentPlanFact>? GovernmentPlans = null, IReadOnlyList<PendingUploadFact>? PendingUploads = null)
{
    /// <summary>No facts at all.</summary>
    public static InboxFacts Empty { get; } = new([], [], [], []);
}

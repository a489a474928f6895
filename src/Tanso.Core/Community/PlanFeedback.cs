namespace Tanso.Core.Community;

/// <summary>Where a citizen's feedback is in moderation.</summary>
public enum FeedbackStatus
{
    /// <summary>검토 대기 — shown to nobody but moderators.</summary>
    Pending,

    /// <summary>승인 — shown on the plan's feedback page.</summary>
    Approved,

    /// <summary>반려 — never shown; the reason is kept for the record.</summary>
    Rejected,
}

/// <summary>
/// A citizen's feedback (시민 의견) on a published plan, optionally about one of its tasks. It is shown only after a
/// moderator (the plan's government editors or national staff) approves it.
/// </summary>
public sealed class PlanFeedback : IVersioned
{
    /// <summary>Longest text.</summary>
    public const int MaxText = 2_000;

    /// <summary>Longest rejection reason.</summary>
    public const int MaxReason = 500;

    /// <summary>New feedback, pending.</summary>
    public PlanFeedback(int planId, int governmentId, int? taskId, string text, string? name, DateTime submittedUtc)
    {
        PlanId = planId;
        GovernmentId = governmentId;
        TaskId = taskId;
        Text = TextRules.Require(text, MaxText, "text");
        Name = TextRules.Optional(name, Pledge.MaxName, "name");
        SubmittedUtc = submittedUtc;
    }

    private PlanFeedback()
    {
        Text = "";
    }

    /// <summary>Identity.</summary>
    public int Id { get; private set; }

    /// <summary>The published plan revision it is about.</summary>
    public int PlanId { get; private set; }

    /// <summary>The plan's government (who moderates).</summary>
    public int GovernmentId { get; private set; }

    /// <summary>The task it is about, if one.</summary>
    public int? TaskId { get; private set; }

    /// <summary>What the citizen wrote.</summary>
    public string Text { get; private set; }

    /// <summary>The name the citizen chose to give, if any.</summary>
    public string? Name { get; private set; }

    /// <summary>When it was sent.</summary>
    public DateTime SubmittedUtc { get; private set; }

    /// <summary>Moderation state.</summary>
    public FeedbackStatus Status { get; private set; }

    /// <summary>Why it was rejected.</summary>
    public string? RejectionReason { get; private set; }

    /// <summary>Who moderated it.</summary>
    public string? ModeratedBy { get; private set; }

    /// <summary>When it was moderated.</summary>
    public DateTime? ModeratedUtc { get; private set; }

    /// <inheritdoc/>
    public int Version { get; private set; }

    /// <summary>What would be refused in these values.</summary>
    public static IReadOnlyList<Problem> Validate(string? text, string? name) =>
        new[]
        {
            TextRules.Check("text", text, MaxText, true, "의견", "feedback"),
            TextRules.Check("name", name, Pledge.MaxName, false, "이름", "name"),
        }.OfType<Problem>().ToList();

    /// <summary>Approves, or rejects with a reason; a refusal when it was already decided or a reason is missing.</summary>
    public Problem? Moderate(bool approve, string? reason, string moderator, DateTime atUtc)
    {
        if (Status != FeedbackStatus.Pending)
        {
            return new Problem("decision", "이미 검토한 의견입니다.", "This feedback was already moderated.");
        }
        if (!approve && TextRules.Check("reason", reason, MaxReason, true, "반려 사유", "reason for rejecting") is { } problem)
        {
            return problem;
        }
        Status = approve ? FeedbackStatus.Approved : FeedbackStatus.Rejected;
        RejectionReason = approve ? null : TextRules.Clean(reason);
        ModeratedBy = moderator;
        ModeratedUtc = atUtc;
        return null;
    }
}

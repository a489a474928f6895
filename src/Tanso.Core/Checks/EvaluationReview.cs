namespace Tanso.Core.Checks;

/// <summary>Where an evaluation result is in the right of reply (소명 절차).</summary>
public enum ReviewStage
{
    /// <summary>작성 중: evaluators are writing it.</summary>
    Draft,

    /// <summary>통보: shown to the government, which may reply until the deadline.</summary>
    ShownToGovernment,

    /// <summary>소명 접수: the government replied; evaluators may revise.</summary>
    Replied,

    /// <summary>확정: final; nothing changes it.</summary>
    Final,
}

/// <summary>What an evaluation result covers.</summary>
public enum ReviewScope
{
    /// <summary>정성평가 only.</summary>
    Qualitative,

    /// <summary>The whole result (정량 and 정성).</summary>
    Whole,
}

/// <summary>The outcome of asking for a move: the stage after it, or why it is refused.</summary>
/// <param name="Stage">The stage after the move (unchanged when refused).</param>
/// <param name="Refusal">Why the move is not allowed, in Korean and English; null when allowed.</param>
public sealed record ReviewTransition(ReviewStage Stage, (string Ko, string En)? Refusal)
{
    /// <summary>True when the move happened.</summary>
    public bool Allowed => Refusal is null;
}

/// <summary>
/// An evaluation result of one government in one check cycle and its right of reply (이의신청·소명):
/// Draft → ShownToGovernment → (Replied) → Final. Refused moves change nothing and say why.
/// </summary>
public sealed class EvaluationReview : IVersioned
{
    private readonly List<ReplyItem> items = [];

    /// <summary>Starts a draft result.</summary>
    public EvaluationReview(int cycleId, int governmentId, ReviewScope scope) => (CycleId, GovernmentId, Scope) = (cycleId, governmentId, scope);

    /// <summary>Identity.</summary>
    public int Id { get; private set; }

    /// <inheritdoc/>
    public int Version { get; private set; }

    /// <summary>The check cycle.</summary>
    public int CycleId { get; private set; }

    /// <summary>The government evaluated.</summary>
    public int GovernmentId { get; private set; }

    /// <summary>Qualitative or whole.</summary>
    public ReviewScope Scope { get; private set; }

    /// <summary>The stage.</summary>
    public ReviewStage Stage { get; private set; } = ReviewStage.Draft;

    /// <summary>The score, 0–100, once evaluators have set one.</summary>
    public decimal? Score { get; private set; }

    /// <summary>The inventory edition the score was computed on. A final result keeps being evaluated on it, so that a
    /// later edition cannot move a published grade away from the score that was shown, replied to and finalised.</summary>
    public int? EditionId { get; private set; }

    /// <summary>The evaluators' comment.</summary>
    public string Comment { get; private set; } = "";

    /// <summary>How many times evaluators revised the result after it was first set.</summary>
    public int RevisionCount { get; private set; }

    /// <summary>The last day the government may reply.</summary>
    public DateOnly? ReplyDueOn { get; private set; }

    /// <summary>The government's reply (소명 내용).</summary>
    public string? Reply { get; private set; }

    /// <summary>When the reply came.</summary>
    public DateOnly? RepliedOn { get; private set; }

    /// <summary>The government's replies to single scores and opinions, sent with its reply.</summary>
    public IReadOnlyList<ReplyItem> Items => items;

    /// <summary>Evaluators set or revise the result: in a draft, or after the government replied.</summary>
    /// <param name="score">The overall score, 0–100.</param>
    /// <param name="comment">The evaluators' comment.</param>
    /// <param name="editionId">The inventory edition the score was computed on.</param>
    /// <exception cref="ArgumentOutOfRangeException">A score outside 0–100.</exception>
    public ReviewTransition Revise(decimal score, string comment, int? editionId = null)
    {
        if (score is < 0m or > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, "A score lies in 0–100.");
        }
        if (Stage is not (ReviewStage.Draft or ReviewStage.Replied))
        {
            return Refuse(Stage == ReviewStage.Final
                ? ("확정된 결과는 바꿀 수 없습니다.", "A final result cannot change.")
                : ("통보된 결과는 소명 기한까지 또는 소명이 접수될 때까지 고칠 수 없습니다.", "A result shown to the government cannot be revised until it replies or the deadline passes."));
        }
        RevisionCount += Score is null ? 0 : 1;
        (Score, Comment, EditionId) = (score, comment.Trim(), editionId);
        return Moved();
    }

    /// <summary>Shows the draft to the government, which may reply until <paramref name="replyDueOn"/> inclusive.</summary>
    public ReviewTransition Show(DateOnly replyDueOn, DateOnly today)
    {
        if (Stage != ReviewStage.Draft)
        {
            return Refuse(("작성 중인 결과만 통보할 수 있습니다.", "Only a draft result is shown to the government."));
        }
        if (Score is null)
        {
            return Refuse(("점수가 없는 결과는 통보할 수 없습니다.", "A result without a score cannot be shown."));
        }
        if (replyDueOn < today)
        {
            return Refuse(($"소명 기한이 이미 지났습니다(기한: {Formatting.Iso(replyDueOn)}).", $"The reply deadline {Formatting.Iso(replyDueOn)} has already passed."));
        }
        (Stage, ReplyDueOn) = (ReviewStage.ShownToGovernment, replyDueOn);
        return Moved();
    }

    /// <summary>The government replies: only while the result is shown and no later than the deadline.</summary>
    /// <exception cref="ArgumentException">A blank reply.</exception>
    public ReviewTransition ReplyWith(string reply, DateOnly today)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reply);
        return ReplyWith(reply, [], new HashSet<ReplyTarget>(), today);
    }

    /// <summary>The government replies to the result as a whole (<paramref name="reply"/>, may be blank) and to single
    /// scores and opinions (<paramref name="replies"/>), once, while the result is shown and no later than the deadline.</summary>
    /// <exception cref="ArgumentException">A reply with <see cref="ReplyItem.Problems"/> (the caller checks them first).</exception>
    public ReviewTransition ReplyWith(string? reply, IReadOnlyList<(ReplyTarget Target, string? Text)> replies, IReadOnlySet<ReplyTarget> repliable, DateOnly today)
    {
        if (ReplyItem.Problems(reply, replies, repliable) is { Count: > 0 } problems)
        {
            throw new ArgumentException(problems[0].En, nameof(replies));
        }
        if (Stage != ReviewStage.ShownToGovernment)
        {
            return Refuse(("통보된 결과에만 한 번 소명할 수 있습니다.", "A reply is possible once, while the result is shown."));
        }
        if (today > ReplyDueOn)
        {
            return Refuse(($"소명 기한이 지났습니다(기한: {Formatting.Iso(ReplyDueOn)}).", $"The reply deadline {Formatting.Iso(ReplyDueOn)} has passed."));
        }
        (Stage, Reply, RepliedOn) = (ReviewStage.Replied, (reply ?? "").Trim(), today);
        items.AddRange(replies.Select(r => new ReplyItem(r.Target, r.Text!)));
        return Moved();
    }

    /// <summary>Makes the result final: after a reply, or once the deadline has passed without one.</summary>
    public ReviewTransition Finalise(DateOnly today)
    {
        var refusal = Stage switch
        {
            ReviewStage.Draft => ("지자체에 통보하지 않은 결과는 확정할 수 없습니다.", "A result not shown to the government cannot be final."),
            ReviewStage.ShownToGovernment when today <= ReplyDueOn =>
                ($"소명 기한이 지나기 전에는 확정할 수 없습니다(기한: {Formatting.Iso(ReplyDueOn)}).", $"The result cannot be final before the reply deadline {Formatting.Iso(ReplyDueOn)} has passed."),
            ReviewStage.Final => ("이미 확정된 결과입니다.", "The result is already final."),
            _ => ((string, string)?)null,
        };
        if (refusal is { } r)
        {
            return Refuse(r);
        }
        Stage = ReviewStage.Final;
        return Moved();
    }

    private ReviewTransition Moved() => new(Stage, null);

    private ReviewTransition Refuse((string Ko, string En) why) => new(Stage, why);
}

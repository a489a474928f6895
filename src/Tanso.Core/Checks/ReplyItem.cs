namespace Tanso.Core.Checks;

/// <summary>What a government can reply to besides the whole result.</summary>
public enum ReplyTargetKind
{
    /// <summary>One evaluator's score of one criterion (<see cref="CriterionScore"/>).</summary>
    Score,

    /// <summary>One improvement opinion (<see cref="ImprovementOpinion"/>).</summary>
    Opinion,
}

/// <summary>A score or an opinion replied to.</summary>
/// <param name="Kind">Score or opinion.</param>
/// <param name="Id">The score's or the opinion's id.</param>
public sealed record ReplyTarget(ReplyTargetKind Kind, int Id);

/// <summary>The government's reply (소명) to one score or one opinion, part of its reply to the result.</summary>
public sealed class ReplyItem
{
    /// <summary>A reply to <paramref name="target"/>.</summary>
    public ReplyItem(ReplyTarget target, string text)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        (Kind, TargetId, Text) = (target.Kind, target.Id, text.Trim());
    }

    private ReplyItem() => Text = "";

    /// <summary>Identity.</summary>
    public int Id { get; private set; }

    /// <summary>The result replied to.</summary>
    public int ReviewId { get; private set; }

    /// <summary>Score or opinion.</summary>
    public ReplyTargetKind Kind { get; private set; }

    /// <summary>The score's or opinion's id.</summary>
    public int TargetId { get; private set; }

    /// <summary>The reply.</summary>
    public string Text { get; private set; }

    /// <summary>What it replies to.</summary>
    public ReplyTarget Target => new(Kind, TargetId);

    /// <summary>What is wrong with a proposed reply: nothing to say at all, a blank or too long text, a target that is not
    /// a score or opinion of this result, a target replied to twice. Fields as the API names them (<c>items[2].text</c>).</summary>
    public static IReadOnlyList<Problem> Problems(string? reply, IReadOnlyList<(ReplyTarget Target, string? Text)> items, IReadOnlySet<ReplyTarget> repliable)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(repliable);
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(reply) && items.Count == 0)
        {
            problems.Add(new("reply", "소명 내용을 적거나 점수·의견별 소명을 하나 이상 적으십시오.", "Write a reply, or reply to at least one score or opinion."));
        }
        if (TextLimits.Exceeds(reply, TextLimits.Reply))
        {
            var (ko, en) = TextLimits.TooLong(reply, TextLimits.Reply);
            problems.Add(new("reply", $"소명 내용: {ko}", $"Reply: {en}"));
        }
        var seen = new HashSet<ReplyTarget>();
        for (var i = 0; i < items.Count; i++)
        {
            var (target, text) = items[i];
            var what = target.Kind == ReplyTargetKind.Score ? ("점수", "score") : ("의견", "opinion");
            if (!repliable.Contains(target))
            {
                problems.Add(new($"items[{i}].id", $"{what.Item1} {target.Id}은(는) 이 결과의 {what.Item1}가 아닙니다.", $"There is no {what.Item2} {target.Id} in this result."));
            }
            else if (!seen.Add(target))
            {
                problems.Add(new($"items[{i}].id", $"{what.Item1} {target.Id}에 두 번 소명했습니다.", $"The {what.Item2} {target.Id} is replied to twice."));
            }
            if (string.IsNullOrWhiteSpace(text))
            {
                problems.Add(new($"items[{i}].text", "소명 내용을 적으십시오.", "Write the reply."));
            }
            else if (TextLimits.Exceeds(text, TextLimits.Paragraph))
            {
                var (ko, en) = TextLimits.TooLong(text, TextLimits.Paragraph);
                problems.Add(new($"items[{i}].text", $"소명 내용: {ko}", $"Reply: {en}"));
            }
        }
        return problems;
    }
}

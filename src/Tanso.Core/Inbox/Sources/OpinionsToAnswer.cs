using Tanso.Core.Access;

namespace Tanso.Core.Inbox.Sources;

/// <summary>Improvement opinions (개선의견) that stand unanswered: the government's editors answer each (Framework Act
/// Art 13(3): reflect it unless special circumstances exist).</summary>
public sealed class OpinionsToAnswer : IInboxSource
{
    /// <summary>How much of the opinion's text the item quotes.</summary>
    public const int Quote = 60;

    /// <inheritdoc/>
    public IEnumerable<InboxItem> Items(InboxFacts facts, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Opinions.Where(o => Inbox.Edits(actor, o.Government)).Select(o =>
        {
            var (ko, en) = Inbox.Of(o.Government, o.Period);
            var text = o.Text.Length <= Quote ? o.Text : string.Concat(o.Text.AsSpan(0, Quote), "…");
            return new InboxItem($"opinion:{o.Id}", InboxKind.OpinionToAnswer, $"{ko} 개선의견 답변: {text}", $"Answer an improvement opinion ({en}): {text}",
                $"/checks/{o.CycleId}/opinions", null, o.IssuedOn, o.Government.Id);
        });
    }
}

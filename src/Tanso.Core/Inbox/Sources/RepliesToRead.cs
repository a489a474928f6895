using Tanso.Core.Access;
using Tanso.Core.Checks;

namespace Tanso.Core.Inbox.Sources;

/// <summary>A government's reply (소명) to a result, waiting for the cycle's evaluators and national staff to read it,
/// revise the result if it convinces them, and make the result final.</summary>
public sealed class RepliesToRead : IInboxSource
{
    /// <inheritdoc/>
    public IEnumerable<InboxItem> Items(InboxFacts facts, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(actor);
        return facts.Cycles
            .Where(c => c.Review?.Stage == ReviewStage.Replied
                && (Inbox.IsNationalStaff(actor) || (actor.Is(Role.Evaluator) && actor.UserId is { } me && c.Evaluators.Contains(me))))
            .Select(c =>
            {
                var (ko, en) = Inbox.Of(c.Government, c.Period);
                return new InboxItem($"reply:{c.Id}", InboxKind.ReplyToRead, $"{ko} 소명 검토", $"Read the government's reply: {en}",
                    $"/checks/{c.Id}/review", null, c.Review!.RepliedOn, c.Government.Id);
            });
    }
}

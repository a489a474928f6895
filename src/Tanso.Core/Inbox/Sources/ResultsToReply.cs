using Tanso.Core.Access;
using Tanso.Core.Checks;

namespace Tanso.Core.Inbox.Sources;

/// <summary>A result shown to the government (통보): its editors may reply (소명) until the reply deadline.</summary>
public sealed class ResultsToReply : IInboxSource
{
    /// <inheritdoc/>
    public IEnumerable<InboxItem> Items(InboxFacts facts, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Cycles.Where(c => c.Review?.Stage == ReviewStage.ShownToGovernment && Inbox.Edits(actor, c.Government)).Select(c =>
        {
            var (ko, en) = Inbox.Of(c.Government, c.Period);
            return new InboxItem($"result:{c.Id}", InboxKind.ResultToReply, $"{ko} 평가 결과 확인·소명", $"Read the evaluation result and reply if needed: {en}",
                $"/checks/{c.Id}/review", c.Review!.ReplyDueOn, null, c.Government.Id);
        });
    }
}

using Tanso.Core.Access;
using Tanso.Core.Checks;

namespace Tanso.Core.Inbox.Sources;

/// <summary>An assigned evaluator's qualitative scores still missing while the cycle takes scores (evaluation or committee
/// review, and the result is neither shown to the government nor final); due on the evaluation deadline.</summary>
public sealed class ScoresToGive : IInboxSource
{
    /// <inheritdoc/>
    public IEnumerable<InboxItem> Items(InboxFacts facts, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Is(Role.Evaluator) || actor.UserId is not { } me)
        {
            return [];
        }
        return facts.Cycles
            .Where(c => c.Evaluators.Contains(me) && ScoreSheet.WhyClosed(c.Stage, c.Review?.Stage) is null)
            .Select(c => (Cycle: c, Done: c.Scored.GetValueOrDefault(me)))
            .Where(x => x.Done < x.Cycle.CriteriaCount)
            .Select(x =>
            {
                var (ko, en) = Inbox.Of(x.Cycle.Government, x.Cycle.Period);
                return new InboxItem($"scores:{x.Cycle.Id}", InboxKind.ScoresToGive,
                    $"{ko} 정성평가 점수 매기기({x.Done}/{x.Cycle.CriteriaCount} 항목 완료)", $"Score the qualitative criteria: {en} ({x.Done} of {x.Cycle.CriteriaCount} done)",
                    $"/checks/{x.Cycle.Id}/scoring", x.Cycle.Deadlines.TryGetValue(CheckStage.Evaluation, out var due) ? due : null, null, x.Cycle.Government.Id);
            });
    }
}

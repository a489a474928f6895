using Tanso.Core.Access;
using Tanso.Core.Checks;

namespace Tanso.Core.Inbox.Sources;

/// <summary>Cycles national staff take forward: consolidating the evaluation by its deadline (31 July by default), then
/// the committee's review and publication.</summary>
public sealed class StagesDue : IInboxSource
{
    /// <inheritdoc/>
    public IEnumerable<InboxItem> Items(InboxFacts facts, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (!Inbox.IsNationalStaff(actor))
        {
            return [];
        }
        return facts.Cycles.Where(c => c.Stage is CheckStage.Evaluation or CheckStage.CommitteeReview).Select(c =>
        {
            var (ko, en) = Inbox.Of(c.Government, c.Period);
            DateOnly? due = c.Deadlines.TryGetValue(c.Stage, out var d) ? d : null;
            return c.Stage == CheckStage.Evaluation
                ? new InboxItem($"stage:{c.Id}:{c.Stage}", InboxKind.StageDue, $"{ko} 점검·평가 결과 종합", $"Consolidate the evaluation: {en}",
                    $"/checks/{c.Id}/review", due, null, c.Government.Id)
                : new InboxItem($"stage:{c.Id}:{c.Stage}", InboxKind.StageDue, $"{ko} 위원회 심의 후 공표", $"Committee review, then publish: {en}",
                    $"/checks/{c.Id}", due, null, c.Government.Id);
        });
    }
}

using Tanso.Core.Access;
using Tanso.Core.Checks;

namespace Tanso.Core.Inbox.Sources;

/// <summary>A government's progress report (이행실적) not yet submitted while its cycle is open or reporting: for those
/// who edit the government, due on the cycle's reporting deadline (31 May of the next year by default).</summary>
public sealed class ReportsDue : IInboxSource
{
    /// <inheritdoc/>
    public IEnumerable<InboxItem> Items(InboxFacts facts, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Cycles
            .Where(c => c.Stage <= CheckStage.Reporting && c.ReportSubmittedOn is null && Inbox.Edits(actor, c.Government))
            .Select(c =>
            {
                var (ko, en) = Inbox.Of(c.Government, c.Period);
                return new InboxItem($"report:{c.Id}", InboxKind.ReportDue, $"{ko} 이행실적 보고", $"Progress report: {en}", $"/checks/{c.Id}",
                    c.Deadlines.TryGetValue(CheckStage.Reporting, out var due) ? due : null, null, c.Government.Id);
            });
    }
}

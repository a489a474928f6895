using Tanso.Core.Access;

namespace Tanso.Core.Inbox.Sources;

/// <summary>Citizen feedback waiting for moderation, one item per government: its editors and national staff moderate it.</summary>
public sealed class FeedbackToModerate : IInboxSource
{
    /// <inheritdoc/>
    public IEnumerable<InboxItem> Items(InboxFacts facts, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Feedback.Where(f => f.Pending > 0 && (Inbox.IsNationalStaff(actor) || Inbox.Edits(actor, f.Government)))
            .Select(f => new InboxItem($"feedback:{f.Government.Id}", InboxKind.FeedbackToModerate,
                $"{f.Government.NameKo} 시민 의견 {f.Pending}건 검토", f.Pending == 1 ? $"Moderate 1 citizen comment: {f.Government.NameEn}" : $"Moderate {f.Pending} citizen comments: {f.Government.NameEn}",
                "/community/moderation", null, f.OldestOn, f.Government.Id));
    }
}

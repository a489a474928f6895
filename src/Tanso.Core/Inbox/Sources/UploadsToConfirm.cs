using Tanso.Core.Access;

namespace Tanso.Core.Inbox.Sources;

/// <summary>An inventory file its uploader previewed and neither confirmed nor discarded (확인 대기 중인 업로드): only the
/// uploader may confirm it, so only they see it; due the day the preview expires. It has no "since", so it is never
/// announced as new work to the person who just made it.</summary>
public sealed class UploadsToConfirm : IInboxSource
{
    /// <inheritdoc/>
    public IEnumerable<InboxItem> Items(InboxFacts facts, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(actor);
        return (facts.PendingUploads ?? []).Where(u => u.UserId == actor.UserId).Select(u => new InboxItem($"upload:{u.Id:N}", InboxKind.UploadToConfirm,
            $"확인 대기 중인 업로드: {u.FileName} ({u.EditionCode})", $"Upload waiting for your confirmation: {u.FileName} ({u.EditionCode})",
            $"/inventory/import?upload={u.Id}", u.ExpiresOn, null, null));
    }
}

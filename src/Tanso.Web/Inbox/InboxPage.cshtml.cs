using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tanso.Core.Inbox;
using Tanso.Web.Accounts;

namespace Tanso.Web.Inbox;

/// <summary>할 일: what is waiting for the signed-in person, each with the form that finishes it and its deadline; and
/// their latest notifications, which they mark read.</summary>
[Authorize]
internal sealed class InboxPageModel(InboxQueries inbox) : PageModel
{
    public IReadOnlyList<InboxItem> Items { get; private set; } = [];
    public List<Notice> Notices { get; private set; } = [];
    public int Unread { get; private set; }
    public DateOnly Today => inbox.Today;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Items = await inbox.ItemsAsync(User, ct);
        var me = User.ToActor().UserId!;
        Notices = await inbox.NoticesAsync(me, unreadOnly: false, take: 30, ct);
        Unread = await inbox.UnreadAsync(me, ct);
    }

    /// <summary>Marks one notification read (or all, without an id) and comes back here.</summary>
    public async Task<IActionResult> OnPostReadAsync(long? notice, CancellationToken ct)
    {
        await inbox.MarkReadAsync(User.ToActor().UserId!, notice, ct);
        return RedirectToPage();
    }
}

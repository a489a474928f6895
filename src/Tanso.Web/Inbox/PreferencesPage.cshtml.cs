using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tanso.Web.Accounts;
using Tanso.Web.Infrastructure;
using Tanso.Web.Mail;

namespace Tanso.Web.Inbox;

/// <summary>알림 설정, part of the account: e-mail on or off, and one mail per notice or one daily digest. In-app
/// notifications are always on.</summary>
[Authorize]
internal sealed class PreferencesPageModel(InboxQueries inbox, IMailSender mail) : PageModel
{
    [BindProperty] public bool Email { get; set; }
    [BindProperty] public bool DailyDigest { get; set; }
    [BindProperty] public int Version { get; set; }
    public string? Saved { get; private set; }
    public bool MailConfigured => mail.IsConfigured;

    public async Task OnGetAsync(CancellationToken ct) => Show(await inbox.PreferenceAsync(User.ToActor().UserId!, ct));

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var me = User.ToActor().UserId!;
        if (await inbox.SavePreferenceAsync(me, Email, DailyDigest, Version, ct) is { } saved)
        {
            Show(saved);
            Saved = Text.T("알림 설정을 저장했습니다.", "Notification settings saved.");
            return Page();
        }
        ModelState.AddModelError("", Text.T("다른 창에서 먼저 설정을 바꾸었습니다. 지금 설정을 확인하고 다시 저장하십시오.",
            "The settings were changed in another window first. Check them as they are now and save again."));
        Response.StatusCode = StatusCodes.Status409Conflict;
        Version = (await inbox.PreferenceAsync(me, ct)).Version; // the choices stay as typed
        return Page();
    }

    private void Show(Core.Inbox.NotificationPreference p) => (Email, DailyDigest, Version) = (p.Email, p.DailyDigest, p.Version);
}

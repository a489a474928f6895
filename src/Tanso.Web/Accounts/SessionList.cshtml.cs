using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tanso.Data;
using Tanso.Data.Accounts;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Accounts;

/// <summary>The user's own open sessions; any of them can be ended, which signs that browser out at its next request.</summary>
[Authorize]
internal sealed class SessionListModel(TansoDb db, TansoSignInManager signIn, TimeProvider clock) : PageModel
{
    public IReadOnlyList<UserSession> Open { get; private set; } = [];
    public string? CurrentId => User.SessionId();
    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostEndAsync(string id, CancellationToken ct)
    {
        var me = User.ToActor().UserId;
        var session = await db.UserSessions.SingleOrDefaultAsync(s => s.Id == id && s.UserId == me, ct);
        if (session is null)
        {
            return NotFound();
        }
        if (id == CurrentId)
        {
            await signIn.SignOutAsync();
            return LocalRedirect("/");
        }
        session.End(clock.GetUtcNow().UtcDateTime, Sessions.EndedByOwner);
        await db.SaveChangesAsync(ct);
        Message = Text.T("세션을 끝냈습니다.", "Session ended.");
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostEndOthersAsync(CancellationToken ct)
    {
        var ended = await Sessions.EndAllAsync(db, User.ToActor().UserId!, Sessions.EndedByOwner, clock.GetUtcNow().UtcDateTime, except: CurrentId, ct);
        await db.SaveChangesAsync(ct);
        Message = Text.T($"다른 세션 {ended}개를 끝냈습니다.", $"Ended {ended} other session(s).");
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var me = User.ToActor().UserId;
        Open = await db.UserSessions.AsNoTracking().Where(s => s.UserId == me).Active(clock.GetUtcNow().UtcDateTime)
            .OrderByDescending(s => s.LastSeenUtc).ToListAsync(ct);
    }
}

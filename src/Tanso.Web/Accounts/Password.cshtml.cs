using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Tanso.Data;
using Tanso.Data.Accounts;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Accounts;

/// <summary>The user changes their own password; every other session ends, this one stays.</summary>
[Authorize]
[EnableRateLimiting(AccountsSetup.LoginRateLimit)] // the current password is guessed here as on the login form
internal sealed class PasswordModel(UserManager<TansoUser> users, TansoSignInManager signIn, TansoDb db, TimeProvider clock) : PageModel
{
    [BindProperty] public string Current { get; set; } = "";
    [BindProperty] public string New { get; set; } = "";
    [BindProperty] public string Confirm { get; set; } = "";
    public bool Changed { get; private set; }
    public int EndedSessions { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user || User.SessionId() is not { } sid)
        {
            return Challenge();
        }
        if (New != Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), Text.T("새 비밀번호와 확인이 다릅니다.", "The new password and its confirmation differ."));
            return Refused();
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var result = await users.ChangePasswordAsync(user, Current, New);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                ModelState.AddModelError(e.Code == "PasswordMismatch" ? nameof(Current) : nameof(New),
                    e.Code == "PasswordMismatch" ? Text.T("지금 비밀번호가 맞지 않습니다.", "The current password is not correct.") : e.Description);
            }
            return Refused();
        }
        EndedSessions = await Sessions.EndAllAsync(db, user.Id, Sessions.PasswordChanged, clock.GetUtcNow().UtcDateTime, except: sid, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        // The security stamp changed with the password; this browser gets a cookie with the new one.
        await signIn.RenewAsync(user, sid);
        Changed = true;
        return Page();
    }

    private PageResult Refused()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}

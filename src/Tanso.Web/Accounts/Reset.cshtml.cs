using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Tanso.Data;
using Tanso.Data.Accounts;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Accounts;

/// <summary>
/// The one-time link an administrator issued (<see cref="ResetLinks"/>). Identity's reset token is bound to the
/// account's security stamp, which changes when the password is set: the link works once. Setting the password ends
/// every session of the account and lifts a sign-in lockout; tokens are not touched.
/// </summary>
[EnableRateLimiting(AccountsSetup.LoginRateLimit)]
internal sealed class ResetModel(UserManager<TansoUser> users, TansoDb db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string UserId { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string Token { get; set; } = "";
    [BindProperty] public string New { get; set; } = "";
    [BindProperty] public string Confirm { get; set; } = "";
    public bool Usable { get; private set; }
    public bool Done { get; private set; }

    public async Task OnGetAsync() => Usable = await FindAsync() is not null;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await FindAsync();
        Usable = user is not null;
        if (user is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (New != Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), Text.T("새 비밀번호와 확인이 다릅니다.", "The new password and its confirmation differ."));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var result = await users.ResetPasswordAsync(user, Token, New);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                ModelState.AddModelError(nameof(New), e.Description);
            }
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await Sessions.EndAllAsync(db, user.Id, Sessions.PasswordReset, clock.GetUtcNow().UtcDateTime, except: null, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        Done = true;
        return Page();
    }

    // A link for a disabled account, or one whose token no longer verifies, is not usable.
    private async Task<TansoUser?> FindAsync()
    {
        if (UserId.Length == 0 || Token.Length == 0 || await users.FindByIdAsync(UserId) is not { DisabledUtc: null } user)
        {
            return null;
        }
        return await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<TansoUser>.ResetPasswordTokenPurpose, Token) ? user : null;
    }
}

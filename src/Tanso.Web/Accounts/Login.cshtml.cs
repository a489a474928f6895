using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Tanso.Data.Accounts;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Accounts;

[EnableRateLimiting(AccountsSetup.LoginRateLimit)]
internal sealed class LoginModel(SignInManager<TansoUser> signIn) : PageModel
{
    [BindProperty] public string Email { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(ReturnUrl is { Length: > 0 } u && Url.IsLocalUrl(u) ? u : "/");
        }
        // The same words whether the account exists or not (or is disabled); lockout is said plainly.
        Error = result.IsLockedOut
            ? Text.T($"로그인 실패가 반복되어 계정이 잠시 잠겼습니다. {AccountsSetup.SignInLockout.TotalMinutes:0}분 뒤에 다시 시도하십시오. API 토큰은 그대로 쓸 수 있습니다.",
                $"Too many failed attempts: sign-in is paused for {AccountsSetup.SignInLockout.TotalMinutes:0} minutes. API tokens keep working.")
            : Text.T("이메일 또는 비밀번호가 맞지 않습니다.", "The email or password is not correct.");
        Response.StatusCode = result.IsLockedOut ? StatusCodes.Status423Locked : StatusCodes.Status401Unauthorized;
        return Page();
    }
}

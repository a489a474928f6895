using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Tanso.Core.Access;
using Tanso.Data.Accounts;

namespace Tanso.Web.Accounts;

[EnableRateLimiting(AccountsSetup.LoginRateLimit)]
internal sealed class SetupModel(UserManager<TansoUser> users, SignInManager<TansoUser> signIn, IDataProtectionProvider protection) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Token { get; set; } = "";
    [BindProperty] public string DisplayName { get; set; } = "";
    [BindProperty] public string Email { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    public bool Allowed { get; private set; }

    public async Task OnGetAsync() => Allowed = await IsAllowedAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        Allowed = await IsAllowedAsync();
        if (!Allowed)
        {
            return Page();
        }
        var tooLong = TansoUser.TextProblems(Email, DisplayName).ToList();
        foreach (var p in tooLong)
        {
            ModelState.AddModelError(p.Field == "email" ? nameof(Email) : nameof(DisplayName), Infrastructure.Text.T(p.Ko, p.En));
        }
        if (tooLong.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var user = new TansoUser { UserName = Email.Trim(), Email = Email.Trim(), EmailConfirmed = true, DisplayName = DisplayName.Trim() };
        var created = await users.CreateAsync(user, Password);
        if (created.Succeeded)
        {
            await users.AddToRoleAsync(user, Role.SystemAdmin.Name());
            await signIn.SignInAsync(user, isPersistent: false);
            return LocalRedirect("/admin/users");
        }
        foreach (var e in created.Errors)
        {
            ModelState.AddModelError("", e.Description);
        }
        return Page();
    }

    private async Task<bool> IsAllowedAsync()
    {
        if ((await users.GetUsersInRoleAsync(Role.SystemAdmin.Name())).Count > 0)
        {
            return false;
        }
        try
        {
            return protection.CreateProtector(FirstAdmin.Purpose).ToTimeLimitedDataProtector().Unprotect(Token) == "first-admin";
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}

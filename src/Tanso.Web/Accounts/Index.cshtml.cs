using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using System.Security.Claims;

namespace Tanso.Web.Accounts;

/// <summary>The signed-in user's own account: where to change the password, see sessions and tokens.</summary>
[Authorize]
internal sealed class AccountIndexModel : PageModel
{
    public string Name => User.ToActor().Name;
    public string Email => User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name ?? "";
}

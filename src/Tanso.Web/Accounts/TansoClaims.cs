using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tanso.Core.Access;
using Tanso.Data;
using Tanso.Data.Accounts;

namespace Tanso.Web.Accounts;

/// <summary>Claims Tanso adds to a signed-in principal, and the <see cref="Actor"/> read back from them.</summary>
internal static class TansoClaims
{
    public const string Government = "tanso:gov";
    public const string DisplayName = "tanso:name";
    /// <summary>"read" for a read-only access token; absent for cookie sign-in and write tokens.</summary>
    public const string Scope = "tanso:scope";
    /// <summary>The server-side session (<c>user_sessions.id</c>) of a cookie sign-in.</summary>
    public const string Session = "tanso:sid";

    public static Actor ToActor(this ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return Actor.Public;
        }
        var roles = user.FindAll(ClaimTypes.Role).Select(c => Roles.FromName(c.Value)).OfType<Role>().ToHashSet();
        var governments = user.FindAll(Government).Select(c => int.Parse(c.Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        return new Actor(user.FindFirstValue(ClaimTypes.NameIdentifier), user.FindFirstValue(DisplayName) ?? user.Identity.Name ?? "", roles, governments);
    }

    public static bool IsReadOnly(this ClaimsPrincipal user) => user.HasClaim(Scope, "read");
}

/// <summary>Adds the display name and bound governments at sign-in.</summary>
internal sealed class TansoClaimsFactory(UserManager<TansoUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, TansoDb db)
    : UserClaimsPrincipalFactory<TansoUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(TansoUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(TansoClaims.DisplayName, user.DisplayName.Length > 0 ? user.DisplayName : user.UserName ?? ""));
        var governments = await db.UserGovernments.Where(g => g.UserId == user.Id).Select(g => g.GovernmentId).ToListAsync();
        foreach (var id in governments)
        {
            identity.AddClaim(new Claim(TansoClaims.Government, id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return identity;
    }
}

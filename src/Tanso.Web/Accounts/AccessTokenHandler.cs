using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tanso.Data;
using Tanso.Data.Accounts;

namespace Tanso.Web.Accounts;

/// <summary>Authenticates <c>Authorization: Bearer tanso_…</c> with a personal access token. The principal
/// carries the owner's roles, only the token's governments (within the owner's), and a read scope for
/// read-only tokens.</summary>
internal sealed class AccessTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    TansoDb db, IUserClaimsPrincipalFactory<TansoUser> principals, UserManager<TansoUser> users, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "AccessToken";

    public static bool IsTokenRequest(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer " + PersonalAccessToken.Prefix, StringComparison.Ordinal);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!IsTokenRequest(Context))
        {
            return AuthenticateResult.NoResult();
        }
        var hash = PersonalAccessToken.Hash(Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim());
        var token = await db.AccessTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, Context.RequestAborted);
        if (token is null || !token.IsActive(clock.GetUtcNow().UtcDateTime))
        {
            return AuthenticateResult.Fail("The access token is unknown, expired or revoked.");
        }
        var user = await users.FindByIdAsync(token.UserId);
        // A password lockout is not checked: failed sign-ins by anyone must not stop an owner's integrations.
        if (user is null || user.DisabledUtc is not null)
        {
            return AuthenticateResult.Fail("The token's owner is disabled.");
        }
        var principal = await principals.CreateAsync(user);
        var identity = (ClaimsIdentity)principal.Identity!;
        var allowed = token.Governments();
        foreach (var claim in identity.FindAll(TansoClaims.Government).Where(c => !allowed.Contains(int.Parse(c.Value, System.Globalization.CultureInfo.InvariantCulture))).ToList())
        {
            identity.RemoveClaim(claim);
        }
        if (!token.CanWrite)
        {
            identity.AddClaim(new Claim(TansoClaims.Scope, "read"));
        }
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(identity.Claims, SchemeName)), SchemeName));
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Tanso.Data;
using Tanso.Data.Accounts;

namespace Tanso.Web.Accounts;

/// <summary>Identity's sign-in, plus: a disabled account cannot sign in, and every sign-in starts a server-side
/// session whose id travels in the cookie.</summary>
internal sealed class TansoSignInManager(
    UserManager<TansoUser> users, IHttpContextAccessor http, IUserClaimsPrincipalFactory<TansoUser> claims,
    IOptions<IdentityOptions> options, ILogger<SignInManager<TansoUser>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<TansoUser> confirmation, TansoDb db, TimeProvider clock)
    : SignInManager<TansoUser>(users, http, claims, options, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(TansoUser user) =>
        user.DisabledUtc is null && await base.CanSignInAsync(user);

    public override async Task SignInWithClaimsAsync(TansoUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var extra = additionalClaims.ToList();
        if (!extra.Any(c => c.Type == TansoClaims.Session))
        {
            var session = await Sessions.StartAsync(db, user, Context, clock.GetUtcNow().UtcDateTime);
            extra.Add(new Claim(TansoClaims.Session, session.Id));
        }
        await base.SignInWithClaimsAsync(user, authenticationProperties, extra);
    }

    /// <summary>Re-issues the cookie for the same session after the user's security stamp changed (their own
    /// password change), so that this browser stays signed in while every other session ends.</summary>
    public async Task RenewAsync(TansoUser user, string sessionId) =>
        await base.SignInWithClaimsAsync(user, new AuthenticationProperties(), [new Claim(TansoClaims.Session, sessionId)]);

    public override async Task SignOutAsync()
    {
        if (Context.User.SessionId() is { } sid && await db.UserSessions.FindAsync(sid) is { } session)
        {
            session.End(clock.GetUtcNow().UtcDateTime, Sessions.SignOut);
            await db.SaveChangesAsync();
        }
        await base.SignOutAsync();
    }
}

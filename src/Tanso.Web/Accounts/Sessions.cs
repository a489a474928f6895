using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tanso.Data;
using Tanso.Data.Accounts;

namespace Tanso.Web.Accounts;

/// <summary>Server-side sign-in sessions: started at sign-in, checked on every cookie request, ended by sign-out,
/// by their owner, by a password change or reset, and by disabling the account.</summary>
internal static class Sessions
{
    /// <summary>A session unused this long is over (the cookie's sliding lifetime).</summary>
    public static readonly TimeSpan IdleLifetime = TimeSpan.FromHours(8);

    // Last-seen times are written at most this often, so that reading pages does not write on every request.
    private static readonly TimeSpan TouchEvery = TimeSpan.FromMinutes(5);

    public const string SignOut = "sign-out";
    public const string EndedByOwner = "ended-by-owner";
    public const string PasswordChanged = "password-changed";
    public const string PasswordReset = "password-reset";
    public const string Disabled = "disabled";

    public static async Task<UserSession> StartAsync(TansoDb db, TansoUser user, HttpContext? http, DateTime nowUtc)
    {
        var agent = http?.Request.Headers.UserAgent.ToString() ?? "";
        var session = new UserSession
        {
            Id = UserSession.NewId(), UserId = user.Id, CreatedUtc = nowUtc, LastSeenUtc = nowUtc,
            UserAgent = agent.Length > UserSession.UserAgentLength ? agent[..UserSession.UserAgentLength] : agent,
            Address = http?.Connection.RemoteIpAddress?.ToString() ?? "",
        };
        db.UserSessions.Add(session);
        // The visitor is still anonymous while signing in; the trail names the account that signed in.
        var actor = db.Actor;
        db.Actor = () => new Data.Auditing.AuditActor(user.Id, user.DisplayName.Length > 0 ? user.DisplayName : user.UserName ?? "");
        try
        {
            await db.SaveChangesAsync();
        }
        finally
        {
            db.Actor = actor;
        }
        return session;
    }

    /// <summary>Sessions that can still be used (not ended, not idle past the cookie's lifetime).</summary>
    public static IQueryable<UserSession> Active(this IQueryable<UserSession> sessions, DateTime nowUtc)
    {
        var since = nowUtc - IdleLifetime;
        return sessions.Where(s => s.EndedUtc == null && s.LastSeenUtc > since);
    }

    /// <summary>Ends every open session of the user but <paramref name="except"/>; the caller saves.</summary>
    public static async Task<int> EndAllAsync(TansoDb db, string userId, string reason, DateTime nowUtc, string? except, CancellationToken ct)
    {
        var open = await db.UserSessions.Where(s => s.UserId == userId && s.EndedUtc == null && s.Id != except).ToListAsync(ct);
        foreach (var s in open)
        {
            s.End(nowUtc, reason);
        }
        return open.Count;
    }

    public static string? SessionId(this ClaimsPrincipal user) => user.FindFirstValue(TansoClaims.Session);

    /// <summary>Security-stamp refreshes rebuild the principal from the user; the session claim must survive.</summary>
    public static Task KeepSession(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal?.SessionId() is { } sid && context.NewPrincipal?.Identity is ClaimsIdentity identity)
        {
            identity.AddClaim(new Claim(TansoClaims.Session, sid));
        }
        return Task.CompletedTask;
    }

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not { } principal)
        {
            return; // already refused by the security-stamp check
        }
        var http = context.HttpContext;
        var db = http.RequestServices.GetRequiredService<TansoDb>();
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var sid = principal.SessionId();
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var session = sid is null ? null : await db.UserSessions.AsNoTracking()
            .Where(s => s.Id == sid)
            .Select(s => new { s.UserId, s.EndedUtc, s.LastSeenUtc, Disabled = db.Users.Where(u => u.Id == s.UserId).Select(u => u.DisabledUtc).FirstOrDefault() })
            .SingleOrDefaultAsync(http.RequestAborted);
        if (session is null || session.UserId != userId || session.EndedUtc is not null || session.Disabled is not null || now - session.LastSeenUtc > IdleLifetime)
        {
            context.RejectPrincipal();
            await http.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        if (now - session.LastSeenUtc > TouchEvery)
        {
            // Not audited: a last-seen time is bookkeeping, not a change anyone made.
            await db.UserSessions.Where(s => s.Id == sid).ExecuteUpdateAsync(u => u.SetProperty(s => s.LastSeenUtc, now), http.RequestAborted);
        }
    }
}

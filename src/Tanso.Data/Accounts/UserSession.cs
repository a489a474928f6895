using System.Security.Cryptography;

namespace Tanso.Data.Accounts;

/// <summary>
/// One signed-in browser. The sign-in cookie names its session; every request checks the row, so ending a
/// session (sign-out, "end this session", a disabled account, a changed password) takes effect at once on every
/// web instance that shares the database.
/// </summary>
public sealed class UserSession
{
    /// <summary>Random identifier carried in the cookie (claim <c>tanso:sid</c>).</summary>
    public string Id { get; set; } = "";

    /// <summary>The account.</summary>
    public string UserId { get; set; } = "";

    /// <summary>When the session began (UTC).</summary>
    public DateTime CreatedUtc { get; set; }

    /// <summary>Last request seen, to the nearest few minutes (UTC); not audited.</summary>
    public DateTime LastSeenUtc { get; set; }

    /// <summary>The browser, as it described itself, shortened to <see cref="UserAgentLength"/>.</summary>
    public string UserAgent { get; set; } = "";

    /// <summary>The client address at sign-in, so that the owner can recognise the session.</summary>
    public string Address { get; set; } = "";

    /// <summary>Set when the session ended; an ended session is never valid again.</summary>
    public DateTime? EndedUtc { get; set; }

    /// <summary>Why it ended: <c>sign-out</c>, <c>ended-by-owner</c>, <c>password-changed</c>, <c>disabled</c>, <c>password-reset</c>.</summary>
    public string? EndedReason { get; set; }

    /// <summary>Longest user-agent kept.</summary>
    public const int UserAgentLength = 300;

    /// <summary>A new unguessable session identifier.</summary>
    public static string NewId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(24));

    /// <summary>Ends the session now, once.</summary>
    public void End(DateTime nowUtc, string reason)
    {
        if (EndedUtc is null)
        {
            EndedUtc = nowUtc;
            EndedReason = reason;
        }
    }
}

using Microsoft.AspNetCore.Identity;
using Tanso.Core;

namespace Tanso.Data.Accounts;

/// <summary>A person with an account. Roles are Identity roles; governments are <see cref="UserGovernment"/> rows.</summary>
public sealed class TansoUser : IdentityUser
{
    /// <summary>Name shown in the UI and the audit trail, e.g. 김민지 (부산광역시 기후환경정책과).</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>Set while an administrator has disabled the account: no sign-in, no session, no token.</summary>
    public DateTime? DisabledUtc { get; set; }

    /// <summary>Governments this user is bound to (for regional officers).</summary>
    public List<UserGovernment> Governments { get; } = [];

    /// <summary>The longest e-mail address (and so user name) Identity's tables keep.</summary>
    public const int EmailLength = 256;

    /// <summary>An e-mail address or display name longer than an account keeps, by field (email, displayName).</summary>
    public static IEnumerable<Problem> TextProblems(string? email, string? displayName) => new[]
    {
        TextLimits.Check("email", email, EmailLength, "이메일", "Email"),
        TextLimits.Check("displayName", displayName, TextLimits.Name, "이름", "Name"),
    }.OfType<Problem>();
}

/// <summary>Binds a user to a government whose data they may edit.</summary>
public sealed class UserGovernment
{
    /// <summary>The user.</summary>
    public string UserId { get; set; } = "";

    /// <summary>The government.</summary>
    public int GovernmentId { get; set; }
}

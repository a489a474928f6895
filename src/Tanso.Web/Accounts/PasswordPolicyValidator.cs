using Microsoft.AspNetCore.Identity;
using Tanso.Data.Accounts;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Accounts;

/// <summary>Applies <see cref="PasswordPolicy"/> wherever Identity sets a password (create, change, reset).</summary>
internal sealed class PasswordPolicyValidator : IPasswordValidator<TansoUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<TansoUser> manager, TansoUser user, string? password) =>
        Task.FromResult(PasswordPolicy.Refusal(password, user.Email, user.DisplayName) is { } refusal
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordPolicy", Description = Text.T(refusal.Ko, refusal.En) })
            : IdentityResult.Success);
}

/// <summary>Where account messages (an administrator's reset link) go by e-mail. Until mail is configured none is
/// sent, and the administrator is shown the link to hand over; a mail sender replaces <see cref="NoAccountMail"/>.</summary>
internal interface IAccountMail
{
    bool IsConfigured { get; }

    Task SendResetLinkAsync(TansoUser user, Uri link, DateTimeOffset expiresUtc, CancellationToken ct);
}

internal sealed class NoAccountMail : IAccountMail
{
    public bool IsConfigured => false;

    public Task SendResetLinkAsync(TansoUser user, Uri link, DateTimeOffset expiresUtc, CancellationToken ct) =>
        throw new InvalidOperationException("No mail is configured; show the link to the administrator instead.");
}

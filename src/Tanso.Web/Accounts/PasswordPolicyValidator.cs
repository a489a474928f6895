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

using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Tanso.Core.Access;
using Tanso.Data.Accounts;

namespace Tanso.Web.Accounts;

/// <summary>
/// Makes sure the roles exist and that someone can administer the platform: the admin from
/// configuration, or else a one-time set-up link printed to the console. Never a default password.
/// </summary>
internal static partial class FirstAdmin
{
    public const string Purpose = "Tanso.FirstAdminSetup";
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(24);

    public static async Task EnsureAsync(IServiceProvider services, ILogger logger)
    {
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role.Name()))
            {
                Check(await roles.CreateAsync(new IdentityRole(role.Name())));
            }
        }
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TansoUser>>();
        if ((await users.GetUsersInRoleAsync(Role.SystemAdmin.Name())).Count > 0)
        {
            return;
        }
        var admin = scope.ServiceProvider.GetRequiredService<IOptions<AdminOptions>>().Value;
        if (admin.Email is { Length: > 0 } email && admin.Password is { Length: > 0 } password)
        {
            var user = new TansoUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "관리자" };
            Check(await users.CreateAsync(user, password));
            Check(await users.AddToRoleAsync(user, Role.SystemAdmin.Name()));
            LogCreated(logger, email);
            return;
        }
        var token = scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector(Purpose).ToTimeLimitedDataProtector().Protect("first-admin", LinkLifetime);
        LogSetupLink(logger, "/setup?token=" + Uri.EscapeDataString(token), (int)LinkLifetime.TotalHours);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Setting up accounts failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the administrator {Email} from configuration (Admin:Email)")]
    private static partial void LogCreated(ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No administrator yet. Open {Path} on this server within {Hours} hours to create one (or set Admin:Email and Admin:Password).")]
    private static partial void LogSetupLink(ILogger logger, string path, int hours);
}

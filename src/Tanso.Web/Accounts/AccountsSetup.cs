using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Tanso.Data;
using Tanso.Data.Accounts;

namespace Tanso.Web.Accounts;

internal static class AccountsSetup
{
    public const string LoginRateLimit = "login";
    private const string Selector = "Tanso";

    public static IServiceCollection AddTansoAccounts(this IServiceCollection services)
    {
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section);
        services.AddIdentity<TansoUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = true;
                o.Password.RequireDigit = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<TansoDb>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<TansoClaimsFactory>();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "tanso.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // API callers get status codes, not a login page.
            o.Events.OnRedirectToLogin = c => ApiStatusOr(c, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => ApiStatusOr(c, StatusCodes.Status403Forbidden);
        });

        // One scheme in front: a bearer access token when one is presented, the sign-in cookie otherwise.
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Selector;
                o.DefaultAuthenticateScheme = Selector;
                o.DefaultChallengeScheme = Selector;
                o.DefaultForbidScheme = Selector;
            })
            .AddPolicyScheme(Selector, "cookie or access token", o => o.ForwardDefaultSelector = c =>
                AccessTokenHandler.IsTokenRequest(c) ? AccessTokenHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, AccessTokenHandler>(AccessTokenHandler.SchemeName, null);
        services.AddAuthorization();

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Password attempts (POSTs) per client address and form; reading the form is not limited.
            // Counted in the database, so that every web instance shares the budget.
            o.AddPolicy(LoginRateLimit, c => HttpMethods.IsPost(c.Request.Method)
                ? Infrastructure.SharedRateLimiter.Partition(c, c.Connection.RemoteIpAddress?.ToString() ?? "unknown", 10, TimeSpan.FromMinutes(1))
                : RateLimitPartition.GetNoLimiter("read"));
        });
        Infrastructure.SharedRateLimiter.AddSharedRateLimits(services);
        return services;
    }

    private static Task ApiStatusOr(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }
        return Task.CompletedTask;
    }
}

/// <summary>The <c>Admin</c> section: the first administrator, created on first start when both are set.</summary>
internal sealed class AdminOptions
{
    public const string Section = "Admin";
    public string? Email { get; set; }
    public string? Password { get; set; }
}

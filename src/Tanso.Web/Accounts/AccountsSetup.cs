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
                // Length and the common-password list (PasswordPolicyValidator), no composition rules: NIST SP 800-63B.
                o.Password.RequiredLength = Data.Accounts.PasswordPolicy.MinLength;
                o.Password.RequiredUniqueChars = 1;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireDigit = false;
                // Failed passwords slow the next attempts down; they never touch the account's API tokens.
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = SignInLockout;
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<TansoDb>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<PasswordPolicyValidator>()
            .AddSignInManager<TansoSignInManager>()
            .AddClaimsPrincipalFactory<TansoClaimsFactory>();
        // Role and government changes reach open sessions within a minute; the session row is checked on every request.
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            o.OnRefreshingPrincipal = Sessions.KeepSession;
        });
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = ResetLinkLifetime);
        services.AddSingleton<AccountMail>();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "tanso.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = Sessions.IdleLifetime;
            o.SlidingExpiration = true;
            // API callers get status codes, not a login page.
            o.Events.OnRedirectToLogin = c => ApiStatusOr(c, StatusCodes.Status401Unauthorized);
            // A signed-in browser refused a page gets 403 at that address (the error page explains), not a redirect.
            // A visitor who is not signed in is sent to sign in first.
            o.Events.OnRedirectToAccessDenied = c =>
            {
                if (c.HttpContext.User.Identity?.IsAuthenticated == true || IsApi(c.HttpContext))
                {
                    c.Response.StatusCode = StatusCodes.Status403Forbidden;
                }
                else
                {
                    c.Response.Redirect("/account/login?ReturnUrl=" + Uri.EscapeDataString(c.Request.PathBase + c.Request.Path + c.Request.QueryString));
                }
                return Task.CompletedTask;
            };
            o.Events.OnValidatePrincipal = async c =>
            {
                await SecurityStampValidator.ValidatePrincipalAsync(c);
                await Sessions.ValidateAsync(c);
            };
        });

        // One authentication story. Pages know only the sign-in cookie (and check antiforgery on every form);
        // the API knows access tokens, and the cookie for reading only: a write to /api without a token is
        // anonymous, so a page on another site (or a same-site one) cannot make a signed-in browser write.
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Selector;
                o.DefaultAuthenticateScheme = Selector;
                o.DefaultChallengeScheme = Selector;
                o.DefaultForbidScheme = Selector;
            })
            .AddPolicyScheme(Selector, "cookie for pages, access token for the API", o => o.ForwardDefaultSelector = SchemeFor)
            .AddScheme<AuthenticationSchemeOptions, AccessTokenHandler>(AccessTokenHandler.SchemeName, null);
        services.AddAuthorization();

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Say when to come back (RFC 9110 §10.2.3), in whole seconds, never 0.
            o.OnRejected = (c, _) =>
            {
                var after = c.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                c.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            // Password attempts (POSTs) per client address and form; reading the form is not limited.
            // Counted in the database, so that every web instance shares the budget.
            o.AddPolicy(LoginRateLimit, c => HttpMethods.IsPost(c.Request.Method)
                ? Infrastructure.SharedRateLimiter.Partition(c, c.Connection.RemoteIpAddress?.ToString() ?? "unknown", 10, TimeSpan.FromMinutes(1))
                : RateLimitPartition.GetNoLimiter("read"));
        });
        Infrastructure.SharedRateLimiter.AddSharedRateLimits(services);
        return services;
    }

    /// <summary>How long a failed-password lockout lasts.</summary>
    public static readonly TimeSpan SignInLockout = TimeSpan.FromMinutes(5);

    /// <summary>How long an administrator's reset link stays valid (it also dies once used).</summary>
    public static readonly TimeSpan ResetLinkLifetime = TimeSpan.FromHours(24);

    public static bool IsApi(HttpContext c) => c.Request.Path.StartsWithSegments("/api");

    public static bool IsSafe(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);

    // Token scheme for every API write: without a token header it answers "no result", i.e. anonymous.
    private static string SchemeFor(HttpContext c) =>
        !IsApi(c) ? (IsSafe(c.Request.Method) && PrintTicket.Allows(c) ? AccessTokenHandler.SchemeName : IdentityConstants.ApplicationScheme)
        : AccessTokenHandler.IsTokenRequest(c) || !IsSafe(c.Request.Method) ? AccessTokenHandler.SchemeName
        : IdentityConstants.ApplicationScheme;

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

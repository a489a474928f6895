using Microsoft.AspNetCore.Localization;

namespace Tanso.Web.Infrastructure;

internal static class Localization
{
    private static readonly string[] Cultures = ["ko", "en"];

    public static IServiceCollection AddTansoLocalization(this IServiceCollection services) =>
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture("ko").AddSupportedCultures(Cultures).AddSupportedUICultures(Cultures);
            // ?culture=en, then the cookie set by the language switch; the browser's Accept-Language is
            // ignored on purpose: the service is Korean unless the reader asks otherwise.
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });

    /// <summary>GET /language/{lang}: remembers the choice in a cookie and returns to the page.</summary>
    public static void MapLanguageSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet("/language/{lang}", (string lang, string? returnUrl, HttpContext http) =>
        {
            if (!Cultures.Contains(lang))
            {
                return Results.Problem(statusCode: 404, detail: $"Language '{lang}' is not offered: use ko or en.");
            }
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(lang)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
        }).ExcludeFromDescription();

    /// <summary>Whether a return address stays on this site: a path from the root, never "//host" or "/\host" (which browsers
    /// read as another host), nor control characters. The same rule as ASP.NET's own local-URL check, so that
    /// LocalRedirect never refuses what passes here.</summary>
    public static bool IsLocal(string? url) =>
        url is { Length: > 0 } u && u[0] == '/' && (u.Length == 1 || (u[1] != '/' && u[1] != '\\')) && !u.Any(char.IsControl);
}

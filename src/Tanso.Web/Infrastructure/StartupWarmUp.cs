using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

namespace Tanso.Web.Infrastructure;

/// <summary>
/// Work the first request would otherwise do before it could answer, done while the database is readied on the other
/// thread (<c>Program.cs</c>): none of it reads the database. The server listens only after both are done, as before.
/// </summary>
internal static class StartupWarmUp
{
    public static void Run(WebApplication app)
    {
        // The first comparison or case mapping under Korean loads ICU's data for it: 0.15 s of the first request
        // (EF Core lower-cases a name while compiling its first query under the request's culture).
        var cultures = app.Services.GetRequiredService<IOptions<RequestLocalizationOptions>>().Value.SupportedCultures ?? [];
        foreach (var culture in cultures.Append(CultureInfo.InvariantCulture))
        {
            _ = culture.TextInfo.ToLower('A') + culture.TextInfo.ToUpper("a");
            _ = culture.CompareInfo.Compare("가나다", "abc", CompareOptions.IgnoreCase);
        }
        // Every endpoint: the Razor pages' action descriptors and routes, the minimal APIs' delegates and metadata.
        foreach (var source in ((IEndpointRouteBuilder)app).DataSources)
        {
            _ = source.Endpoints;
        }
    }
}

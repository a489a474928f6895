using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Tanso.Web.Tests.Accounts;

/// <summary>Every endpoint the app maps, as "METHOD /pattern", static files left out.</summary>
public static class EndpointList
{
    public static IReadOnlyList<string> Of(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => !IsStaticFile(e))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"])
                .Select(m => $"{m} /{e.RoutePattern.RawText?.TrimStart('/')}"))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    // MapStaticAssets maps one endpoint per file under wwwroot; they are public by design.
    private static bool IsStaticFile(RouteEndpoint e) =>
        e.Metadata.Any(m => m.GetType().Name == "StaticAssetDescriptor")
        || e.RoutePattern.RawText is { } p && (p.StartsWith("{**path", StringComparison.Ordinal) || p.StartsWith("lib/", StringComparison.Ordinal) || p.StartsWith("js/", StringComparison.Ordinal) || p.StartsWith("favicon", StringComparison.Ordinal));
}

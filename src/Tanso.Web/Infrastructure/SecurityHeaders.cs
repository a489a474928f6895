namespace Tanso.Web.Infrastructure;

internal static class SecurityHeaders
{
    // No inline script or style anywhere: chart data travels in a JSON data block read by a script file.
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            if (!context.Request.Path.StartsWithSegments("/api/docs"))
            {
                headers.ContentSecurityPolicy = Policy;
            }
            return next(context);
        });

    /// <summary>What a signed-in caller receives (evidence files, drafts, the audit trail) is theirs alone: no
    /// browser or proxy cache keeps it, unless the endpoint chose its own caching (static assets).</summary>
    public static IApplicationBuilder UsePrivateResponsesUnstored(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated == true)
            {
                context.Response.OnStarting(() =>
                {
                    if (!context.Response.Headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.CacheControl))
                    {
                        context.Response.Headers.CacheControl = "no-store";
                    }
                    return Task.CompletedTask;
                });
            }
            return next(context);
        });
}

namespace Tanso.Web.Infrastructure;

internal static class ErrorHandling
{
    // API callers get ProblemDetails; people get a page. Neither ever sees a stack trace.
    public static IApplicationBuilder UseTansoErrorHandling(this WebApplication app)
    {
        app.UseWhen(IsApi, api => api.UseExceptionHandler().UseStatusCodePages());
        app.UseWhen(c => !IsApi(c), ui => ui
            .UseExceptionHandler("/error")
            .UseStatusCodePagesWithReExecute("/error", "?status={0}"));
        return app;
    }

    private static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/healthz");
}

using Microsoft.AspNetCore.Http.Json;
using Tanso.Data.Tabular;

namespace Tanso.Web.Infrastructure;

internal static class ErrorHandling
{
    /// <summary>ProblemDetails for every error, and input that cannot be read answered as the caller's mistake (4xx), never 500.</summary>
    public static IServiceCollection AddTansoErrorHandling(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = InputProblems.Describe);
        // Malformed JSON and unbindable route/query values throw (in every environment), so that the problem names the field.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<ExceptionHandlerOptions>(o => (o.StatusCodeSelector, o.SuppressDiagnosticsCallback) = (InputProblems.StatusOf, InputProblems.IsCallersMistake));
        services.Configure<JsonOptions>(o => o.SerializerOptions.MaxDepth = 32);
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.ModelMetadataDetailsProviders.Add(new EmptyFormTextStaysText()));
        return services;
    }

    // API callers get ProblemDetails; people get a page. Neither ever sees a stack trace.
    public static IApplicationBuilder UseTansoErrorHandling(this WebApplication app)
    {
        app.UseWhen(IsApi, api => api.UseExceptionHandler().UseStatusCodePages());
        app.UseWhen(c => !IsApi(c), ui => ui
            .UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/error", StatusCodeSelector = InputProblems.StatusOf, SuppressDiagnosticsCallback = InputProblems.IsCallersMistake,
            })
            .UseStatusCodePagesWithReExecute("/error", "?status={0}"));
        return app;
    }

    private static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/healthz");
}

using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace Tanso.Web.Infrastructure;

/// <summary>
/// The answer of a write endpoint whose command decides among success and the usual refusals at run time (an outcome
/// with a status). It runs the result the command chose, and tells OpenAPI everything it can be: the success with its
/// schema, 400 as a validation problem naming the fields, and 403, 404 and 409 as problem details — what
/// <c>Results&lt;…&gt;</c> would list if it could hold them all (409 carries the current values in <c>current</c>).
/// </summary>
internal abstract class Answer(IResult result) : IResult, INestedHttpResult
{
    public IResult Result { get; } = result;

    public Task ExecuteAsync(HttpContext httpContext) => Result.ExecuteAsync(httpContext);

    protected static void Refusals(EndpointBuilder builder)
    {
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), ["application/problem+json"]));
        foreach (var status in new[] { StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict })
        {
            builder.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), ["application/problem+json"]));
        }
    }
}

/// <summary>200 with <typeparamref name="T"/> when saved; otherwise a refusal.</summary>
internal sealed class Saved<T>(IResult result) : Answer(result), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
        Refusals(builder);
    }
}

/// <summary>201 with <typeparamref name="T"/> and its location when added; otherwise a refusal.</summary>
internal sealed class Added<T>(IResult result) : Answer(result), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status201Created, typeof(T), ["application/json"]));
        Refusals(builder);
    }
}

/// <summary>204 when done (removed, set), with nothing to return; otherwise a refusal.</summary>
internal sealed class Done(IResult result) : Answer(result), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status204NoContent, typeof(void), []));
        Refusals(builder);
    }
}

/// <summary>Downloads in OpenAPI: a file (binary) of the given types.</summary>
internal static class FileAnswers
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder builder, string contentType, params string[] more) =>
        builder.Produces<Stream>(StatusCodes.Status200OK, contentType, more);
}

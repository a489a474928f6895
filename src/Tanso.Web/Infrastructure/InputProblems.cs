using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Tanso.Data.Tabular;

namespace Tanso.Web.Infrastructure;

/// <summary>
/// Exceptions that mean "the request could not be read", with the status and the words the caller gets: a body above
/// its limit or an upload above a <see cref="UploadLimits"/> limit is 413 naming the limit; malformed JSON, a form
/// that cannot be parsed or a value that does not bind is 400 naming the field. Anything else stays a 500: a bug.
/// </summary>
internal static partial class InputProblems
{
    public static int StatusOf(Exception exception) => exception switch
    {
        UploadLimitExceededException => StatusCodes.Status413PayloadTooLarge,
        Tanso.Data.UnstorableTextException => StatusCodes.Status400BadRequest,
        BadHttpRequestException b => b.StatusCode,
        ValueProviderException { InnerException: { } inner } => StatusOf(inner) is var s and >= 400 and < 500 ? s : 400,
        // Form and multipart parsing (ASP.NET's own limits on keys, values, parts and headers).
        InvalidDataException e when e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase) => StatusCodes.Status413PayloadTooLarge,
        InvalidDataException or JsonException => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>Input the caller got wrong is answered, not logged as an application error.</summary>
    public static bool IsCallersMistake(Microsoft.AspNetCore.Diagnostics.ExceptionHandlerSuppressDiagnosticsContext context) => StatusOf(context.Exception) < 500;

    public static void Describe(ProblemDetailsContext context)
    {
        var exception = context.Exception is ValueProviderException { InnerException: { } inner } ? inner : context.Exception;
        var problem = context.ProblemDetails;
        switch (exception)
        {
            case UploadLimitExceededException u:
                problem.Title = Text.T("파일이 Tanso가 받는 한도보다 큽니다.", "The upload is larger than Tanso accepts.");
                problem.Detail = Text.T(u.Korean, u.Message);
                problem.Extensions["limit"] = u.Limit;
                problem.Extensions["allowed"] = u.Allowed;
                break;
            case Tanso.Data.UnstorableTextException t:
                Field(problem, JsonNamingPolicy.CamelCase.ConvertName(t.Property), Text.T(t.Korean, t.English),
                    Text.T("저장할 수 없는 문자가 있습니다.", "The text holds a character that cannot be stored."));
                break;
            case BadHttpRequestException { StatusCode: 413 }:
                var allowed = context.HttpContext.Items[RequestBodyLimits.ItemKey] as long?;
                problem.Title = Text.T("요청 본문이 너무 큽니다.", "The request body is too large.");
                problem.Detail = Text.T($"요청 본문은 {allowed:N0}바이트까지 받습니다.", $"A request body here may have at most {allowed:N0} bytes.");
                problem.Extensions["limit"] = "request-bytes";
                problem.Extensions["allowed"] = allowed;
                break;
            case BadHttpRequestException { InnerException: JsonException json }:
                Field(problem, FieldOf(json.Path), Text.T("JSON으로 읽을 수 없습니다", "not valid JSON here") + $" ({json.Message.Split(" Path:")[0]})",
                    Text.T("요청 본문이 올바른 JSON이 아닙니다.", "The request body is not valid JSON."));
                break;
            case BadHttpRequestException b when b.StatusCode < 500:
                Field(problem, ParameterOf(b.Message), b.Message, Text.T("요청을 읽을 수 없습니다.", "The request could not be read."));
                break;
            case JsonException json:
                Field(problem, FieldOf(json.Path), json.Message.Split(" Path:")[0], Text.T("요청 본문이 올바른 JSON이 아닙니다.", "The request body is not valid JSON."));
                break;
            case InvalidDataException e when StatusOf(e) == 413:
                problem.Title = Text.T("요청이 너무 큽니다.", "The request is too large.");
                problem.Detail = e.Message;
                problem.Extensions["limit"] = "form";
                break;
            case InvalidDataException e:
                Field(problem, "form", e.Message, Text.T("양식을 읽을 수 없습니다.", "The form could not be read."));
                break;
        }
    }

    private static void Field(Microsoft.AspNetCore.Mvc.ProblemDetails problem, string field, string message, string title)
    {
        problem.Title = title;
        problem.Detail = $"{field}: {message}";
        problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [message] };
    }

    // "$.tasks[0].budgetKrw" → "tasks[0].budgetKrw"; the body itself when the JSON breaks before any property.
    private static string FieldOf(string? path) => path is null or "$" or "" ? "body" : path.TrimStart('$', '.');

    // 'Failed to bind parameter "int id" from "abc".' → "id".
    private static string ParameterOf(string message) => ParameterName().Match(message) is { Success: true } m ? m.Groups[1].Value : "request";

    [GeneratedRegex("parameter \"[^\"]*?(\\w+)\"")]
    private static partial Regex ParameterName();
}

using Tanso.Core;
using Microsoft.AspNetCore.Http.HttpResults;
using Tanso.Core.Checks;
using Tanso.Core.Community;

namespace Tanso.Web.Infrastructure;

/// <summary>
/// What a command did — the saved item (or the current one on a 409), or a status with a message or field errors — shared by
/// every feature's API (as typed results, so OpenAPI lists the success body and the problems) and pages (as form errors).
/// </summary>
/// <param name="Value">The item saved, or the current item when someone changed it first (409).</param>
/// <param name="Status">The HTTP status the command amounts to.</param>
/// <param name="Message">Why it was refused, in the request's language.</param>
/// <param name="Errors">Field errors (400), or the problems of a file (422), in the request's language.</param>
/// <param name="Location">Where a created item lives (201), when the command knows it.</param>
internal sealed record Outcome<T>(T? Value, int Status, string? Message = null, Dictionary<string, string[]>? Errors = null, string? Location = null)
    where T : class
{
    private static readonly (string Ko, string En) CannotTitle = ("요청을 처리할 수 없습니다.", "The request cannot be carried out.");

    public bool Ok => Status is 200 or 201 or 204;

    public static Outcome<T> Done(T value, int status = 200) => new(value, status);

    public static Outcome<T> Created(T value, string? location = null) => new(value, 201, Location: location);

    public static Outcome<T> Refused(int status, string? message = null) => new(null, status, message);

    public static Outcome<T> Refused(int status, (string Ko, string En) why) => new(null, status, Text.T(why.Ko, why.En));

    public static Outcome<T> Invalid(Dictionary<string, string[]> errors) => new(null, 400, Errors: errors);

    public static Outcome<T> Invalid(IEnumerable<Problem> problems) => Invalid(problems
        .GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => Text.T(p.Ko, p.En)).ToArray()));

    public static Outcome<T> Invalid(string field, string ko, string en) => Invalid([new Problem(field, ko, en)]);

    public static Outcome<T> Conflict(T current) => new(current, 409);

    /// <summary>The outcome as a result whose body is <paramref name="dto"/> of the value.</summary>
    /// <param name="title">What could not be done, for the problem's title (default: the request cannot be carried out).</param>
    public IResult ToResult<TDto>(Func<T, TDto> dto, Func<T, string>? location = null, (string Ko, string En)? title = null) => Status switch
    {
        200 => TypedResults.Ok(dto(Value!)),
        201 => TypedResults.Created(location?.Invoke(Value!) ?? Location, dto(Value!)),
        204 => TypedResults.NoContent(),
        400 => TypedResults.ValidationProblem(Errors!, title: Text.T("요청에 잘못된 값이 있습니다.", "The request has invalid fields.")),
        403 => TypedResults.Forbid(),
        404 => TypedResults.NotFound(),
        _ => Problem(dto, title),
    };

    /// <summary>The outcome as an OK result or a problem, typed.</summary>
    public Results<Ok<TDto>, ValidationProblem, ForbidHttpResult, NotFound, ProblemHttpResult> ToOk<TDto>(Func<T, TDto> dto, (string Ko, string En)? title = null) => Status switch
    {
        200 => TypedResults.Ok(dto(Value!)),
        400 => TypedResults.ValidationProblem(Errors!, title: Text.T("요청에 잘못된 값이 있습니다.", "The request has invalid fields.")),
        403 => TypedResults.Forbid(),
        404 => TypedResults.NotFound(),
        _ => Problem(dto, title),
    };

    /// <summary>The outcome as a Created result or a problem, typed.</summary>
    public Results<Created<TDto>, ValidationProblem, ForbidHttpResult, NotFound, ProblemHttpResult> ToCreated<TDto>(Func<T, TDto> dto, Func<T, string> location,
        (string Ko, string En)? title = null) => Status switch
    {
        201 => TypedResults.Created(location(Value!), dto(Value!)),
        400 => TypedResults.ValidationProblem(Errors!, title: Text.T("요청에 잘못된 값이 있습니다.", "The request has invalid fields.")),
        403 => TypedResults.Forbid(),
        404 => TypedResults.NotFound(),
        _ => Problem(dto, title),
    };

    /// <summary>The errors as lines for a form: field errors, or the message.</summary>
    public IEnumerable<string> Lines() =>
        Errors is { Count: > 0 } errors ? errors.SelectMany(e => e.Value)
        : Status == 409 && Message is null ? [Text.T("다른 사람이 먼저 고쳤습니다. 아래의 현재 내용을 보고 다시 하십시오.", "Someone changed this first. Check the current values below and try again.")]
        : [Message ?? Text.T("아무것도 저장하지 않았습니다.", "Nothing was saved.")];

    private ProblemHttpResult Problem<TDto>(Func<T, TDto> dto, (string Ko, string En)? title)
    {
        var (ko, en) = title ?? CannotTitle;
        return Status switch
        {
            409 when Value is not null => Editing.Conflict(dto(Value)!),
            422 when Errors is not null => TypedResults.Problem(statusCode: 422, title: Text.T("내용에 문제가 있어 아무것도 저장하지 않았습니다.", "The input has problems; nothing was saved."),
                extensions: new Dictionary<string, object?> { ["errors"] = Errors }),
            _ => TypedResults.Problem(statusCode: Status, title: Text.T(ko, en), detail: Message),
        };
    }
}

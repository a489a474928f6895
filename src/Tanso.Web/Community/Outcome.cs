using Tanso.Core.Community;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Community;

/// <summary>What a community command did: the saved item, or a status with field errors or a message. Shared by the
/// API (as a typed result) and the pages (as form errors).</summary>
internal sealed record Outcome<T>(T? Value, int Status, string? Message = null, Dictionary<string, string[]>? Errors = null)
    where T : class
{
    public bool Ok => Status is 200 or 201 or 204;

    public static Outcome<T> Done(T value, int status = 200) => new(value, status);

    public static Outcome<T> Refused(int status, string? message = null) => new(null, status, message);

    public static Outcome<T> Invalid(IEnumerable<Problem> problems) => new(null, 400, Errors: problems
        .GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => Text.T(p.Ko, p.En)).ToArray()));

    public static Outcome<T> Invalid(string field, string ko, string en) => Invalid([new Problem(field, ko, en)]);

    public static Outcome<T> Conflict(T current) => new(current, 409);

    public IResult ToResult(Func<T, object> dto, Func<T, string>? location = null) => Status switch
    {
        200 => TypedResults.Ok(dto(Value!)),
        201 => TypedResults.Created(location?.Invoke(Value!), dto(Value!)),
        204 => TypedResults.NoContent(),
        400 => TypedResults.ValidationProblem(Errors!, title: "The request has invalid fields."),
        403 => TypedResults.Forbid(),
        404 => TypedResults.NotFound(),
        409 when Value is not null => Editing.Conflict(dto(Value)),
        _ => TypedResults.Problem(statusCode: Status, title: Text.T("요청을 처리할 수 없습니다.", "The request cannot be carried out."), detail: Message),
    };

    /// <summary>The errors as lines for a form: field errors, or the message.</summary>
    public IEnumerable<string> Lines() =>
        Errors is { Count: > 0 } errors ? errors.SelectMany(e => e.Value)
        : Status == 409 ? [Text.T("다른 사람이 먼저 고쳤습니다. 아래의 현재 내용을 보고 다시 하십시오.", "Someone changed this first. Check the current values below and try again.")]
        : [Message ?? Text.T("아무것도 저장하지 않았습니다.", "Nothing was saved.")];
}

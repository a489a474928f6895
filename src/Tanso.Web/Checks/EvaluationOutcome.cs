using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Tanso.Core.Checks;
using Tanso.Data;
using Tanso.Web.Accounts;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Checks;

/// <summary>What an evaluation command did: a status with the saved state (or the current state on 409), a message
/// or field errors.</summary>
internal sealed record EvaluationOutcome(int Status, object? Body = null, string? Message = null, Dictionary<string, string[]>? Errors = null, string? Location = null)
{
    public bool Ok => Status is 200 or 201;

    public static EvaluationOutcome Invalid(IEnumerable<SettingsProblem> problems) => new(400,
        Errors: problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => Text.T(p.Ko, p.En)).ToArray()));

    public static EvaluationOutcome Invalid(string field, string ko, string en) => Invalid([new SettingsProblem(field, ko, en)]);

    public static EvaluationOutcome Refused(int status, (string Ko, string En) why) => new(status, Message: Text.T(why.Ko, why.En));

    /// <summary>The outcome as typed results, so that OpenAPI lists the success body and the problems.</summary>
    public Results<Ok<T>, ValidationProblem, ForbidHttpResult, NotFound, ProblemHttpResult> ToResult<T>() => Status switch
    {
        200 => TypedResults.Ok((T)Body!),
        400 => TypedResults.ValidationProblem(Errors!, title: "The request has invalid fields."),
        403 => TypedResults.Forbid(),
        404 => TypedResults.NotFound(),
        409 when Body is not null => Editing.Conflict(Body),
        _ => TypedResults.Problem(statusCode: Status, title: "The evaluation cannot be changed now.", detail: Message),
    };

    public IResult ToResult() => Status switch
    {
        200 => TypedResults.Ok(Body),
        201 => TypedResults.Created(Location, Body),
        400 => TypedResults.ValidationProblem(Errors!, title: "The request has invalid fields."),
        403 => TypedResults.Forbid(),
        404 => TypedResults.NotFound(),
        409 when Body is not null => Editing.Conflict(Body),
        _ => TypedResults.Problem(statusCode: Status, title: "The evaluation cannot be changed now.", detail: Message),
    };
}

internal static class EvaluationLoading
{
    /// <summary>The cycle for a write: 404 when the caller cannot see it, 403 when they cannot write at all.</summary>
    public static async Task<(CheckCycle? Cycle, EvaluationOutcome? Refusal)> ForWriteAsync(TansoDb db, ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var cycle = await CheckAccess.LoadAsync(db, id, ct);
        if (cycle is null || !await CheckAccess.CanSeeAsync(user, cycle, db, ct))
        {
            return (null, new EvaluationOutcome(404));
        }
        return !user.ToActor().IsAuthenticated ? (null, new EvaluationOutcome(403)) : (cycle, null);
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Tanso.Data;
using Tanso.Web.Reports;

using Tanso.Web.Infrastructure;

namespace Tanso.Web.TaskForce;

/// <summary>The task force's month over the API and as .xlsx; national officers and administrators.</summary>
internal static class TaskForceApi
{
    public static void MapTaskForceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Task force").RequireAuthorization();
        api.MapGet("/taskforce", Get).WithSummary("National tasks of a month by ministry: counts per status, change since last month, overdue and missing tasks");
        api.MapGet("/taskforce.xlsx", Workbook).WithSummary("The same month as .xlsx").ProducesFile(FileAnswers.Xlsx);
    }

    private static async Task<Results<Ok<TaskForceDto>, NotFound<ProblemDetails>, ValidationProblem, ForbidHttpResult>> Get(int? year, int? month, ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct)
    {
        var (m, refusal) = await LoadAsync(year, month, user, db, clock, ct);
        return refusal switch
        {
            ForbidHttpResult f => f,
            ValidationProblem v => v,
            NotFound<ProblemDetails> n => n,
            _ => TypedResults.Ok(m!.ToDto()),
        };
    }

    private static async Task<Results<FileContentHttpResult, NotFound<ProblemDetails>, ValidationProblem, ForbidHttpResult>> Workbook(int? year, int? month, ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct)
    {
        var (m, refusal) = await LoadAsync(year, month, user, db, clock, ct);
        return refusal switch
        {
            ForbidHttpResult f => f,
            ValidationProblem v => v,
            NotFound<ProblemDetails> n => n,
            _ => TypedResults.File(ReportWorkbook.Write(m!.Tables(), m!.IsSample), FileAnswers.Xlsx, $"tanso-taskforce-{m!.Year}-{m!.Month:D2}.xlsx"),
        };
    }

    private static async Task<(TaskForceMonth?, IResult?)> LoadAsync(int? year, int? month, ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct)
    {
        if (!TaskForceAccess.Allowed(user))
        {
            return (null, TypedResults.Forbid());
        }
        if (TaskForceAccess.Problems(year, month) is { Count: > 0 } problems)
        {
            return (null, TypedResults.ValidationProblem(problems));
        }
        var m = await TaskForceMonth.LoadAsync(db, year, month, clock, ct);
        if (m.Cycle is null)
        {
            return (m, TypedResults.NotFound(new ProblemDetails
            {
                Title = "No monthly check",
                Detail = $"The national plan has no monthly check for {m.Year}-{m.Month:D2}: open one with POST /api/plans/{{id}}/checks {{year, month}}.",
            }));
        }
        return (m, null);
    }
}

internal static class TaskForceAccess
{
    public static bool Allowed(ClaimsPrincipal user) => ConsolidatedAccess.Allowed(user);

    /// <summary>Year and month go together (neither: the latest month with a check).</summary>
    public static Dictionary<string, string[]> Problems(int? year, int? month)
    {
        var problems = new Dictionary<string, string[]>();
        if (year is null != month is null)
        {
            problems[year is null ? "year" : "month"] = ["Give both year and month, or neither (the latest month with a check)."];
        }
        if (year is not null and (< 1990 or > 2100))
        {
            problems["year"] = [$"The year must be 1990–2100, not {year}."];
        }
        if (month is not null and (< 1 or > 12))
        {
            problems["month"] = [$"The month must be 1–12, not {month}."];
        }
        return problems;
    }
}

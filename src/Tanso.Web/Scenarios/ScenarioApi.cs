using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Tanso.Data;
using Tanso.Data.Scenarios;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Scenarios;

internal static class ScenarioApi
{
    private static IResult Answer(Outcome<Core.Pathways.Scenario> outcome) =>
        outcome.ToResult(s => s.ToSummary(), s => $"/api/scenarios/{s.Id}", ("시나리오를 바꿀 수 없습니다.", "The scenario cannot be changed."));

    public static void MapScenarioApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Scenarios");
        api.MapGet("/scenarios", List).WithSummary("Scenarios the caller may see: the official ones, public ones, and private ones of governments the caller edits");
        api.MapPost("/governments/{id:int}/scenarios", Create).WithSummary("Start a scenario; fromInventory takes the base year's sector values from the current inventory").RequireAuthorization();
        api.MapGet("/scenarios/{id:int}", Get)
            .WithSummary("A scenario's points, yearly lines, net and gross totals and every metric, its BAU, and a what-if (sector+year+valueTCo2eq, or planId)");
        api.MapPut("/scenarios/{id:int}", Update).WithSummary("Change a scenario's header; send the version you read").RequireAuthorization();
        api.MapPut("/scenarios/{id:int}/lines", EditLines).WithSummary("Set and remove points and line interpolations in one versioned change").RequireAuthorization();
        api.MapPost("/scenarios/{id:int}/copies", Copy).WithSummary("Copy a scenario (an official one too) as a private, editable scenario of a government").RequireAuthorization();
        api.MapDelete("/scenarios/{id:int}", Delete).WithSummary("Delete a scenario of one's own; send the version you read").RequireAuthorization();
        api.MapGet("/scenarios/compare", Compare).WithSummary("Two to four scenarios measured over a common span");
        api.MapGet("/scenarios/compare.xlsx", CompareWorkbook).WithSummary("The comparison as .xlsx: measures, net totals, differences by sector, yearly lines and sources")
            .ProducesFile(FileAnswers.Xlsx);
    }

    private static async Task<Ok<ScenarioSummaryDto[]>> List(int? governmentId, ClaimsPrincipal user, TansoDb db, CancellationToken ct) =>
        TypedResults.Ok((await ScenarioAccess.VisibleAsync(user, db, governmentId, ct)).Select(s => s.ToSummary()).ToArray());

    private static async Task<Added<ScenarioSummaryDto>> Create(int id, ScenarioHeader header, ClaimsPrincipal user, TansoDb db, CancellationToken ct) =>
        new(Answer(await ScenarioCommands.CreateAsync(db, user, id, header, ct)));

    private static async Task<Results<Ok<ScenarioDto>, NotFound, ValidationProblem>> Get(int id, [AsParameters] AnalysisQuery query, ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        var scenario = await db.LoadScenarioAsync(id, ct);
        if (scenario is null || !await ScenarioAccess.CanSeeAsync(user, scenario, db, ct))
        {
            return TypedResults.NotFound();
        }
        var e = await ScenarioEvaluation.RunAsync(db, user, scenario, query, ct);
        return e.Errors.Count > 0 ? TypedResults.ValidationProblem(e.Errors) : TypedResults.Ok(e.Analysis.ToDto(e.WhatIf, e.WhatIfLabel?.En));
    }

    private static async Task<Saved<ScenarioSummaryDto>> Update(int id, ScenarioHeader header, ClaimsPrincipal user, TansoDb db, CancellationToken ct) =>
        new(Answer(await ScenarioCommands.DescribeAsync(db, user, id, header, ct)));

    private static async Task<Saved<ScenarioSummaryDto>> EditLines(int id, LinesInput input, ClaimsPrincipal user, TansoDb db, CancellationToken ct) =>
        new(Answer(await ScenarioCommands.EditLinesAsync(db, user, id, input, ct)));

    private static async Task<Added<ScenarioSummaryDto>> Copy(int id, CopyInput input, ClaimsPrincipal user, TansoDb db, CancellationToken ct) =>
        new(Answer(await ScenarioCommands.CopyAsync(db, user, id, input, ct)));

    private static async Task<Done> Delete(int id, int version, ClaimsPrincipal user, TansoDb db, CancellationToken ct) =>
        new(Answer(await ScenarioCommands.DeleteAsync(db, user, id, version, ct)));

    private static async Task<Results<Ok<ScenarioDto[]>, NotFound, ValidationProblem>> Compare([FromQuery] int[] ids, decimal? budgetTCo2eq, int? budgetFrom,
        ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        var (items, errors, found) = await ScenarioComparison.LoadAsync(db, user, ids, budgetTCo2eq, budgetFrom, ct);
        return !found ? TypedResults.NotFound()
            : errors.Count > 0 ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(items.Select(i => i.Analysis.ToDto()).ToArray());
    }

    private static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> CompareWorkbook([FromQuery] int[] ids, decimal? budgetTCo2eq, int? budgetFrom,
        ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        var (items, errors, found) = await ScenarioComparison.LoadAsync(db, user, ids, budgetTCo2eq, budgetFrom, ct);
        return !found ? TypedResults.NotFound()
            : errors.Count > 0 ? TypedResults.ValidationProblem(errors)
            : TypedResults.File(ScenarioWorkbook.Compare(items), FileAnswers.Xlsx, $"tanso-scenarios-{string.Join("-", ids)}.xlsx");
    }
}

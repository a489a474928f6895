using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Plans;
using Tanso.Data;
using Tanso.Data.Tabular;
using Tanso.Web.Accounts;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Plans;

/// <summary>The plan's review as the Framework Act runs it: committee record, submission, national review with
/// opinions and answers, publication. Handlers parse, call <see cref="PlanReviewCommands"/>, map the outcome.</summary>
internal static class PlanReviewApi
{
    public static void MapPlanReviewApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/plans/{id:int}").WithTags("Plans");
        api.MapPost("/transitions", Move).RequireAuthorization().Refusals()
            .WithSummary("reopen, submit (to the Minister, and the 시·도 for a 시·군·구), receive, return (with a reason), approve (finish the review) or publish");
        api.MapPost("/committee", RecordCommittee).RequireAuthorization().Refusals().DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data").ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(RequestBodyLimits.Workbook))
            .WithSummary("Record the local committee's deliberation: form fields version, date (yyyy-MM-dd), decision (adopted, adopted-with-changes) and the minutes as file");
        api.MapGet("/committee/minutes", Minutes).WithSummary("The committee minutes of a plan revision the caller sees")
            .ProducesFile("application/pdf", "application/x-hwp", "application/hwp+zip", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword");
        api.MapPost("/opinions", Opine).RequireAuthorization().Refusals().WithSummary("A review opinion from national staff (or the 시·도 of a 시·군·구) on a submitted plan");
        api.MapPost("/opinions/{opinionId:int}/answer", Answer).RequireAuthorization().Refusals().WithSummary("The government's answer to a review opinion");
        api.MapGet("/next-steps", NextSteps).WithSummary("What the caller may do with the plan now, and whose move it is");
    }

    private static RouteHandlerBuilder Refusals(this RouteHandlerBuilder b) =>
        b.ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Results<Ok<PlanDto>, Created<PlanDto>, ValidationProblem, NotFound, ProblemHttpResult>> Move(
        int id, StepInput input, ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct) =>
        (await PlanReviewCommands.MoveAsync(db, user, clock, id, input, ct)).ToResult();

    private static async Task<Results<Ok<PlanDto>, Created<PlanDto>, ValidationProblem, NotFound, ProblemHttpResult>> RecordCommittee(
        int id, HttpRequest request, ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct)
    {
        var (form, file, refusal) = await WorkbookUpload.ReadAsync(request, PlanReviewCommands.MinutesTypes, UploadLimits.Workbook, ct);
        if (refusal is { Status: 413 })
        {
            return TypedResults.Problem(statusCode: 413, detail: refusal.Message, title: Text.T("파일이 Tanso가 받는 한도보다 큽니다.", "The upload is larger than Tanso accepts."));
        }
        if (refusal is not null && form?.Files.GetFile("file") is { Length: > 0 })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [refusal.Message] });
        }
        _ = int.TryParse(form?["version"], System.Globalization.CultureInfo.InvariantCulture, out var version);
        return (await PlanReviewCommands.RecordCommitteeAsync(db, user, clock, id, version, form?["date"], form?["decision"], file, ct)).ToResult();
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> Minutes(int id, ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (plan?.CommitteeMinutesName is null || !PlanPolicy.CanSee(user.ToActor(), await PlanAccess.GovernmentAsync(db, plan.GovernmentId, ct), plan.Status))
        {
            return TypedResults.NotFound();
        }
        var minutes = await db.PlanCommitteeMinutes.AsNoTracking().SingleOrDefaultAsync(m => m.PlanId == id, ct);
        return minutes is null ? TypedResults.NotFound() : TypedResults.File(minutes.Content, minutes.ContentType, minutes.FileName);
    }

    private static async Task<Results<Ok<PlanDto>, Created<PlanDto>, ValidationProblem, NotFound, ProblemHttpResult>> Opine(
        int id, OpinionInput input, ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct) =>
        (await PlanReviewCommands.OpineAsync(db, user, clock, id, input, ct)).ToResult();

    private static async Task<Results<Ok<PlanDto>, Created<PlanDto>, ValidationProblem, NotFound, ProblemHttpResult>> Answer(
        int id, int opinionId, OpinionInput input, ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct) =>
        (await PlanReviewCommands.AnswerAsync(db, user, clock, id, opinionId, input, ct)).ToResult();

    private static async Task<Results<Ok<PlanNextStepsDto>, NotFound>> NextSteps(int id, ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        var government = plan is null ? null : await PlanAccess.GovernmentAsync(db, plan.GovernmentId, ct);
        if (plan is null || !PlanPolicy.CanSee(user.ToActor(), government!, plan.Status))
        {
            return TypedResults.NotFound();
        }
        var steps = PlanPolicy.Next(user.ToActor(), government!, plan.Status).Select(s => s.Name()).ToList();
        return TypedResults.Ok(new PlanNextStepsDto(plan.Id, plan.Version, plan.Status.Name(), plan.WaitingFor.Name(), steps));
    }
}

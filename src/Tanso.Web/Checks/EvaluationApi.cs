using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Checks;
using Tanso.Web.Accounts;
using Tanso.Data;

using Tanso.Web.Infrastructure;

namespace Tanso.Web.Checks;

/// <summary>The evaluation workflow of a check cycle: settings, rubric, evaluators' scores, the result with its right
/// of reply, and improvement opinions with their answers. The same state is part of GET /api/checks/{id}.</summary>
internal static class EvaluationApi
{
    /// <summary>The title of an evaluation command's problem.</summary>
    public static readonly (string Ko, string En) Cannot = ("지금은 평가를 바꿀 수 없습니다.", "The evaluation cannot be changed now.");

    public static void MapEvaluationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/checks/{id:int}").WithTags("Checks");
        api.MapPut("/settings", Settings).WithSummary("Replace the cycle's weights, grade scale, qualitative options and stage deadlines (national staff, until committee review)").RequireAuthorization();
        api.MapPut("/rubric", Rubric).WithSummary("Replace the cycle's qualitative rubric (national staff, until an evaluator has scored)").RequireAuthorization();
        api.MapGet("/scores", Scores).WithSummary("The qualitative aggregation per criterion (each score, mean, trimmed mean, SD, range, calibration flag) and the caller's own sheet");
        api.MapPut("/scores", Score).WithSummary("An assigned evaluator sets levels, comments and evidence for criteria of the rubric").RequireAuthorization();
        api.MapGet("/review", Review).WithSummary("The cycle's result and its right of reply");
        api.MapPut("/review", Draft).WithSummary("Draft or revise the result: the combined overall score with a comment (national staff)").RequireAuthorization();
        api.MapPost("/review/show", Show).WithSummary("Show the draft result to the government with a reply deadline (national staff)").RequireAuthorization();
        api.MapPost("/review/reply", Reply).WithSummary("The government's reply (소명) to the whole result and/or to single scores and opinions (items: kind score|opinion, id, text), once, no later than the deadline")
            .RequireAuthorization().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapPost("/calibrations", Calibrate).WithSummary("Record that a criterion flagged for calibration was calibrated, with the outcome (national staff); it covers the scores standing now")
            .RequireAuthorization().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/review/finalise", Finalise).WithSummary("Make the result final: after a reply, or once the deadline has passed (national staff)").RequireAuthorization();
        api.MapGet("/opinions", Opinions).WithSummary("The cycle's improvement opinions with their answers, carried ones linked to their origin");
        api.MapPost("/opinions", Issue).WithSummary("Issue an improvement opinion, optionally about one task (the cycle's evaluators; national staff as the committee)").RequireAuthorization();
        api.MapPost("/opinions/{opinionId:int}/withdraw", Withdraw).WithSummary("Withdraw an unanswered opinion with the reason, until the cycle is published (whoever may issue it: national staff any, the cycle's evaluators the evaluators' ones)").RequireAuthorization();
        api.MapPut("/opinions/{opinionId:int}/answer", Answer).WithSummary("The government answers an opinion: accepted, reflected-in-plan (with the revision) or not-accepted (with the reason)").RequireAuthorization();
    }

    private static async Task<Saved<SettingsDto>> Settings(int id, SettingsInput input, ClaimsPrincipal user, TansoDb db, CancellationToken ct) =>
        new((await SettingsCommands.ConfigureAsync(db, user, id, input, ct)).ToResult(b => b, title: Cannot));

    private static async Task<Saved<RubricDto>> Rubric(int id, RubricInput input, ClaimsPrincipal user, TansoDb db, CancellationToken ct) =>
        new((await SettingsCommands.ReplaceRubricAsync(db, user, id, input, ct)).ToResult(b => b, title: Cannot));

    private static async Task<Results<Ok<ScoringDto>, NotFound>> Scores(int id, ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct)
    {
        var (cycle, evaluation) = await LoadAsync(db, user, id, clock, ct);
        if (cycle is null)
        {
            return TypedResults.NotFound();
        }
        var mine = CheckAccess.IsAssignedEvaluator(user, cycle)
            ? ScoringCommands.SheetOf(cycle, evaluation!.Sheets.FirstOrDefault(s => s.EvaluatorId == user.ToActor().UserId), evaluation.Review)
            : null;
        return TypedResults.Ok(new ScoringDto(await EvaluationViews.QualitativeAsync(db, user, cycle, evaluation!, ct), mine));
    }

    private static async Task<Saved<SheetDto>> Score(int id, SheetInput input, ClaimsPrincipal user, TansoDb db, CancellationToken ct) =>
        new((await ScoringCommands.ScoreAsync(db, user, id, input, ct)).ToResult(b => b, title: Cannot));

    private static async Task<Results<Ok<ReviewDto>, NotFound>> Review(int id, ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        var cycle = await CheckAccess.LoadAsync(db, id, ct);
        if (cycle is null || !await CheckAccess.CanSeeAsync(user, cycle, db, ct))
        {
            return TypedResults.NotFound();
        }
        var review = EvaluationViews.ReviewFor(user, cycle, await CheckEvaluations.ReviewAsync(db, cycle, ct));
        return review is null ? TypedResults.NotFound() : TypedResults.Ok(review);
    }

    private static async Task<Saved<ReviewDto>> Draft(int id, ReviewDraftInput input, ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct) =>
        new((await ReviewCommands.DraftAsync(db, user, id, input, clock, ct)).ToResult(b => b, title: Cannot));

    private static async Task<Saved<ReviewDto>> Show(int id, ReviewShowInput input, ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct) =>
        new((await ReviewCommands.ShowAsync(db, user, id, input, clock, ct)).ToResult(b => b, title: Cannot));

    private static async Task<Results<Ok<ReviewDto>, ValidationProblem, ForbidHttpResult, NotFound, ProblemHttpResult>> Reply(int id, ReviewReplyInput input,
        ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct) =>
        (await ReviewCommands.ReplyAsync(db, user, id, input, clock, ct)).ToOk(b => (ReviewDto)b, Cannot);

    private static async Task<Results<Ok<QualitativeDto>, ValidationProblem, ForbidHttpResult, NotFound, ProblemHttpResult>> Calibrate(int id, CalibrationInput input,
        ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct) =>
        (await CalibrationCommands.ResolveAsync(db, user, id, input, clock, ct)).ToOk(b => (QualitativeDto)b, Cannot);

    private static async Task<Saved<ReviewDto>> Finalise(int id, CycleVersionInput input, ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct) =>
        new((await ReviewCommands.FinaliseAsync(db, user, id, input, clock, ct)).ToResult(b => b, title: Cannot));

    private static async Task<Results<Ok<IReadOnlyList<OpinionDto>>, NotFound>> Opinions(int id, ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        var cycle = await CheckAccess.LoadAsync(db, id, ct);
        if (cycle is null || !await CheckAccess.CanSeeAsync(user, cycle, db, ct))
        {
            return TypedResults.NotFound();
        }
        var opinions = await db.ImprovementOpinions.AsNoTracking().Where(o => o.CycleId == id).OrderBy(o => o.Id).ToListAsync(ct);
        return TypedResults.Ok(await EvaluationViews.OpinionsAsync(db, user, cycle, opinions, ct));
    }

    private static async Task<Added<OpinionDto>> Issue(int id, OpinionInput input, ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct) =>
        new((await OpinionCommands.IssueAsync(db, user, id, input, clock, ct)).ToResult(b => b, title: Cannot));

    private static async Task<Saved<OpinionDto>> Answer(int id, int opinionId, AnswerInput input, ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct) =>
        new((await OpinionCommands.AnswerAsync(db, user, id, opinionId, input, clock, ct)).ToResult(b => b, title: Cannot));

    private static async Task<Saved<OpinionDto>> Withdraw(int id, int opinionId, WithdrawInput input, ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct) =>
        new((await OpinionCommands.WithdrawAsync(db, user, id, opinionId, input, clock, ct)).ToResult(b => b, title: Cannot));

    private static async Task<(CheckCycle? Cycle, CycleEvaluation? Evaluation)> LoadAsync(TansoDb db, ClaimsPrincipal user, int id, TimeProvider clock, CancellationToken ct)
    {
        var cycle = await CheckAccess.LoadAsync(db, id, ct);
        if (cycle is null || !await CheckAccess.CanSeeAsync(user, cycle, db, ct))
        {
            return (null, null);
        }
        return (cycle, await CheckEvaluations.ForAsync(db, cycle, clock, ct));
    }
}

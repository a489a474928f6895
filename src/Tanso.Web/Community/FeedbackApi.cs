using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Tanso.Data;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Community;

internal static class FeedbackApi
{
    public static void MapFeedbackApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Community");
        api.MapGet("/plans/{id:int}/feedback", List).WithSummary("Approved citizen feedback (시민 의견) on a plan");
        api.MapPost("/plans/{id:int}/feedback", Submit)
            .WithSummary("Leave feedback on a published plan, without an account (optional name and task; rate-limited; 'website' must stay empty); shown after moderation")
            .RequireRateLimiting(CommunitySetup.PublicPostRateLimit).ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapGet("/feedback/pending", Pending).WithSummary("The moderation queue: pending feedback the caller moderates, oldest first, 50 a page (?page=2), with the total").RequireAuthorization();
        api.MapPost("/feedback/{id:int}/moderation", Moderate).WithSummary("Approve, or reject with a reason (versioned, audited)").RequireAuthorization();
    }

    private static async Task<Results<Ok<FeedbackDto[]>, NotFound>> List(int id, ClaimsPrincipal user, TansoDb db, CancellationToken ct) =>
        await FeedbackCommands.ApprovedAsync(db, user, id, ct) is { } found ? TypedResults.Ok(found.Approved.ToArray()) : TypedResults.NotFound();

    private static async Task<Added<FeedbackReceivedDto>> Submit(int id, FeedbackInput input, ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct) =>
        new((await FeedbackCommands.SubmitAsync(db, user, id, input, clock, ct)).ToResult(
            f => new FeedbackReceivedDto(f.Id, FeedbackDtos.StatusName(f.Status), Text.T("의견을 받았습니다. 검토 후 공개됩니다.", "Thank you: your feedback is shown once a moderator approves it.")),
            _ => $"/api/plans/{id}/feedback"));

    private static async Task<Results<Ok<ModerationPageDto>, ForbidHttpResult>> Pending(ClaimsPrincipal user, TansoDb db, CancellationToken ct, int page = 1) =>
        CommunityAccess.IsModerator(user) ? TypedResults.Ok(await FeedbackCommands.QueueAsync(db, user, page, ct)) : TypedResults.Forbid();

    private static async Task<Saved<ModeratedDto>> Moderate(int id, ModerationInput input, ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct) =>
        new((await FeedbackCommands.ModerateAsync(db, user, id, input, clock, ct)).ToResult(f => f.ToModerated()));
}

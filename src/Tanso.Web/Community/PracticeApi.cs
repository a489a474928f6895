using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Tanso.Data;

using Tanso.Web.Infrastructure;

namespace Tanso.Web.Community;

internal static class PracticeApi
{
    public static void MapPracticeApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Community");
        api.MapGet("/practices", List).WithSummary("Published good practices (우수사례), searched in title, summary and body, filtered by sector and government");
        api.MapGet("/practices/{id:int}", Get).WithSummary("A good practice with its linked tasks, check cycle and attachments (drafts: the government's editors)");
        api.MapPost("/governments/{id:int}/practices", Create).WithSummary("Write a good practice of the government, as a draft (its editors)").RequireAuthorization();
        api.MapPut("/practices/{id:int}", Update).WithSummary("Edit a good practice (versioned; removeFiles lists attachment ids to drop)").RequireAuthorization();
        api.MapPost("/practices/{id:int}/transitions", Move).WithSummary("Publish a draft, or withdraw a published practice to draft (action: publish|withdraw)").RequireAuthorization();
        api.MapPost("/practices/{id:int}/attachments", Attach).WithSummary("Attach files (multipart 'files', and 'version')")
            .RequireAuthorization().DisableAntiforgery().Accepts<IFormFileCollection>("multipart/form-data")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(Tanso.Web.Infrastructure.RequestBodyLimits.Attachments));
        api.MapPut("/practices/{id:int}/bookmark", (int id, ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct) => Bookmark(id, true, user, db, clock, ct))
            .WithSummary("Bookmark a good practice (signed-in users)").RequireAuthorization();
        api.MapDelete("/practices/{id:int}/bookmark", (int id, ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct) => Bookmark(id, false, user, db, clock, ct))
            .WithSummary("Remove a bookmark").RequireAuthorization();
        api.MapGet("/bookmarks", Bookmarks).WithSummary("The caller's bookmarked good practices").RequireAuthorization();
    }

    private static async Task<Ok<PracticePageDto>> List(TansoDb db, CancellationToken ct, string? q = null, string? sector = null, int? government = null, int page = 1) =>
        TypedResults.Ok(await PracticeCommands.SearchAsync(db, q, sector, government, page, await GovernmentNames.LoadAsync(db, ct), ct));

    private static async Task<Results<Ok<PracticeDto>, NotFound>> Get(int id, ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        var practice = await PracticeCommands.LoadAsync(db, id, ct);
        if (practice is null || !await CommunityAccess.CanSeePracticeAsync(user, practice, db, ct))
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(practice.ToDto(await GovernmentNames.LoadAsync(db, ct), await PracticeCommands.TasksAsync(db, user, practice, ct)));
    }

    private static async Task<Added<PracticeDto>> Create(int id, PracticeInput input, ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct) =>
        new(await ResultAsync(await PracticeCommands.CreateAsync(db, user, id, input, [], clock, ct), user, db, ct));

    private static async Task<Saved<PracticeDto>> Update(int id, PracticeInput input, ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct) =>
        new(await ResultAsync(await PracticeCommands.UpdateAsync(db, user, id, input, [], clock, ct), user, db, ct));

    private static async Task<Saved<PracticeDto>> Move(int id, PracticeTransitionInput input, ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct) =>
        new(await ResultAsync(await PracticeCommands.MoveAsync(db, user, id, input.Action, input.Version, clock, ct), user, db, ct));

    private static async Task<Saved<PracticeDto>> Attach(int id, HttpRequest request, ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return new(TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["files"] = ["Send multipart/form-data with 'files' and 'version'."] }));
        }
        var form = await request.ReadFormAsync(ct);
        var practice = await PracticeCommands.LoadAsync(db, id, ct);
        if (practice is null)
        {
            return new(TypedResults.NotFound());
        }
        _ = int.TryParse(form["version"], CultureInfo.InvariantCulture, out var version);
        var input = new PracticeInput(practice.Title, practice.Summary, practice.Body, practice.Sector?.Value, practice.Tasks.Select(t => t.TaskId).ToList(), practice.CheckCycleId, version);
        return new(await ResultAsync(await PracticeCommands.UpdateAsync(db, user, id, input, form.Files.GetFiles("files"), clock, ct), user, db, ct));
    }

    private static async Task<Done> Bookmark(int id, bool on, ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct) =>
        new((await PracticeCommands.BookmarkAsync(db, user, id, on, clock, ct)).ToResult(_ => new object()));

    private static async Task<Ok<PracticeSummaryDto[]>> Bookmarks(ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        var names = await GovernmentNames.LoadAsync(db, ct);
        return TypedResults.Ok((await PracticeCommands.BookmarksAsync(db, user, ct)).Select(p => p.ToSummary(names)).ToArray());
    }

    private static async Task<IResult> ResultAsync(Outcome<Core.Community.GoodPractice> outcome, ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        if (outcome.Value is null)
        {
            return outcome.ToResult(_ => new object());
        }
        var names = await GovernmentNames.LoadAsync(db, ct);
        var tasks = await PracticeCommands.TasksAsync(db, user, outcome.Value, ct);
        return outcome.ToResult(p => p.ToDto(names, tasks), p => $"/api/practices/{p.Id}");
    }
}

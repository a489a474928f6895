using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanso.Data;

using Tanso.Web.Infrastructure;

namespace Tanso.Web.Community;

internal static class NewsApi
{
    public static void MapNewsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Community");
        api.MapGet("/news", List).WithSummary("The policy news board (정책뉴스), newest number first, searched in title, body and organisation, paged");
        api.MapGet("/news/{number:int}", Get).WithSummary("A news post by its number; counts one view");
        api.MapPost("/news", Create).WithSummary("Post news (national officers and administrators); it takes the next number").RequireAuthorization();
        api.MapPut("/news/{number:int}", Update).WithSummary("Edit a post (versioned; removeFiles lists attachment ids to drop)").RequireAuthorization();
        api.MapDelete("/news/{number:int}", Delete).WithSummary("Delete a post (versioned); its number is never given again").RequireAuthorization();
        api.MapPost("/news/{number:int}/attachments", Attach).WithSummary("Attach files (multipart 'files', and 'version')")
            .RequireAuthorization().DisableAntiforgery().Accepts<IFormFileCollection>("multipart/form-data")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(Tanso.Web.Infrastructure.RequestBodyLimits.Attachments));
        api.MapGet("/community/files/{id:int}", Download).WithSummary("Download an attachment of a news post or a visible good practice")
            .ProducesFile("application/octet-stream").Produces(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<NewsPageDto>> List(TansoDb db, CancellationToken ct, string? q = null, int page = 1, int size = NewsCommands.DefaultPageSize) =>
        TypedResults.Ok(await NewsCommands.PageAsync(db, q, page, size, ct));

    private static async Task<Results<Ok<NewsDto>, NotFound>> Get(int number, TansoDb db, CancellationToken ct) =>
        await NewsCommands.ViewAsync(db, number, ct) is { } post ? TypedResults.Ok(post.ToDto()) : TypedResults.NotFound();

    private static async Task<Added<NewsDto>> Create(NewsInput input, ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct) =>
        new((await NewsCommands.CreateAsync(db, user, input, [], clock, ct)).ToResult(p => p.ToDto(), p => $"/api/news/{p.Number}"));

    private static async Task<Saved<NewsDto>> Update(int number, NewsInput input, ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct) =>
        new((await NewsCommands.UpdateAsync(db, user, number, input, [], input.RemoveFiles ?? [], clock, ct)).ToResult(p => p.ToDto()));

    private static async Task<Done> Delete(int number, int version, ClaimsPrincipal user, TansoDb db, CancellationToken ct) =>
        new((await NewsCommands.DeleteAsync(db, user, number, version, ct)).ToResult(p => p.ToDto()));

    private static async Task<Saved<NewsDto>> Attach(int number, HttpRequest request, ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return new(TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["files"] = ["Send multipart/form-data with 'files' and 'version'."] }));
        }
        var form = await request.ReadFormAsync(ct);
        var post = await NewsCommands.LoadAsync(db, number, ct);
        if (post is null)
        {
            return new(TypedResults.NotFound());
        }
        _ = int.TryParse(form["version"], CultureInfo.InvariantCulture, out var version);
        var input = new NewsInput(post.Title, post.Organisation, post.Body, version);
        return new((await NewsCommands.UpdateAsync(db, user, number, input, form.Files.GetFiles("files"), [], clock, ct)).ToResult(p => p.ToDto()));
    }

    private static async Task<IResult> Download(int id, ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        var file = await db.CommunityFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, ct);
        if (file is null)
        {
            return TypedResults.NotFound();
        }
        var visible = file.NewsPostId is { } postId
            ? await db.NewsPosts.AnyAsync(p => p.Id == postId && !p.IsDeleted, ct)
            : file.GoodPracticeId is { } practiceId && await db.GoodPractices.AsNoTracking().SingleOrDefaultAsync(p => p.Id == practiceId, ct) is { } practice
              && await CommunityAccess.CanSeePracticeAsync(user, practice, db, ct);
        return visible && await Attachments.DownloadAsync(db, id, ct) is { } download ? download : TypedResults.NotFound();
    }
}

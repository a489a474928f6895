using Tanso.Core;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Community;
using Tanso.Data;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Community;

/// <summary>What a news post says, as sent by the API or the form.</summary>
internal sealed record NewsInput(string? Title, string? Organisation, string? Body, int Version = 0, IReadOnlyList<int>? RemoveFiles = null);

/// <summary>The policy news board: listing and searching, counting views, and every change, shared by the API and the pages.</summary>
internal static class NewsCommands
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 100;

    public static IQueryable<NewsPost> Search(this IQueryable<NewsPost> posts, string? query)
    {
        var visible = posts.Where(p => !p.IsDeleted);
        if (TextRules.Clean(query) is not { } q)
        {
            return visible;
        }
        var lower = q.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // EF turns ToLower() into SQL LOWER(); the overloads the analyzers want do not translate
        return visible.Where(p => p.Title.ToLower().Contains(lower) || p.Body.ToLower().Contains(lower) || p.Organisation.ToLower().Contains(lower));
#pragma warning restore CA1304, CA1311, CA1862
    }

    public static async Task<NewsPageDto> PageAsync(TansoDb db, string? query, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, MaxPageSize);
        var found = db.NewsPosts.AsNoTracking().Search(query);
        var total = await found.CountAsync(ct);
        var pages = Math.Max(1, (int)Math.Ceiling(total / (double)size));
        page = Math.Clamp(page, 1, pages);
        var items = await found.OrderByDescending(p => p.Number).Skip((page - 1) * size).Take(size)
            .Select(p => new NewsSummaryDto(p.Number, p.Title, p.Organisation, p.PostedOn, p.Views, p.Attachments.Count, p.ImportedFrom))
            .ToListAsync(ct);
        return new NewsPageDto(items, total, page, size, pages, TextRules.Clean(query));
    }

    /// <summary>Counts one view in the database itself (UPDATE … SET views = views + 1), so that concurrent views all
    /// count and an editor's save, which never writes the count, cannot undo them; then loads the post.</summary>
    public static async Task<NewsPost?> ViewAsync(TansoDb db, int number, CancellationToken ct)
    {
        var counted = await db.NewsPosts.Where(p => p.Number == number && !p.IsDeleted)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Views, p => p.Views + 1), ct);
        return counted == 0 ? null : await LoadAsync(db, number, ct);
    }

    public static Task<NewsPost?> LoadAsync(TansoDb db, int number, CancellationToken ct) =>
        db.NewsPosts.Include(p => p.Attachments).SingleOrDefaultAsync(p => p.Number == number && !p.IsDeleted, ct);

    public static async Task<Outcome<NewsPost>> CreateAsync(TansoDb db, ClaimsPrincipal user, NewsInput input, IReadOnlyList<IFormFile> uploads, TimeProvider clock, CancellationToken ct)
    {
        if (!CommunityAccess.CanPostNews(user))
        {
            return Outcome<NewsPost>.Refused(403);
        }
        var (files, problems) = await Attachments.ReadAsync(uploads, 0, clock.GetUtcNow().UtcDateTime, ct);
        problems.AddRange(NewsPost.Validate(input.Title, input.Organisation, input.Body));
        if (problems.Count > 0)
        {
            return Outcome<NewsPost>.Invalid(problems);
        }
        // The next number is one above every number ever given (deleted posts keep theirs). Two posts racing for it
        // collide on the unique index; the loser takes the number after.
        for (var attempt = 0; ; attempt++)
        {
            var next = (await db.NewsPosts.MaxAsync(p => (int?)p.Number, ct) ?? 0) + 1;
            var post = new NewsPost(next, input.Title!, input.Organisation!, input.Body, KoreanTime.Today(clock));
            post.Attachments.AddRange(files);
            db.NewsPosts.Add(post);
            try
            {
                await db.SaveChangesAsync(ct);
                return Outcome<NewsPost>.Done(post, 201);
            }
            catch (DbUpdateException e) when (attempt < 5 && UniqueViolation.Is(e)) // another post took the number
            {
                db.ChangeTracker.Clear();
                await Task.Delay(Random.Shared.Next(5, 50), ct);
            }
        }
    }

    public static async Task<Outcome<NewsPost>> UpdateAsync(TansoDb db, ClaimsPrincipal user, int number, NewsInput input,
        IReadOnlyList<IFormFile> uploads, IReadOnlyCollection<int> removeFiles, TimeProvider clock, CancellationToken ct)
    {
        var post = await LoadAsync(db, number, ct);
        if (post is null)
        {
            return Outcome<NewsPost>.Refused(404);
        }
        if (!CommunityAccess.CanPostNews(user))
        {
            return Outcome<NewsPost>.Refused(403);
        }
        if (post.Version != input.Version)
        {
            return Outcome<NewsPost>.Conflict(post);
        }
        var kept = post.Attachments.Count(f => !removeFiles.Contains(f.Id));
        var (files, problems) = await Attachments.ReadAsync(uploads, kept, clock.GetUtcNow().UtcDateTime, ct);
        problems.AddRange(NewsPost.Validate(input.Title, input.Organisation, input.Body));
        if (problems.Count > 0)
        {
            return Outcome<NewsPost>.Invalid(problems);
        }
        post.Edit(input.Title!, input.Organisation!, input.Body, post.PostedOn);
        db.CommunityFiles.RemoveRange(post.Attachments.Where(f => removeFiles.Contains(f.Id)));
        post.Attachments.AddRange(files);
        db.Entry(post).Property(p => p.Title).IsModified = true; // a change of attachments alone is still a new version
        return await Editing.TrySaveAsync(db, post, input.Version, ct) ? Outcome<NewsPost>.Done(post) : Outcome<NewsPost>.Conflict(post);
    }

    public static async Task<Outcome<NewsPost>> DeleteAsync(TansoDb db, ClaimsPrincipal user, int number, int version, CancellationToken ct)
    {
        var post = await LoadAsync(db, number, ct);
        if (post is null)
        {
            return Outcome<NewsPost>.Refused(404);
        }
        if (!CommunityAccess.CanPostNews(user))
        {
            return Outcome<NewsPost>.Refused(403);
        }
        if (post.Version != version)
        {
            return Outcome<NewsPost>.Conflict(post);
        }
        post.Delete();
        db.CommunityFiles.RemoveRange(post.Attachments); // the number stays taken; the files go
        return await Editing.TrySaveAsync(db, post, version, ct) ? new Outcome<NewsPost>(post, 204) : Outcome<NewsPost>.Conflict(post);
    }
}

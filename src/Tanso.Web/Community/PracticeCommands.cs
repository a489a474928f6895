using Tanso.Core;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Community;
using Tanso.Core.Sectors;
using Tanso.Data;
using Tanso.Web.Accounts;
using Tanso.Web.Infrastructure;
using Tanso.Web.Plans;

namespace Tanso.Web.Community;

/// <summary>Good practices: search, and every change (write, publish, attach, bookmark), shared by the API and the pages.</summary>
internal static class PracticeCommands
{
    public const int PageSize = 12;

    public static Task<GoodPractice?> LoadAsync(TansoDb db, int id, CancellationToken ct) =>
        db.GoodPractices.Include(p => p.Tasks).Include(p => p.Attachments).AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id, ct);

    /// <summary>Published practices, searched in title, summary and body, filtered by sector and government.</summary>
    public static async Task<PracticePageDto> SearchAsync(TansoDb db, string? query, string? sector, int? government, int page, GovernmentNames names, CancellationToken ct)
    {
        var found = db.GoodPractices.AsNoTracking().Where(p => p.Status == PracticeStatus.Published);
        if (TextRules.Clean(query)?.ToLowerInvariant() is { } q)
        {
#pragma warning disable CA1304, CA1311, CA1862 // EF turns ToLower() into SQL LOWER(); the overloads the analyzers want do not translate
            found = found.Where(p => p.Title.ToLower().Contains(q) || p.Summary.ToLower().Contains(q) || p.Body.ToLower().Contains(q));
#pragma warning restore CA1304, CA1311, CA1862
        }
        if (SectorCode.TryParse(sector, out var code))
        {
            found = found.Where(p => p.Sector == code);
        }
        if (government is { } g)
        {
            found = found.Where(p => p.GovernmentId == g);
        }
        var total = await found.CountAsync(ct);
        var pages = Math.Max(1, (int)Math.Ceiling(total / (double)PageSize));
        page = Math.Clamp(page, 1, pages);
        var items = await found.OrderByDescending(p => p.PublishedUtc).ThenByDescending(p => p.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new PracticePageDto(items.Select(p => p.ToSummary(names)).ToList(), total, page, PageSize, pages);
    }

    /// <summary>The practice's linked tasks that <paramref name="user"/> may see: a task of a draft plan stays hidden
    /// from those who may not read the draft, also when the plan went back to draft after the link was made.</summary>
    public static async Task<IReadOnlyList<PracticeTaskDto>> TasksAsync(TansoDb db, ClaimsPrincipal user, GoodPractice practice, CancellationToken ct)
    {
        var ids = practice.Tasks.Select(t => t.TaskId).ToList();
        var tasks = await db.Plans.AsNoTracking().SelectMany(p => p.Tasks, (p, t) => new { p.Status, p.GovernmentId, Task = t }).Where(x => ids.Contains(x.Task.Id))
            .OrderBy(x => x.Task.Code).ToListAsync(ct);
        var national = tasks.Count > 0 && await PlanAccess.IsNationalAsync(db, practice.GovernmentId, ct);
        var actor = user.ToActor();
        return tasks.Where(x => PlanAccess.CanSee(actor, x.Status, x.GovernmentId, national))
            .Select(x => new PracticeTaskDto(x.Task.Id, x.Task.PlanId, x.Task.Code, x.Task.Name)).ToList();
    }

    public static async Task<Outcome<GoodPractice>> CreateAsync(TansoDb db, ClaimsPrincipal user, int governmentId, PracticeInput input, IReadOnlyList<IFormFile> uploads, TimeProvider clock, CancellationToken ct)
    {
        if (!await db.Governments.AnyAsync(g => g.Id == governmentId, ct))
        {
            return Outcome<GoodPractice>.Refused(404);
        }
        if (!await CommunityAccess.CanEditPracticeAsync(user, governmentId, db, ct))
        {
            return Outcome<GoodPractice>.Refused(403);
        }
        var (files, problems) = await Attachments.ReadAsync(uploads, 0, clock.GetUtcNow().UtcDateTime, ct);
        var (sector, links) = await CheckAsync(db, governmentId, input, problems, ct);
        if (problems.Count > 0)
        {
            return Outcome<GoodPractice>.Invalid(problems);
        }
        var practice = new GoodPractice(governmentId, input.Title!, input.Summary!, input.Body!, sector);
        practice.Edit(practice.Title, practice.Summary, practice.Body, sector, input.CheckCycleId, links);
        practice.Attachments.AddRange(files);
        db.GoodPractices.Add(practice);
        await db.SaveChangesAsync(ct);
        return Outcome<GoodPractice>.Done(practice, 201);
    }

    public static async Task<Outcome<GoodPractice>> UpdateAsync(TansoDb db, ClaimsPrincipal user, int id, PracticeInput input, IReadOnlyList<IFormFile> uploads, TimeProvider clock, CancellationToken ct)
    {
        var (practice, refusal) = await EditableAsync(db, user, id, input.Version, ct);
        if (practice is null)
        {
            return refusal!;
        }
        var remove = input.RemoveFiles ?? [];
        var (files, problems) = await Attachments.ReadAsync(uploads, practice.Attachments.Count(f => !remove.Contains(f.Id)), clock.GetUtcNow().UtcDateTime, ct);
        var (sector, links) = await CheckAsync(db, practice.GovernmentId, input, problems, ct);
        if (problems.Count > 0)
        {
            return Outcome<GoodPractice>.Invalid(problems);
        }
        practice.Edit(input.Title!, input.Summary!, input.Body!, sector, input.CheckCycleId, links);
        db.CommunityFiles.RemoveRange(practice.Attachments.Where(f => remove.Contains(f.Id)));
        practice.Attachments.AddRange(files);
        db.Entry(practice).Property(p => p.Title).IsModified = true; // links and files alone still make a new version
        return await Editing.TrySaveAsync(db, practice, input.Version, ct) ? Outcome<GoodPractice>.Done(practice) : Outcome<GoodPractice>.Conflict(practice);
    }

    public static async Task<Outcome<GoodPractice>> MoveAsync(TansoDb db, ClaimsPrincipal user, int id, string action, int version, TimeProvider clock, CancellationToken ct)
    {
        var (practice, refusal) = await EditableAsync(db, user, id, version, ct);
        if (practice is null)
        {
            return refusal!;
        }
        PracticeStatus? target = action switch { "publish" => PracticeStatus.Published, "withdraw" => PracticeStatus.Draft, _ => null };
        if (target is null)
        {
            return Outcome<GoodPractice>.Invalid("action", "action은 publish 또는 withdraw입니다.", "The action is publish or withdraw.");
        }
        if (practice.MoveTo(target.Value, clock.GetUtcNow().UtcDateTime) is { } refused)
        {
            return Outcome<GoodPractice>.Refused(422, Text.T(refused.Ko, refused.En));
        }
        return await Editing.TrySaveAsync(db, practice, version, ct) ? Outcome<GoodPractice>.Done(practice) : Outcome<GoodPractice>.Conflict(practice);
    }

    /// <summary>Bookmarks (or un-bookmarks) a practice the user sees; doing it twice changes nothing.</summary>
    public static async Task<Outcome<GoodPractice>> BookmarkAsync(TansoDb db, ClaimsPrincipal user, int id, bool on, TimeProvider clock, CancellationToken ct)
    {
        var practice = await db.GoodPractices.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (practice is null || !await CommunityAccess.CanSeePracticeAsync(user, practice, db, ct))
        {
            return Outcome<GoodPractice>.Refused(404);
        }
        if (user.ToActor().UserId is not { } me)
        {
            return Outcome<GoodPractice>.Refused(403);
        }
        var existing = await db.PracticeBookmarks.SingleOrDefaultAsync(b => b.UserId == me && b.GoodPracticeId == id, ct);
        if (on && existing is null)
        {
            db.PracticeBookmarks.Add(new PracticeBookmark(me, id, clock.GetUtcNow().UtcDateTime));
        }
        else if (!on && existing is not null)
        {
            db.PracticeBookmarks.Remove(existing);
        }
        await db.SaveChangesAsync(ct);
        return new Outcome<GoodPractice>(practice, 204);
    }

    /// <summary>The user's bookmarked practices they can still see, newest bookmark first.</summary>
    public static async Task<List<GoodPractice>> BookmarksAsync(TansoDb db, ClaimsPrincipal user, CancellationToken ct)
    {
        var me = user.ToActor().UserId;
        var marked = await db.PracticeBookmarks.AsNoTracking().Where(b => b.UserId == me).OrderByDescending(b => b.CreatedUtc)
            .Join(db.GoodPractices, b => b.GoodPracticeId, p => p.Id, (_, p) => p).ToListAsync(ct);
        var visible = new List<GoodPractice>();
        foreach (var p in marked)
        {
            if (await CommunityAccess.CanSeePracticeAsync(user, p, db, ct))
            {
                visible.Add(p);
            }
        }
        return visible;
    }

    private static async Task<(GoodPractice? Practice, Outcome<GoodPractice>? Refusal)> EditableAsync(TansoDb db, ClaimsPrincipal user, int id, int version, CancellationToken ct)
    {
        var practice = await LoadAsync(db, id, ct);
        if (practice is null || !await CommunityAccess.CanSeePracticeAsync(user, practice, db, ct))
        {
            return (null, Outcome<GoodPractice>.Refused(404));
        }
        if (!await CommunityAccess.CanEditPracticeAsync(user, practice.GovernmentId, db, ct))
        {
            return (null, Outcome<GoodPractice>.Refused(403));
        }
        return practice.Version != version ? (null, Outcome<GoodPractice>.Conflict(practice)) : (practice, null);
    }

    // The sector must be known; linked tasks must be tasks of the government's plans and the cycle one of its checks.
    private static async Task<(SectorCode? Sector, List<int> Tasks)> CheckAsync(TansoDb db, int governmentId, PracticeInput input, List<Problem> problems, CancellationToken ct)
    {
        problems.AddRange(GoodPractice.Validate(input.Title, input.Summary, input.Body));
        SectorCode? sector = null;
        if (TextRules.Clean(input.Sector) is { } s)
        {
            if (SectorTaxonomy.Find(s) is { } found)
            {
                sector = found.Code;
            }
            else
            {
                problems.Add(new Problem("sector", $"알 수 없는 부문 '{s}'입니다.", $"Unknown sector '{s}'."));
            }
        }
        var wanted = (input.TaskIds ?? []).Distinct().ToList();
        var known = await db.Plans.AsNoTracking().Where(p => p.GovernmentId == governmentId).SelectMany(p => p.Tasks)
            .Where(t => wanted.Contains(t.Id)).Select(t => t.Id).ToListAsync(ct);
        foreach (var missing in wanted.Except(known))
        {
            problems.Add(new Problem("taskIds", $"과제 {missing}은(는) 이 지자체 계획의 과제가 아닙니다.", $"Task {missing} is not a task of this government's plans."));
        }
        if (input.CheckCycleId is { } cycle && !await db.CheckCycles.AnyAsync(c => c.Id == cycle && c.GovernmentId == governmentId, ct))
        {
            problems.Add(new Problem("checkCycleId", $"점검 {cycle}은(는) 이 지자체의 점검이 아닙니다.", $"Check {cycle} is not a check of this government."));
        }
        return (sector, known);
    }
}

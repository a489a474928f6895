using Tanso.Core;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Access;
using Tanso.Core.Checks;
using Tanso.Core.Plans;
using Tanso.Data;
using Tanso.Web.Accounts;
using Tanso.Web.Community;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Checks;

/// <summary>
/// Evidence files of a cycle's progress reports, shared by the API and the page. They change like progress does:
/// by the government's editors (<see cref="CycleAction.EnterProgress"/>) while the cycle accepts progress. Whoever
/// sees the cycle sees the files' names; only signed-in callers who see it download them, as evidence often holds
/// internal documents that a published report does not make public.
/// </summary>
internal static class EvidenceFiles
{
    /// <summary>The cycle's files without their bytes, per task id, in upload order.</summary>
    public static async Task<ILookup<int, EvidenceFile>> OfCycleAsync(TansoDb db, int cycleId, CancellationToken ct) =>
        (await db.EvidenceFiles.AsNoTracking().Where(f => f.CycleId == cycleId).OrderBy(f => f.Id).ToListAsync(ct)).ToLookup(f => f.TaskId);

    /// <summary>Whether the caller downloads the files of a cycle they see: signed in (names are public with a published report, contents not).</summary>
    public static bool CanDownload(ClaimsPrincipal user) => user.ToActor().IsAuthenticated;

    public static async Task<Outcome<TaskEvidenceDto>> UploadAsync(TansoDb db, ClaimsPrincipal user, int cycleId, string taskCode, IReadOnlyList<IFormFile> uploads, TimeProvider clock, CancellationToken ct)
    {
        var (cycle, refusal) = await LoadForChangeAsync(db, user, cycleId, ct);
        if (cycle is null)
        {
            return refusal!;
        }
        var task = await db.Plans.Where(p => p.Id == cycle.PlanId).SelectMany(p => p.Tasks)
            .SingleOrDefaultAsync(t => t.Code == taskCode.Trim() && t.Level != TaskLevel.Area, ct);
        if (task is null)
        {
            return Outcome<TaskEvidenceDto>.Refused(404);
        }
        var (valid, problems) = await Attachments.ValidateAsync(uploads, ct);
        if (valid.Count == 0 && problems.Count == 0)
        {
            problems.Add(new("files", "올릴 파일을 고르십시오.", "Choose at least one file to upload."));
        }
        var attached = await db.EvidenceFiles.CountAsync(f => f.CycleId == cycle.Id && f.TaskId == task.Id, ct);
        if (EvidenceFile.TooMany(attached, valid.Count) is { } tooMany)
        {
            problems.Add(new("files", $"{task.Code}: {tooMany.Ko}", $"{task.Code}: {tooMany.En}"));
        }
        if (problems.Count > 0)
        {
            // All or nothing: one bad file refuses the whole upload.
            return Outcome<TaskEvidenceDto>.Invalid(problems);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        db.EvidenceFiles.AddRange(valid.Select(v => new EvidenceFile(cycle.Id, task.Id, v.Name, v.ContentType, v.Content, now, TextLimits.Shorten(user.ToActor().Name, TextLimits.Name))));
        await db.SaveChangesAsync(ct);
        return Outcome<TaskEvidenceDto>.Done(await TaskAsync(db, cycle.Id, task, ct));
    }

    public static async Task<Outcome<TaskEvidenceDto>> RemoveAsync(TansoDb db, ClaimsPrincipal user, int cycleId, int fileId, CancellationToken ct)
    {
        var (cycle, refusal) = await LoadForChangeAsync(db, user, cycleId, ct);
        if (cycle is null)
        {
            return refusal!;
        }
        var file = await db.EvidenceFiles.SingleOrDefaultAsync(f => f.Id == fileId && f.CycleId == cycle.Id, ct);
        if (file is null)
        {
            return Outcome<TaskEvidenceDto>.Refused(404);
        }
        db.EvidenceFiles.Remove(file); // the bytes go with it (cascade)
        await db.SaveChangesAsync(ct);
        return new Outcome<TaskEvidenceDto>(null, 204);
    }

    /// <summary>A file with its bytes, when the caller may download it; null otherwise (answered as not found).</summary>
    public static async Task<EvidenceFile?> FindForDownloadAsync(TansoDb db, ClaimsPrincipal user, int cycleId, int fileId, CancellationToken ct)
    {
        var cycle = await db.CheckCycles.AsNoTracking().Include(c => c.Evaluators).SingleOrDefaultAsync(c => c.Id == cycleId, ct);
        if (cycle is null || !CanDownload(user) || !await CheckAccess.CanSeeAsync(user, cycle, db, ct))
        {
            return null;
        }
        return await db.EvidenceFiles.AsNoTracking().Include(f => f.Content).SingleOrDefaultAsync(f => f.Id == fileId && f.CycleId == cycleId, ct);
    }

    private static async Task<(CheckCycle? Cycle, Outcome<TaskEvidenceDto>? Refusal)> LoadForChangeAsync(TansoDb db, ClaimsPrincipal user, int cycleId, CancellationToken ct)
    {
        var cycle = await db.CheckCycles.AsNoTracking().Include(c => c.Evaluators).SingleOrDefaultAsync(c => c.Id == cycleId, ct);
        if (cycle is null || !await CheckAccess.CanSeeAsync(user, cycle, db, ct))
        {
            return (null, Outcome<TaskEvidenceDto>.Refused(404));
        }
        if (!user.ToActor().IsAuthenticated || !await CheckAccess.MayAsync(user, cycle, CycleAction.EnterProgress, db, ct))
        {
            return (null, Outcome<TaskEvidenceDto>.Refused(403));
        }
        return EvidenceFile.Locked(cycle) is { } locked ? (null, Outcome<TaskEvidenceDto>.Refused(409, (locked.Ko, locked.En))) : (cycle, null);
    }

    private static async Task<TaskEvidenceDto> TaskAsync(TansoDb db, int cycleId, PlanTask task, CancellationToken ct) =>
        new(task.Code, task.Name, (await OfCycleAsync(db, cycleId, ct))[task.Id].Select(f => f.ToDto()).ToList());
}

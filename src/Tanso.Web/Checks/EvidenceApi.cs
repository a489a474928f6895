using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Checks;
using Tanso.Core.Plans;
using Tanso.Data;
using Tanso.Web.Community;

using Tanso.Web.Infrastructure;

namespace Tanso.Web.Checks;

/// <summary>An evidence file as listed (no bytes); <c>Url</c> downloads it for signed-in callers who see the cycle.</summary>
internal sealed record EvidenceFileDto(int Id, string FileName, string ContentType, long Length, DateTime UploadedUtc, string UploadedBy, string Url);

/// <summary>A task's evidence files.</summary>
internal sealed record TaskEvidenceDto(string TaskCode, string TaskName, IReadOnlyList<EvidenceFileDto> Files);

/// <summary>A cycle's evidence, task by task, with what the caller may do with it.</summary>
internal sealed record CycleEvidenceDto(int CycleId, bool CanDownload, bool CanChange, IReadOnlyList<TaskEvidenceDto> Tasks);

internal static class EvidenceDtoMapping
{
    public static EvidenceFileDto ToDto(this EvidenceFile f) =>
        new(f.Id, f.FileName, f.ContentType, f.Length, f.UploadedUtc, f.UploadedBy, $"/api/checks/{f.CycleId}/evidence/{f.Id}");
}

internal static class EvidenceApi
{
    private static IResult Answer(Outcome<TaskEvidenceDto> outcome) =>
        outcome.ToResult(t => t, title: ("증빙 파일을 지금은 바꿀 수 없습니다.", "Evidence files cannot be changed now."));

    public static void MapEvidenceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/checks/{id:int}").WithTags("Checks");
        api.MapGet("/evidence", List).WithSummary("The cycle's evidence files per task (names and sizes; whoever sees the cycle)");
        api.MapPost("/tasks/{taskCode}/evidence", Upload).WithSummary("Attach evidence files to a task (multipart, one or more 'files'), all or nothing; the government's editors while progress is open")
            .RequireAuthorization().DisableAntiforgery().Accepts<IFormFileCollection>("multipart/form-data")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(Tanso.Web.Infrastructure.RequestBodyLimits.Attachments))
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(EvidenceFile.MaxPerTask * (long)Attachments.MaxBytes + 1024 * 1024));
        api.MapGet("/evidence/{fileId:int}", Download).WithSummary("Download an evidence file: signed-in callers who see the cycle (not the public, even once published)")
            .ProducesFile("application/octet-stream").Produces(StatusCodes.Status404NotFound)
            .RequireAuthorization();
        api.MapDelete("/evidence/{fileId:int}", Remove).WithSummary("Remove an evidence file; the government's editors while progress is open").RequireAuthorization();
    }

    private static async Task<Results<Ok<CycleEvidenceDto>, NotFound>> List(int id, ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        var cycle = await CheckAccess.LoadAsync(db, id, ct);
        if (cycle is null || !await CheckAccess.CanSeeAsync(user, cycle, db, ct))
        {
            return TypedResults.NotFound();
        }
        var files = await EvidenceFiles.OfCycleAsync(db, id, ct);
        var tasks = await db.Plans.Where(p => p.Id == cycle.PlanId).SelectMany(p => p.Tasks).Where(t => t.Level != TaskLevel.Area).AsNoTracking().ToListAsync(ct);
        var listed = EvidenceTasks.Listed(tasks, cycle, files).Select(t => new TaskEvidenceDto(t.Code, t.Name, files[t.Id].Select(f => f.ToDto()).ToList())).ToList();
        var canChange = EvidenceFile.Locked(cycle) is null && await CheckAccess.MayAsync(user, cycle, CycleAction.EnterProgress, db, ct);
        return TypedResults.Ok(new CycleEvidenceDto(cycle.Id, EvidenceFiles.CanDownload(user), canChange, listed));
    }

    private static async Task<Saved<TaskEvidenceDto>> Upload(int id, string taskCode, HttpRequest request, ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return new(TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["files"] = ["Send the files as multipart/form-data, each in a part named 'files'."] }));
        }
        var form = await request.ReadFormAsync(ct);
        return new(Answer(await EvidenceFiles.UploadAsync(db, user, id, taskCode, form.Files.GetFiles("files"), clock, ct)));
    }

    private static async Task<IResult> Download(int id, int fileId, ClaimsPrincipal user, TansoDb db, CancellationToken ct) =>
        await EvidenceFiles.FindForDownloadAsync(db, user, id, fileId, ct) is { Content: { } content } file
            ? TypedResults.File(content.Bytes, file.ContentType, file.FileName)
            : TypedResults.NotFound();

    private static async Task<Done> Remove(int id, int fileId, ClaimsPrincipal user, TansoDb db, CancellationToken ct) =>
        new(Answer(await EvidenceFiles.RemoveAsync(db, user, id, fileId, ct)));
}

/// <summary>Which tasks an evidence list shows: the plan's tasks active in the checked year, and any other task that
/// holds files, by code.</summary>
internal static class EvidenceTasks
{
    public static List<PlanTask> Listed(IEnumerable<PlanTask> planTasks, CheckCycle cycle, ILookup<int, EvidenceFile> files) =>
        planTasks.Where(t => t.Level != TaskLevel.Area && ((t.StartYear <= cycle.Year && t.EndYear >= cycle.Year) || files.Contains(t.Id)))
            .OrderBy(t => t.Code, StringComparer.Ordinal).ToList();
}

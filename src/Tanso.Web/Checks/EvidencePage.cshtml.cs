using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Checks;
using Tanso.Core.Plans;
using Tanso.Data;
using Tanso.Data.Inventory;
using Tanso.Web.Community;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Checks;

/// <summary>Evidence files (증빙 파일) of a cycle, task by task: names for whoever sees the cycle, downloads for
/// signed-in viewers, and an upload form per task and a remove button per file for the government's editors while
/// progress may change.</summary>
[RequestSizeLimit(EvidenceFile.MaxPerTask * (long)Attachments.MaxBytes + 1024 * 1024)]
internal sealed class EvidencePageModel(TansoDb db, TimeProvider clock) : PageModel
{
    public CheckCycle Cycle { get; private set; } = null!;
    public Plan Plan { get; private set; } = null!;
    public string GovernmentName { get; private set; } = "";
    public IReadOnlyList<PlanTask> Tasks { get; private set; } = [];
    public ILookup<int, EvidenceFile> Files { get; private set; } = Array.Empty<EvidenceFile>().ToLookup(f => f.TaskId);
    public IReadOnlyDictionary<int, string> EvidenceText { get; private set; } = new Dictionary<int, string>();
    public bool CanDownload { get; private set; }
    public bool CanChange { get; private set; }

    /// <summary>Why files cannot change now (the stage), for editors who could change them otherwise.</summary>
    public string? Locked { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostUploadAsync(int id, string? taskCode, List<IFormFile> files, CancellationToken ct) =>
        await FinishAsync(id, await EvidenceFiles.UploadAsync(db, User, id, taskCode ?? "", files, clock, ct), taskCode, ct);

    public async Task<IActionResult> OnPostRemoveAsync(int id, int fileId, string? taskCode, CancellationToken ct) =>
        await FinishAsync(id, await EvidenceFiles.RemoveAsync(db, User, id, fileId, ct), taskCode, ct);

    private async Task<IActionResult> FinishAsync(int id, Outcome<TaskEvidenceDto> outcome, string? taskCode, CancellationToken ct)
    {
        if (outcome.Ok)
        {
            return Redirect($"/checks/{id}/evidence" + (taskCode is { Length: > 0 } code ? $"#task-{Uri.EscapeDataString(code)}" : ""));
        }
        if (outcome.Status is 403 or 404)
        {
            return StatusCode(outcome.Status);
        }
        foreach (var line in outcome.Lines())
        {
            ModelState.AddModelError("", line);
        }
        Response.StatusCode = outcome.Status;
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var cycle = await CheckAccess.LoadAsync(db, id, ct);
        if (cycle is null || !await CheckAccess.CanSeeAsync(User, cycle, db, ct))
        {
            return false;
        }
        Cycle = cycle;
        Plan = await db.Plans.AsNoTracking().Include(p => p.Tasks).SingleAsync(p => p.Id == cycle.PlanId, ct);
        Files = await EvidenceFiles.OfCycleAsync(db, id, ct);
        Tasks = EvidenceTasks.Listed(Plan.Tasks, cycle, Files);
        EvidenceText = cycle.Progress.Where(p => p.Evidence.Length > 0).ToDictionary(p => p.TaskId, p => p.Evidence);
        CanDownload = EvidenceFiles.CanDownload(User);
        var editor = await CheckAccess.MayAsync(User, cycle, CycleAction.EnterProgress, db, ct);
        Locked = editor && EvidenceFile.Locked(cycle) is { } locked ? Text.T(locked.Ko, locked.En) : null;
        CanChange = editor && Locked is null;
        var directory = await GovernmentDirectory.LoadAsync(db, ct);
        var government = directory.All.Single(g => g.Id == cycle.GovernmentId);
        GovernmentName = Text.IsEnglish ? government.NameEn : directory.FullName(government);
        return true;
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Community;
using Tanso.Core.Governments;
using Tanso.Data;
using Tanso.Web.Accounts;

namespace Tanso.Web.Community.Practices;

/// <summary>Writes or edits a good practice of a government the user edits: text, sector, linked tasks and check, files.</summary>
[Authorize]
[RequestSizeLimit(Attachments.MaxPerItem * (long)Attachments.MaxBytes + 1024 * 1024)]
internal sealed class PracticeWriteModel(TansoDb db, TimeProvider clock) : PageModel
{
    public int? Id { get; private set; }
    public string GovernmentName { get; private set; } = "";
    public IReadOnlyList<(int Id, string Name)> Governments { get; private set; } = [];
    public IReadOnlyList<(int Id, string Label)> Tasks { get; private set; } = [];
    public IReadOnlyList<(int Id, string Label)> Cycles { get; private set; } = [];
    public IReadOnlyList<CommunityFile> Existing { get; private set; } = [];
    [BindProperty(SupportsGet = true, Name = "government")] public int? GovernmentId { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public PracticeForm Form { get; set; } = new();
    [BindProperty] public List<IFormFile> Files { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        Id = id;
        if (id is { } existing)
        {
            var practice = await PracticeCommands.LoadAsync(db, existing, ct);
            if (practice is null || !await CommunityAccess.CanSeePracticeAsync(User, practice, db, ct))
            {
                return NotFound();
            }
            GovernmentId = practice.GovernmentId;
            Version = practice.Version;
            Form = PracticeForm.Of(practice);
        }
        return await LoadAsync(ct) ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        Id = id;
        var input = new PracticeInput(Form.Title, Form.Summary, Form.Body, Form.Sector, Form.TaskIds, Form.CheckCycleId, Version, Form.RemoveFiles);
        var outcome = id is { } existing
            ? await PracticeCommands.UpdateAsync(db, User, existing, input, Files, clock, ct)
            : await PracticeCommands.CreateAsync(db, User, GovernmentId ?? 0, input, Files, clock, ct);
        if (outcome.Ok)
        {
            return Redirect($"/community/practices/{outcome.Value!.Id}");
        }
        if (outcome.Status is 403 or 404)
        {
            return outcome.Status == 403 ? Forbid() : NotFound();
        }
        foreach (var line in outcome.Lines())
        {
            ModelState.AddModelError("", line);
        }
        Response.StatusCode = outcome.Status;
        if (outcome.Value is { } current)
        {
            if (outcome.Status == 409)
            {
                // Someone saved first: show what is saved now, so that saving again does not silently undo their change.
                foreach (var key in ModelState.Keys.Where(k => k.Length > 0).ToList())
                {
                    ModelState.Remove(key);
                }
                Form = PracticeForm.Of(current);
            }
            ModelState.Remove(nameof(Version));
            Version = current.Version;
        }
        db.ChangeTracker.Clear();
        return await LoadAsync(ct) ? Page() : Forbid();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var actor = User.ToActor();
        var names = await GovernmentNames.LoadAsync(db, ct);
        Governments = names.Where(g => actor.CanEditGovernment(g.Id, g.Level == GovernmentLevel.National)).Select(g => (g.Id, names[g.Id])).ToList();
        if (GovernmentId is null && Governments.Count == 1)
        {
            GovernmentId = Governments[0].Id;
        }
        if (GovernmentId is not { } government)
        {
            return Governments.Count > 0;
        }
        if (Governments.All(g => g.Id != government))
        {
            return false;
        }
        GovernmentName = names[government];
        Tasks = (await db.Plans.AsNoTracking().Where(p => p.GovernmentId == government).SelectMany(p => p.Tasks, (p, t) => new { p.Title, p.Revision, t.Id, t.Code, t.Name }).ToListAsync(ct))
            .OrderBy(t => t.Title, StringComparer.Ordinal).ThenBy(t => t.Revision).ThenBy(t => t.Code, StringComparer.Ordinal)
            .Select(t => (t.Id, $"{t.Title} ({t.Revision}) · {t.Code} {t.Name}")).ToList();
        Cycles = (await db.CheckCycles.AsNoTracking().Where(c => c.GovernmentId == government).OrderByDescending(c => c.Year).ToListAsync(ct))
            .Select(c => (c.Id, c.Month is { } m ? $"{c.Year}-{m:00}" : $"{c.Year}")).ToList();
        if (Id is { } id)
        {
            Existing = await db.CommunityFiles.AsNoTracking().Where(f => f.GoodPracticeId == id).OrderBy(f => f.Id).ToListAsync(ct);
        }
        return true;
    }
}

/// <summary>The fields of the good-practice form.</summary>
internal sealed class PracticeForm
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Body { get; set; }
    public string? Sector { get; set; }
    public List<int> TaskIds { get; set; } = [];
    public int? CheckCycleId { get; set; }
    public List<int> RemoveFiles { get; set; } = [];

    public static PracticeForm Of(GoodPractice practice) => new()
    {
        Title = practice.Title, Summary = practice.Summary, Body = practice.Body, Sector = practice.Sector?.Value,
        TaskIds = practice.Tasks.Select(t => t.TaskId).ToList(), CheckCycleId = practice.CheckCycleId,
    };
}

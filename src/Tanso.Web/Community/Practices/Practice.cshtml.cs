using Tanso.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Community;
using Tanso.Data;
using Tanso.Web.Accounts;

namespace Tanso.Web.Community.Practices;

/// <summary>One good practice: its write-up, links and files; bookmark it; its editors publish or withdraw it.</summary>
internal sealed class PracticeModel(TansoDb db, TimeProvider clock) : PageModel
{
    public GoodPractice Practice { get; private set; } = null!;
    public IReadOnlyList<PracticeTaskDto> Tasks { get; private set; } = [];
    public string GovernmentName { get; private set; } = "";
    public bool SignedIn { get; private set; }
    public bool Bookmarked { get; private set; }
    public bool CanEdit { get; private set; }
    [BindProperty] public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostBookmarkAsync(int id, bool on, CancellationToken ct)
    {
        if (!User.ToActor().IsAuthenticated)
        {
            return Challenge();
        }
        return await Finish(id, await PracticeCommands.BookmarkAsync(db, User, id, on, clock, ct), ct);
    }

    public async Task<IActionResult> OnPostMoveAsync(int id, string action, CancellationToken ct) =>
        await Finish(id, await PracticeCommands.MoveAsync(db, User, id, action, Version, clock, ct), ct);

    private async Task<IActionResult> Finish(int id, Outcome<GoodPractice> outcome, CancellationToken ct)
    {
        if (outcome.Ok)
        {
            return Redirect($"/community/practices/{id}");
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
        db.ChangeTracker.Clear();
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var practice = await PracticeCommands.LoadAsync(db, id, ct);
        if (practice is null || !await CommunityAccess.CanSeePracticeAsync(User, practice, db, ct))
        {
            return false;
        }
        Practice = practice;
        Tasks = await PracticeCommands.TasksAsync(db, User, practice, ct);
        GovernmentName = (await GovernmentNames.LoadAsync(db, ct))[practice.GovernmentId];
        var me = User.ToActor().UserId;
        SignedIn = me is not null;
        Bookmarked = me is not null && await db.PracticeBookmarks.AnyAsync(b => b.UserId == me && b.GoodPracticeId == id, ct);
        CanEdit = await CommunityAccess.CanEditPracticeAsync(User, practice.GovernmentId, db, ct);
        return true;
    }
}

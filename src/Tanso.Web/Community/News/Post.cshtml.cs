using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tanso.Core.Community;
using Tanso.Data;

namespace Tanso.Web.Community.News;

/// <summary>One post; each view (a GET, not a HEAD) counts once.</summary>
internal sealed class NewsPostModel(TansoDb db) : PageModel
{
    public NewsPost Post { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    [BindProperty] public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int number, CancellationToken ct)
    {
        // A HEAD request (link checkers, crawlers probing) reads no post: it is not a view.
        var counted = HttpMethods.IsHead(Request.Method) ? NewsCommands.LoadAsync(db, number, ct) : NewsCommands.ViewAsync(db, number, ct);
        if (await counted is not { } post)
        {
            return NotFound();
        }
        Post = post;
        CanEdit = CommunityAccess.CanPostNews(User);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int number, CancellationToken ct)
    {
        var outcome = await NewsCommands.DeleteAsync(db, User, number, Version, ct);
        if (outcome.Ok)
        {
            return Redirect("/community/news");
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
        Post = (await NewsCommands.LoadAsync(db, number, ct))!;
        CanEdit = true;
        return Page();
    }
}

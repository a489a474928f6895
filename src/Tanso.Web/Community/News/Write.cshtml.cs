using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tanso.Core.Community;
using Tanso.Data;

namespace Tanso.Web.Community.News;

/// <summary>Writes a new post or edits one, with attachments (national officers and administrators).</summary>
[Authorize]
[RequestSizeLimit(Attachments.MaxPerItem * (long)Attachments.MaxBytes + 1024 * 1024)]
internal sealed class NewsWriteModel(TansoDb db, TimeProvider clock) : PageModel
{
    public int? Number { get; private set; }
    public IReadOnlyList<CommunityFile> Existing { get; private set; } = [];
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Organisation { get; set; }
    [BindProperty] public string? Body { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public List<int> RemoveFiles { get; set; } = [];
    [BindProperty] public List<IFormFile> Files { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int? number, CancellationToken ct)
    {
        if (!CommunityAccess.CanPostNews(User))
        {
            return Forbid();
        }
        Number = number;
        if (number is { } n)
        {
            if (await NewsCommands.LoadAsync(db, n, ct) is not { } post)
            {
                return NotFound();
            }
            (Title, Organisation, Body, Version, Existing) = (post.Title, post.Organisation, post.Body, post.Version, post.Attachments);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? number, CancellationToken ct)
    {
        var input = new NewsInput(Title, Organisation, Body, Version);
        var outcome = number is { } n
            ? await NewsCommands.UpdateAsync(db, User, n, input, Files, RemoveFiles, clock, ct)
            : await NewsCommands.CreateAsync(db, User, input, Files, clock, ct);
        if (outcome.Ok)
        {
            return Redirect($"/community/news/{outcome.Value!.Number}");
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
        Number = number;
        if (number is { } m && await NewsCommands.LoadAsync(db, m, ct) is { } current)
        {
            Existing = current.Attachments;
            if (outcome.Status == 409)
            {
                (Title, Organisation, Body) = (current.Title, current.Organisation, current.Body);
            }
            ModelState.Remove(nameof(Version));
            Version = current.Version;
        }
        return Page();
    }
}

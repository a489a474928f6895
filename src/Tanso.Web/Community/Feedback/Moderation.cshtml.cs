using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tanso.Data;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Community.Feedback;

/// <summary>The moderation queue: pending feedback on the plans of governments the user edits (all of it for national staff).</summary>
[Authorize]
internal sealed class ModerationModel(TansoDb db, TimeProvider clock) : PageModel
{
    public ModerationPageDto Queue { get; private set; } = new([], 0, 1, 1);
    public string? Done { get; private set; }
    [BindProperty] public int FeedbackId { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public string Decision { get; set; } = "";
    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken ct, int page = 1)
    {
        if (!CommunityAccess.IsModerator(User))
        {
            return Forbid();
        }
        Done = done switch
        {
            "approve" => Text.T("승인했습니다. 의견이 공개되었습니다.", "Approved: the feedback is now shown."),
            "reject" => Text.T("반려했습니다. 의견은 공개되지 않습니다.", "Rejected: the feedback will not be shown."),
            _ => null,
        };
        Queue = await FeedbackCommands.QueueAsync(db, User, page, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CommunityAccess.IsModerator(User))
        {
            return Forbid();
        }
        var outcome = await FeedbackCommands.ModerateAsync(db, User, FeedbackId, new ModerationInput(Decision, Reason, Version), clock, ct);
        if (outcome.Ok)
        {
            return Redirect($"/community/moderation?done={Decision}");
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
        Queue = await FeedbackCommands.QueueAsync(db, User, 1, ct);
        return Page();
    }
}

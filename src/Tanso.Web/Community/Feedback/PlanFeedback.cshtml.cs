using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Tanso.Core.Plans;
using Tanso.Data;

namespace Tanso.Web.Community.Feedback;

/// <summary>A plan's approved citizen feedback and the form to leave more (no account; antiforgery, honeypot, rate limit).</summary>
[EnableRateLimiting(CommunitySetup.PublicPostRateLimit)]
internal sealed class PlanFeedbackModel(TansoDb db, TimeProvider clock) : PageModel
{
    public Plan Plan { get; private set; } = null!;
    public IReadOnlyList<FeedbackDto> Approved { get; private set; } = [];
    public bool Received { get; private set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public int? TaskId { get; set; }
    [BindProperty] public string? Website { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, bool received, CancellationToken ct)
    {
        Received = received;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var outcome = await FeedbackCommands.SubmitAsync(db, User, id, new FeedbackInput(Text, Name, TaskId, Website), clock, ct);
        if (outcome.Ok)
        {
            return Redirect($"/plans/{id}/feedback?received=true#leave-title");
        }
        if (outcome.Status == 404)
        {
            return NotFound();
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
        if (await FeedbackCommands.ApprovedAsync(db, User, id, ct) is not { } found)
        {
            return false;
        }
        (Plan, Approved) = (found.Plan, found.Approved);
        return true;
    }
}

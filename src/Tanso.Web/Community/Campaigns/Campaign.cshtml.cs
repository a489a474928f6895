using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Tanso.Data;

namespace Tanso.Web.Community.Campaigns;

/// <summary>A campaign with its running count and the pledge form (no account; antiforgery, honeypot, rate limit, period).</summary>
[EnableRateLimiting(CommunitySetup.PublicPostRateLimit)]
internal sealed class CampaignModel(TansoDb db, TimeProvider clock) : PageModel
{
    public CampaignDto Campaign { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public bool Thanks { get; private set; }
    [BindProperty] public int ActionId { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Website { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, bool pledged, CancellationToken ct)
    {
        Thanks = pledged;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var outcome = await CampaignCommands.PledgeAsync(db, id, new PledgeInput(ActionId, Name, Website), clock, ct);
        if (outcome.Ok)
        {
            return Redirect($"/community/campaigns/{id}?pledged=true#progress-title");
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
        db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await CampaignCommands.LoadAsync(db, id, ct) is not { } campaign)
        {
            return false;
        }
        Campaign = await CampaignApi.DtoAsync(db, campaign, clock, ct);
        CanEdit = await CommunityAccess.CanManageCampaignAsync(User, campaign.GovernmentId, db, ct);
        return true;
    }
}

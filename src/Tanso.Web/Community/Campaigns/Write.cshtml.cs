using Tanso.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tanso.Core.Access;
using Tanso.Core.Governments;
using Tanso.Data;
using Tanso.Web.Accounts;

namespace Tanso.Web.Community.Campaigns;

/// <summary>Creates or edits a campaign: national staff for any government, a government's editors for their own.</summary>
[Authorize]
internal sealed class CampaignWriteModel(TansoDb db, TimeProvider clock) : PageModel
{
    public int? Id { get; private set; }
    public IReadOnlyList<(int Id, string Name)> Governments { get; private set; } = [];
    [BindProperty] public int? GovernmentId { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public DateOnly? StartsOn { get; set; }
    [BindProperty] public DateOnly? EndsOn { get; set; }
    [BindProperty] public int Goal { get; set; }
    [BindProperty] public string? Actions { get; set; }
    [BindProperty] public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        Id = id;
        if (id is { } existing)
        {
            if (await CampaignCommands.LoadAsync(db, existing, ct) is not { } c)
            {
                return NotFound();
            }
            if (!await CommunityAccess.CanManageCampaignAsync(User, c.GovernmentId, db, ct))
            {
                return Forbid();
            }
            Show(c);
            return Page();
        }
        StartsOn = KoreanTime.Today(clock);
        EndsOn = StartsOn.Value.AddDays(6);
        return await LoadGovernmentsAsync(ct) ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        Id = id;
        var actions = (Actions ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var input = new CampaignInput(GovernmentId, Title, Description, StartsOn, EndsOn, Goal, actions, Version);
        var outcome = id is { } existing ? await CampaignCommands.UpdateAsync(db, User, existing, input, ct) : await CampaignCommands.CreateAsync(db, User, input, ct);
        if (outcome.Ok)
        {
            return Redirect($"/community/campaigns/{outcome.Value!.Id}");
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
                Show(current);
            }
            ModelState.Remove(nameof(Version));
            Version = current.Version;
        }
        await LoadGovernmentsAsync(ct);
        return Page();
    }

    private void Show(Core.Community.Campaign c)
    {
        (GovernmentId, Title, Description, StartsOn, EndsOn, Goal, Version) = (c.GovernmentId, c.Title, c.Description, c.StartsOn, c.EndsOn, c.Goal, c.Version);
        Actions = string.Join('\n', c.Actions.OrderBy(a => a.Order).Select(a => a.Label));
    }

    private async Task<bool> LoadGovernmentsAsync(CancellationToken ct)
    {
        var actor = User.ToActor();
        var national = actor.Is(Role.SystemAdmin) || actor.Is(Role.NationalOfficer);
        var names = await GovernmentNames.LoadAsync(db, ct);
        Governments = names.Where(g => (national && g.ValidTo is null) || actor.CanEditGovernment(g.Id, g.Level == GovernmentLevel.National))
            .Select(g => (g.Id, names[g.Id])).ToList();
        return Governments.Count > 0;
    }
}

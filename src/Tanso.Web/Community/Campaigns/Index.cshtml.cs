using Microsoft.AspNetCore.Mvc.RazorPages;
using Tanso.Core.Access;
using Tanso.Data;
using Tanso.Web.Accounts;

namespace Tanso.Web.Community.Campaigns;

/// <summary>Every campaign with its count and progress.</summary>
internal sealed class CampaignsIndexModel(TansoDb db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<CampaignDto> Campaigns { get; private set; } = [];
    public bool CanCreate { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Campaigns = await CampaignApi.AllAsync(db, clock, ct);
        var actor = User.ToActor();
        CanCreate = (actor.Is(Role.SystemAdmin) || actor.Is(Role.NationalOfficer) || (actor.Is(Role.RegionalOfficer) && actor.GovernmentIds.Count > 0));
    }
}

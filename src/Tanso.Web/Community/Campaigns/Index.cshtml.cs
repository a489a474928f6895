using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
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
        var campaigns = await db.Campaigns.AsNoTracking().Include(c => c.Actions).OrderByDescending(c => c.StartsOn).ThenByDescending(c => c.Id).ToListAsync(ct);
        var list = new List<CampaignDto>();
        foreach (var c in campaigns)
        {
            list.Add(await CampaignApi.DtoAsync(db, c, clock, ct));
        }
        Campaigns = list;
        var actor = User.ToActor();
        CanCreate = !User.IsReadOnly() && (actor.Is(Role.SystemAdmin) || actor.Is(Role.NationalOfficer) || (actor.Is(Role.RegionalOfficer) && actor.GovernmentIds.Count > 0));
    }
}

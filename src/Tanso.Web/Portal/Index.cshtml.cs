using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Checks;
using Tanso.Core.Governments;
using Tanso.Core.Plans;
using Tanso.Data;
using Tanso.Web.Plans;

namespace Tanso.Web.Portal;

/// <summary>The public portal's front page: the national overview and the way to the map, comparisons and roll-up.</summary>
internal sealed class IndexModel(TansoDb db) : PageModel
{
    public IReadOnlyList<Government> Provinces { get; private set; } = [];
    public int GovernmentCount { get; private set; }
    public int PublishedPlans { get; private set; }
    public int PublishedChecks { get; private set; }
    public int? LatestCheckedYear { get; private set; }
    public CascadeView? Cascade { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var governments = await db.Governments.AsNoTracking().ToListAsync(ct);
        Provinces = governments.Where(g => g.Level == GovernmentLevel.Province).OrderBy(g => g.AdministrativeCode?.Value, StringComparer.Ordinal).ToList();
        GovernmentCount = governments.Count;
        PublishedPlans = await db.Plans.Where(p => p.Status == PlanStatus.Published).Select(p => p.GovernmentId).Distinct().CountAsync(ct);
        var published = db.CheckCycles.Where(c => c.Stage == CheckStage.Published && c.Month == null);
        LatestCheckedYear = await published.MaxAsync(c => (int?)c.Year, ct);
        PublishedChecks = LatestCheckedYear is { } y ? await published.Where(c => c.Year == y).Select(c => c.GovernmentId).Distinct().CountAsync(ct) : 0;
        Cascade = await CascadeQuery.RunAsync(db, null, 2030, null, ct);
    }
}

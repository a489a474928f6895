using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Governments;
using Tanso.Core.Sectors;
using Tanso.Data;

namespace Tanso.Web.Plans;

internal sealed class CascadeModel(TansoDb db) : PageModel
{
    public CascadeView? View { get; private set; }
    public IReadOnlyList<Government> Uppers { get; private set; } = [];
    public int Year { get; private set; } = 2030;
    public string? Sector { get; private set; }

    public async Task OnGetAsync(int? year, string? sector, int? parent, CancellationToken ct)
    {
        Year = year ?? 2030;
        Sector = sector;
        Uppers = await db.Governments.Where(g => g.Level != GovernmentLevel.Municipality).InDisplayOrder().ToListAsync(ct);
        View = await CascadeQuery.RunAsync(db, parent, Year, SectorCode.TryParse(sector, out var c) ? c : null, ct);
    }
}

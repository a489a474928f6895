using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Access;
using Tanso.Core.Community;
using Tanso.Data;
using Tanso.Web.Accounts;

namespace Tanso.Web.Community.Practices;

/// <summary>Published good practices: search, sector and government filters.</summary>
internal sealed class PracticesIndexModel(TansoDb db) : PageModel
{
    public PracticePageDto Result { get; private set; } = null!;
    public IReadOnlyList<(int Id, string Name)> Governments { get; private set; } = [];
    public string? Q { get; private set; }
    public string? Sector { get; private set; }
    public int? Government { get; private set; }
    public bool CanWrite { get; private set; }

    public async Task OnGetAsync(string? q, string? sector, int? government, CancellationToken ct, int page = 1)
    {
        (Q, Sector, Government) = (q, sector, government);
        var names = await GovernmentNames.LoadAsync(db, ct);
        Result = await PracticeCommands.SearchAsync(db, q, sector, government, page, names, ct);
        // Only governments with published practices: a list of 244 names that mostly find nothing helps nobody.
        var ids = await db.GoodPractices.Where(p => p.Status == PracticeStatus.Published).Select(p => p.GovernmentId).Distinct().ToListAsync(ct);
        Governments = ids.Select(id => (id, names[id])).OrderBy(g => g.Item2, StringComparer.Ordinal).ToList();
        var actor = User.ToActor();
        CanWrite = (actor.Is(Role.SystemAdmin) || actor.Is(Role.NationalOfficer) || (actor.Is(Role.RegionalOfficer) && actor.GovernmentIds.Count > 0));
    }
}

using Tanso.Core.Comparison;
using Tanso.Core;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Governments;
using Tanso.Data;

namespace Tanso.Web.Portal;

/// <summary>Fair comparison: one type of government, one normalised basis, one year; raw totals are refused (400).</summary>
internal sealed class CompareModel(TansoDb db, TimeProvider clock) : PageModel
{
    public TypeGroup Group { get; private set; }
    public ComparisonBasis Basis { get; private set; }
    public Comparison? Result { get; private set; }
    public bool Refused { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? group, string? by, int? year, CancellationToken ct)
    {
        var g = FairComparison.ParseGroup(group);
        var basis = FairComparison.ParseBasis(by, out var refused);
        Group = g ?? TypeGroup.Metropolitan;
        Basis = basis ?? ComparisonBasis.PerCapita;
        if (refused || g is null || basis is null)
        {
            // A request for a raw-total ranking, or an unknown group or basis, is answered with the form and why.
            Refused = refused;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var members = (await db.Governments.AsNoTracking().Where(x => x.Level != GovernmentLevel.National).ToListAsync(ct))
            .Where(x => PeerComparison.GroupOf(x.Type) == Group && x.IsValidOn(KoreanTime.Today(clock))).ToList();
        var facts = await PortalFacts.LoadAsync(db, members, withChecks: false, clock, ct);
        Years = facts.SelectMany(f => f.Inventory?.Years ?? []).Distinct().OrderDescending().ToList();
        var chosen = year is { } y && Years.Contains(y) ? y : Years.Count > 0 ? Years[0] : (int?)null;
        Result = chosen is { } c ? FairComparison.Rank(facts, Group, Basis, c) : null;
        return Page();
    }
}

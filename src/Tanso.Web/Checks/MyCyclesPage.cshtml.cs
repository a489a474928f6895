using Microsoft.AspNetCore.Mvc.RazorPages;
using Tanso.Core;
using Tanso.Data;

namespace Tanso.Web.Checks;

/// <summary>"My cycles" for an evaluator: what is left to score, where, and by when. Open to all: a visitor who is not
/// signed in is asked to sign in, anyone else without assignments sees an empty list.</summary>
internal sealed class MyCyclesPageModel(TansoDb db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<MyCycleDto> Cycles { get; private set; } = [];
    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public async Task OnGetAsync(CancellationToken ct) => Cycles = await MyCycles.ForAsync(db, User, KoreanTime.Today(clock), ct);
}

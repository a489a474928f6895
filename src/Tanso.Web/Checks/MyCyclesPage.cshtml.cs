using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tanso.Core;
using Tanso.Data;

namespace Tanso.Web.Checks;

/// <summary>"My cycles" for an evaluator: what is left to score, where, and by when.</summary>
[Authorize]
internal sealed class MyCyclesPageModel(TansoDb db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<MyCycleDto> Cycles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Cycles = await MyCycles.ForAsync(db, User, KoreanTime.Today(clock), ct);
}

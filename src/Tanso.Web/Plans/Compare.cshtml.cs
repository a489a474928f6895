using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tanso.Core.Plans;
using Tanso.Data;

namespace Tanso.Web.Plans;

/// <summary>Two revisions of a plan side by side: which targets and tasks changed.</summary>
internal sealed class CompareModel(TansoDb db) : PageModel
{
    public Plan Older { get; private set; } = null!;
    public Plan Newer { get; private set; } = null!;
    public IReadOnlyList<TargetChange> Targets { get; private set; } = [];
    public IReadOnlyList<TaskChange> Tasks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int with, CancellationToken ct)
    {
        var a = await PlanAccess.LoadAsync(db, id, ct);
        var b = await PlanAccess.LoadAsync(db, with, ct);
        if (a is null || b is null || a.LineageId != b.LineageId || !await PlanAccess.CanSeeAsync(User, a, db, ct) || !await PlanAccess.CanSeeAsync(User, b, db, ct))
        {
            return NotFound();
        }
        (Older, Newer) = a.Revision <= b.Revision ? (a, b) : (b, a);
        (Targets, Tasks) = PlanDiff.Compare(Older, Newer);
        return Page();
    }
}

using Tanso.Core;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Checks;
using Tanso.Core.Plans;
using Tanso.Data;
using Tanso.Web.Accounts;
using Tanso.Web.Plans;

namespace Tanso.Web.Checks;

/// <summary>A plan's check cycles (이행점검) and, for its editors and national staff, a form to open one.</summary>
internal sealed class PlanChecksModel(TansoDb db, TimeProvider clock) : PageModel
{
    public Plan Plan { get; private set; } = null!;
    public IReadOnlyList<CheckCycle> Cycles { get; private set; } = [];
    public bool CanOpen { get; private set; }
    [BindProperty] public int Year { get; set; } = KoreanTime.Today(clock).Year - 1;
    [BindProperty] public int? Month { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var outcome = await CheckCommands.OpenAsync(db, User, id, Year, Month, ct);
        if (outcome.Ok)
        {
            return Redirect($"/checks/{outcome.Value!.Id}");
        }
        if (outcome.Status is 403 or 404)
        {
            return StatusCode(outcome.Status);
        }
        foreach (var (field, messages) in outcome.Errors ?? [])
        {
            ModelState.AddModelError(field, string.Join(" ", messages));
        }
        if (outcome.Message is { } m)
        {
            ModelState.AddModelError("", m);
        }
        Response.StatusCode = outcome.Status;
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null || !await PlanAccess.CanSeeAsync(User, plan, db, ct))
        {
            return false;
        }
        Plan = plan;
        var cycles = await db.CheckCycles.Include(c => c.Evaluators).Include(c => c.Deadlines).Include(c => c.Progress).AsSplitQuery().AsNoTracking()
            .Where(c => c.PlanId == id).OrderByDescending(c => c.Year).ThenByDescending(c => c.Month).ToListAsync(ct);
        var visible = new List<CheckCycle>();
        foreach (var c in cycles)
        {
            if (await CheckAccess.CanSeeAsync(User, c, db, ct))
            {
                visible.Add(c);
            }
        }
        Cycles = visible;
        CanOpen = (CheckAccess.IsNationalStaff(User.ToActor()) || await PlanAccess.CanEditAsync(User, plan.GovernmentId, db, ct))
            && plan.Status is PlanStatus.Approved or PlanStatus.Published;
        return true;
    }
}

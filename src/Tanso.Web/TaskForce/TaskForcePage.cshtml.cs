using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tanso.Data;

namespace Tanso.Web.TaskForce;

/// <summary>The task force's month (범부처 TF 월간 점검); national officers and administrators.</summary>
internal sealed class TaskForcePageModel(TansoDb db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public int? Month { get; set; }
    public TaskForceMonth View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!TaskForceAccess.Allowed(User))
        {
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        }
        if (TaskForceAccess.Problems(Year, Month) is { Count: > 0 } problems)
        {
            foreach (var (field, messages) in problems)
            {
                ModelState.AddModelError(field, string.Join(" ", messages));
            }
            (Year, Month) = (null, null);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        View = await TaskForceMonth.LoadAsync(db, Year, Month, clock, ct);
        return Page();
    }
}

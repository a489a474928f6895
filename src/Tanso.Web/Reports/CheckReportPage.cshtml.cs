using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tanso.Data;
using Tanso.Web.Checks;

namespace Tanso.Web.Reports;

/// <summary>The statutory check report (이행점검 결과보고서) of one cycle, for whoever may see the cycle; the PDF prints this page.</summary>
internal sealed class CheckReportPageModel(TansoDb db, TimeProvider clock) : PageModel
{
    public CheckReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var cycle = await CheckAccess.LoadAsync(db, id, ct);
        if (cycle is null || !await CheckAccess.CanSeeAsync(User, cycle, db, ct))
        {
            return NotFound();
        }
        Report = await CheckReport.LoadAsync(db, User, cycle, clock, ct);
        return Page();
    }
}

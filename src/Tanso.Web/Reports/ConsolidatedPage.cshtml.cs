using Tanso.Core;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Checks;
using Tanso.Core.Governments;
using Tanso.Data;

namespace Tanso.Web.Reports;

/// <summary>The Minister's roll-up of a year's checks of every government of a level; national officers and administrators.</summary>
internal sealed class ConsolidatedPageModel(TansoDb db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Level { get; set; }
    public ConsolidatedReport Report { get; private set; } = null!;
    public string LevelName => ConsolidatedQuery.Name(Report.Level);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!ConsolidatedAccess.Allowed(User))
        {
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        }
        // Unasked, the latest year with yearly checks (else last year's, reported by 31 May of this year).
        Year ??= CheckYears.Default(await db.CheckCycles.AsNoTracking().Where(c => c.Month == null).Select(c => c.Year).Distinct().ToListAsync(ct), KoreanTime.Today(clock));
        Level ??= "province";
        if (ConsolidatedQuery.Parse(Year, Level) is not ({ } year, { } level))
        {
            foreach (var (field, messages) in ConsolidatedQuery.Problems(Year, Level))
            {
                ModelState.AddModelError(field, string.Join(" ", messages));
            }
            (year, level) = (Math.Clamp(Year.Value, 1990, 2100), GovernmentLevel.Province);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        Report = await ConsolidatedReport.LoadAsync(db, year, level, clock, ct);
        return Page();
    }
}

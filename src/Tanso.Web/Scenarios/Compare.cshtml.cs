using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tanso.Core.Pathways;
using Tanso.Data;
using Tanso.Data.Scenarios;

namespace Tanso.Web.Scenarios;

/// <summary>Two to four scenarios side by side: measures, net totals, stacked sectors and differences.</summary>
internal sealed class CompareModel(TansoDb db) : PageModel
{
    public IReadOnlyList<(ScenarioAnalysis Analysis, string GovernmentName)> Items { get; private set; } = [];
    public IReadOnlyList<Scenario> Choices { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public int[] Ids { get; set; } = [];
    [BindProperty(SupportsGet = true)] public decimal? BudgetMt { get; set; }
    [BindProperty(SupportsGet = true)] public int? BudgetFrom { get; set; }

    public string WorkbookLink => "/api/scenarios/compare.xlsx?" + string.Join("&", Ids.Distinct().Select(i => $"ids={i}"))
        + (BudgetMt is { } b ? $"&budgetTCo2eq={(b * 1_000_000m).ToString(System.Globalization.CultureInfo.InvariantCulture)}" : "")
        + (BudgetFrom is { } f ? $"&budgetFrom={f}" : "");

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Choices = await ScenarioAccess.VisibleAsync(User, db, null, ct);
        if (Ids.Length == 0)
        {
            return Page();
        }
        var (items, errors, found) = await ScenarioComparison.LoadAsync(db, User, Ids, BudgetMt * 1_000_000m, BudgetFrom, ct);
        if (!found)
        {
            return NotFound();
        }
        foreach (var (field, messages) in errors)
        {
            ModelState.AddModelError(field, string.Join(" ", messages));
        }
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        Items = items;
        return Page();
    }
}

using Tanso.Core;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tanso.Core.Checks;
using Tanso.Data;
using Tanso.Data.Inventory;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Checks;

/// <summary>What the evaluation pages of a cycle share (settings, scoring, review, opinions): loading the cycle with its
/// evaluation as the caller may see it, and turning a command's outcome into a redirect or the page with its errors.</summary>
internal abstract class EvaluationPage(TansoDb db, TimeProvider clock) : PageModel
{
    protected TansoDb Db => db;
    protected TimeProvider Clock => clock;
    public CheckCycle Cycle { get; private set; } = null!;
    public CycleEvaluation Evaluation { get; private set; } = null!;
    public string GovernmentName { get; private set; } = "";
    public bool Manage { get; private set; }
    public bool SeesResult { get; private set; }
    public DateOnly Today => KoreanTime.Today(clock);

    /// <summary>The page's own path under the cycle, e.g. "settings".</summary>
    protected abstract string Section { get; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    protected virtual Task LoadMoreAsync(CancellationToken ct) => Task.CompletedTask;

    protected async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var cycle = await CheckAccess.LoadAsync(db, id, ct);
        if (cycle is null || !await CheckAccess.CanSeeAsync(User, cycle, db, ct))
        {
            return false;
        }
        Cycle = cycle;
        SeesResult = CheckAccess.CanSeeResult(User, cycle, await CheckEvaluations.ReviewAsync(db, cycle, ct));
        Evaluation = await CheckEvaluations.ForAsync(db, cycle, clock, ct, SeesResult);
        Manage = CheckAccess.CanManage(User);
        var directory = await GovernmentDirectory.LoadAsync(db, ct);
        var government = directory.All.Single(g => g.Id == cycle.GovernmentId);
        GovernmentName = Text.IsEnglish ? government.NameEn : directory.FullName(government);
        await LoadMoreAsync(ct);
        return true;
    }

    protected async Task<IActionResult> FinishAsync(int id, Outcome<object> outcome, CancellationToken ct)
    {
        if (outcome.Ok)
        {
            return Redirect($"/checks/{id}/{Section}");
        }
        if (outcome.Status is 403 or 404)
        {
            return StatusCode(outcome.Status);
        }
        foreach (var (field, messages) in outcome.Errors ?? [])
        {
            ModelState.AddModelError(field, $"{field}: {string.Join(" ", messages)}");
        }
        if (outcome.Errors is null)
        {
            ModelState.AddModelError("", outcome.Status == 409 && outcome.Message is null
                ? Text.T("다른 사람이 먼저 고쳤습니다. 아래의 현재 내용을 보고 다시 하십시오.", "Someone changed this first. Check the current values below and try again.")
                : outcome.Message ?? Text.T("아무것도 저장하지 않았습니다.", "Nothing was saved."));
        }
        Response.StatusCode = outcome.Status;
        await LoadAsync(id, ct);
        return Page();
    }
}

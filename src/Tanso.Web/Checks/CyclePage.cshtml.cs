using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tanso.Core;
using Tanso.Core.Checks;
using Tanso.Data;
using Tanso.Data.Inventory;
using Tanso.Web.Infrastructure;

using Tanso.Data.Tabular;

namespace Tanso.Web.Checks;

/// <summary>One check cycle: stage and deadlines, progress entry (a form for every task at once, or the Excel
/// template), and the quantitative evaluation with every number traceable to its inputs.</summary>
[RequestSizeLimit(RequestBodyLimits.Workbook)]
internal sealed class CyclePageModel(TansoDb db, TimeProvider clock) : PageModel
{
    public CheckCycle Cycle { get; private set; } = null!;
    public CycleEvaluation Evaluation { get; private set; } = null!;
    public string GovernmentName { get; private set; } = "";
    public bool CanReport { get; private set; }
    public ILookup<int, EvidenceFile> Evidence { get; private set; } = Array.Empty<EvidenceFile>().ToLookup(f => f.TaskId);
    public bool CanMove { get; private set; }
    public bool CanAssign { get; private set; }
    public DateOnly Today { get; private set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public List<RowForm> Rows { get; set; } = [];
    [BindProperty] public string? Email { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostProgressAsync(int id, CancellationToken ct) =>
        await Finish(id, await CheckCommands.ReportAsync(db, User, id, Version,
            Rows.Where(r => !string.IsNullOrWhiteSpace(r.Status)).Select(r => ($"{r.TaskCode}:", new TaskProgressInput(r.TaskCode, r.Status!, r.BudgetExecutedKrw, r.Narrative, r.Evidence,
                r.Kpis.Select(k => new KpiActualInput(k.Name, k.Actual)).ToList()))).ToList(), ct), ct);

    public async Task<IActionResult> OnPostImportAsync(int id, CancellationToken ct)
    {
        var (_, file, refusal) = await WorkbookUpload.ReadAsync(Request, [".xlsx"], UploadLimits.Workbook, ct);
        if (refusal is not null)
        {
            return await Finish(id, new Outcome<CheckCycle>(null, 400, Errors: new() { [refusal.Field] = [refusal.Message] }), ct);
        }
        try
        {
            return await Finish(id, await CheckApi.ImportAsync(db, User, id, Version, file!.Value.Name, file.Value.Content, ct), ct);
        }
        catch (UploadLimitExceededException e)
        {
            return await Finish(id, new Outcome<CheckCycle>(null, 400, Errors: new() { ["file"] = [Text.T(e.Korean, e.Message)] }), ct);
        }
    }

    public async Task<IActionResult> OnPostMoveAsync(int id, CancellationToken ct) =>
        await Finish(id, await CheckCommands.MoveAsync(db, User, id, Version, clock, ct), ct);

    public async Task<IActionResult> OnPostAssignAsync(int id, CancellationToken ct) =>
        await Finish(id, await CheckCommands.AssignAsync(db, User, id, Version, Email ?? "", ct), ct);

    private async Task<IActionResult> Finish(int id, Outcome<CheckCycle> outcome, CancellationToken ct)
    {
        if (outcome.Ok)
        {
            return Redirect($"/checks/{id}");
        }
        if (outcome.Status is 403 or 404)
        {
            return StatusCode(outcome.Status);
        }
        foreach (var (field, messages) in outcome.Errors ?? [])
        {
            ModelState.AddModelError(field, $"{field} {string.Join(" ", messages)}");
        }
        ModelState.AddModelError("", outcome.Status == 409 && outcome.Message is null
            ? Text.T("다른 사람이 먼저 이 점검을 고쳤습니다. 아래의 현재 내용을 보고 다시 하십시오.", "Someone changed this check first. Check the current values below and try again.")
            : outcome.Message ?? Text.T("아무것도 저장하지 않았습니다.", "Nothing was saved."));
        Response.StatusCode = outcome.Status;
        ModelState.Remove(nameof(Version));
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var cycle = await CheckAccess.LoadAsync(db, id, ct);
        if (cycle is null || !await CheckAccess.CanSeeAsync(User, cycle, db, ct))
        {
            return false;
        }
        Cycle = cycle;
        Version = cycle.Version;
        Evaluation = await CheckEvaluations.ForAsync(db, cycle, clock, ct, CheckAccess.CanSeeResult(User, cycle, await CheckEvaluations.ReviewAsync(db, cycle, ct)));
        Evidence = await EvidenceFiles.OfCycleAsync(db, cycle.Id, ct);
        var directory = await GovernmentDirectory.LoadAsync(db, ct);
        var government = directory.All.Single(g => g.Id == cycle.GovernmentId);
        GovernmentName = Text.IsEnglish ? government.NameEn : directory.FullName(government);
        var party = await CheckAccess.PartyAsync(User, cycle, db, ct);
        CanReport = cycle.WhyNot(CycleAction.EnterProgress, party) is null;
        CanMove = CycleWorkflow.NextMove(cycle.Stage) is { } move && CycleWorkflow.May(party, move);
        CanAssign = cycle.WhyNot(CycleAction.AssignEvaluator, party) is null;
        Today = KoreanTime.Today(clock);
        return true;
    }
}

/// <summary>One task's row of the progress form.</summary>
internal sealed class RowForm
{
    public string TaskCode { get; set; } = "";
    public string? Status { get; set; }
    public decimal? BudgetExecutedKrw { get; set; }
    public string? Narrative { get; set; }
    public string? Evidence { get; set; }
    public List<KpiForm> Kpis { get; set; } = [];
}

/// <summary>One KPI actual of a row.</summary>
internal sealed class KpiForm
{
    public string Name { get; set; } = "";
    public decimal? Actual { get; set; }
}

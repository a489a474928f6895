using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Governments;
using Tanso.Core.Inventory;
using Tanso.Core.Plans;
using Tanso.Data;
using Tanso.Data.Inventory;
using Tanso.Web.Infrastructure;
using Tanso.Web.Inventory;

using Tanso.Data.Tabular;

namespace Tanso.Web.Plans;

/// <summary>One plan revision: header, workflow, targets, trajectory against the inventory, tasks and KPIs.</summary>
[RequestSizeLimit(RequestBodyLimits.Workbook)]
internal sealed class PlanPageModel(TansoDb db, TimeProvider clock) : PageModel
{
    // Fields of the review forms: their errors show next to the field, without the field's name.
    private static readonly string[] ReviewFields = ["date", "decision", "file", "text", "reason"];

    public Plan Plan { get; private set; } = null!;
    public Government Government { get; private set; } = null!;
    public string GovernmentName { get; private set; } = "";
    public bool CanEdit { get; private set; }
    public PlanTrajectory Trajectory { get; private set; } = null!;
    public IReadOnlyList<Plan> Revisions { get; private set; } = [];
    public string? Message { get; private set; }
    public IReadOnlyDictionary<Tanso.Core.Sectors.SectorCode, Tanso.Core.Quantities.TonnesCo2e> SectorBases { get; private set; } =
        new Dictionary<Tanso.Core.Sectors.SectorCode, Tanso.Core.Quantities.TonnesCo2e>();
    public InventorySummary? Inventory { get; private set; }
    public IReadOnlyList<SectorPath> SectorPaths { get; private set; } = [];

    /// <summary>The latest year the inventory and the trajectory share, as the check reports lead with it; null without one.</summary>
    public Checks.HeadlineView? Headline { get; private set; }

    /// <summary>What the signed-in person may do now (policy and state both allow it).</summary>
    public IReadOnlyList<PlanStep> NextSteps { get; private set; } = [];

    /// <summary>The 시·도 a 시·군·구 plan is also submitted to; null for others.</summary>
    public string? SubmittedTo { get; private set; }

    /// <summary>Whether the committee minutes' file is stored.</summary>
    public bool HasMinutes { get; private set; }

    [BindProperty] public int Version { get; set; }

    // The review forms, kept as typed when refused.
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? CommitteeDate { get; set; }
    [BindProperty] public string? CommitteeDecision { get; set; }
    [BindProperty] public string? OpinionText { get; set; }
    [BindProperty] public string? AnswerText { get; set; }
    public int? AnswerOpinionId { get; private set; }
    [BindProperty] public TargetForm Target { get; set; } = new();
    [BindProperty] public TaskForm Task { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostTargetAsync(int id, CancellationToken ct) =>
        await Finish(id, await PlanCommands.SetTargetsAsync(db, User, id,
            new TargetsInput(Version, [new TargetInput(Target.Year, Target.Sector, Target.Kind, Target.Value)]), merge: true, ct), ct);

    public async Task<IActionResult> OnPostTaskAsync(int id, CancellationToken ct) =>
        await Finish(id, await PlanCommands.AddTaskAsync(db, User, id, Task.ToInput(Version), ct), ct);

    public async Task<IActionResult> OnPostImportTasksAsync(int id, CancellationToken ct)
    {
        var (_, file, refusal) = await WorkbookUpload.ReadAsync(Request, [".xlsx"], UploadLimits.Workbook, ct);
        if (refusal is not null)
        {
            return await Finish(id, new PlanOutcome(null, 400, Errors: new() { [refusal.Field] = [refusal.Message] }), ct);
        }
        try
        {
            return await Finish(id, await PlanCommands.ImportTasksAsync(db, User, id, Version, file!.Value.Name, file.Value.Content, ct), ct);
        }
        catch (UploadLimitExceededException e)
        {
            return await Finish(id, new PlanOutcome(null, 400, Errors: new() { ["file"] = [Text.T(e.Korean, e.Message)] }), ct);
        }
    }

    public async Task<IActionResult> OnPostMoveAsync(int id, string action, CancellationToken ct) =>
        await Finish(id, await PlanReviewCommands.MoveAsync(db, User, clock, id, new StepInput(action, Version, Reason), ct), ct);

    public async Task<IActionResult> OnPostCommitteeAsync(int id, CancellationToken ct)
    {
        var (_, file, refusal) = await WorkbookUpload.ReadAsync(Request, PlanReviewCommands.MinutesTypes, UploadLimits.Workbook, ct);
        if (refusal is not null && Request.Form.Files.GetFile("file") is { Length: > 0 })
        {
            return await Finish(id, new PlanOutcome(null, 400, Errors: new() { ["file"] = [refusal.Message] }), ct);
        }
        return await Finish(id, await PlanReviewCommands.RecordCommitteeAsync(db, User, clock, id, Version, CommitteeDate, CommitteeDecision, file, ct), ct);
    }

    public async Task<IActionResult> OnPostOpinionAsync(int id, CancellationToken ct) =>
        await Finish(id, await PlanReviewCommands.OpineAsync(db, User, clock, id, new OpinionInput(Version, OpinionText ?? ""), ct), ct);

    public async Task<IActionResult> OnPostAnswerAsync(int id, int opinionId, CancellationToken ct)
    {
        AnswerOpinionId = opinionId;
        return await Finish(id, await PlanReviewCommands.AnswerAsync(db, User, clock, id, opinionId, new OpinionInput(Version, AnswerText ?? ""), ct), ct);
    }

    public async Task<IActionResult> OnPostReviseAsync(int id, CancellationToken ct)
    {
        var outcome = await PlanCommands.ReviseAsync(db, User, id, Version, ct);
        return outcome.Ok ? Redirect($"/plans/{outcome.Plan!.Id}") : await Finish(id, outcome, ct);
    }

    private async Task<IActionResult> Finish(int id, PlanOutcome outcome, CancellationToken ct)
    {
        if (outcome.Ok)
        {
            return Redirect($"/plans/{id}");
        }
        if (outcome.Status == 404 || (outcome.Status == 403 && outcome.Message is null))
        {
            return StatusCode(outcome.Status);
        }
        foreach (var (field, messages) in outcome.Errors ?? [])
        {
            ModelState.AddModelError(field, ReviewFields.Contains(field) ? string.Join(" ", messages) : $"{field}: {string.Join(" ", messages)}");
        }
        if (outcome.Status == 409 && outcome.Current is not null)
        {
            ModelState.AddModelError("", Text.T("다른 사람이 먼저 이 계획을 고쳤습니다. 아래의 현재 내용을 보고 다시 하십시오.", "Someone changed this plan first. Check the current values below and try again."));
        }
        else if (outcome.Message is { } m)
        {
            ModelState.AddModelError("", m);
        }
        Response.StatusCode = outcome.Status;
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var plan = await PlanAccess.LoadAsync(db, id, ct);
        if (plan is null || !await PlanAccess.CanSeeAsync(User, plan, db, ct))
        {
            return false;
        }
        Plan = plan;
        Version = plan.Version;
        Government = (await db.Governments.FindAsync([plan.GovernmentId], ct))!;
        GovernmentName = Text.IsEnglish ? Government.NameEn : (await GovernmentDirectory.LoadAsync(db, ct)).FullName(Government);
        var actor = Accounts.TansoClaims.ToActor(User);
        var government = await PlanAccess.GovernmentAsync(db, plan.GovernmentId, ct);
        NextSteps = PlanPolicy.Next(actor, government, plan.Status);
        CanEdit = NextSteps.Contains(PlanStep.Edit);
        SubmittedTo = Government.Level == GovernmentLevel.Municipality && Government.ParentId is { } parent
            ? (await db.Governments.FindAsync([parent], ct))?.Name(Text.Language) : null;
        HasMinutes = plan.CommitteeMinutesName is not null && await db.PlanCommitteeMinutes.AnyAsync(m => m.PlanId == plan.Id, ct);
        var (bases, inventory, edition) = await Plans.SectorBases.ForAsync(db, plan, ct);
        SectorBases = bases;
        Inventory = inventory;
        Trajectory = PlanTrajectory.Build(plan, inventory, edition);
        if (Core.Checks.Headline.LatestYear(plan, inventory) is { } year)
        {
            Headline = new(Core.Checks.Headline.Of(Core.Checks.ComparableEmissions.Readings(plan, inventory, edition, year)), edition?.IsSample ?? false);
        }
        SectorPaths = SectorPath.For(plan, bases, inventory);
        Revisions = (await db.Plans.AsNoTracking().Where(p => p.LineageId == plan.LineageId).OrderBy(p => p.Revision).ToListAsync(ct))
            .Where(p => PlanAccess.CanSee(actor, p.Status, plan.GovernmentId, Government.Level == GovernmentLevel.National)).ToList();
        return true;
    }
}

internal sealed class TargetForm
{
    public int Year { get; set; } = 2030;
    public string? Sector { get; set; }
    public string Kind { get; set; } = "reduction-percent";
    public decimal Value { get; set; }
}

internal sealed class TaskForm
{
    public string Level { get; set; } = "area";
    public string Code { get; set; } = "";
    public string? ParentCode { get; set; }
    public string Name { get; set; } = "";
    public string? Department { get; set; }
    public string? Sector { get; set; }
    public int StartYear { get; set; } = 2024;
    public int EndYear { get; set; } = 2030;
    public int? BudgetYear { get; set; }
    public decimal? BudgetKrw { get; set; }
    public decimal? ExpectedReduction { get; set; }
    public string? KpiName { get; set; }
    public string? KpiUnit { get; set; }
    public string KpiDirection { get; set; } = "increase";
    public decimal? KpiBase { get; set; }
    public int? KpiTargetYear { get; set; }
    public decimal? KpiTarget { get; set; }

    public TaskInput ToInput(int version) => new(version, Level, Code, ParentCode, Name, Department, Sector, StartYear, EndYear,
        BudgetYear is { } y ? [new TaskYearInput(y, BudgetKrw, ExpectedReduction)] : [],
        string.IsNullOrWhiteSpace(KpiName) ? [] :
            [new KpiInput(KpiName, KpiUnit ?? "", KpiDirection, KpiBase ?? 0, KpiTargetYear is { } ty && KpiTarget is { } tv ? new() { [ty] = tv } : [])]);
}

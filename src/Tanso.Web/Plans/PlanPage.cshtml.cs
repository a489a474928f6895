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
    public Plan Plan { get; private set; } = null!;
    public Government Government { get; private set; } = null!;
    public string GovernmentName { get; private set; } = "";
    public bool CanEdit { get; private set; }

    /// <summary>Whether the signed-in person may retire tasks now (a submitted plan, an officer of its government).</summary>
    public bool CanRetire { get; private set; }

    /// <summary>The year a retirement form proposes: this year, or the task's first if it starts later.</summary>
    public int RetireDefaultYear(PlanTask task) => Math.Min(task.EndYear, Math.Max(task.StartYear, clock.GetLocalNow().Year));
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
    // The plan's forms, kept as typed when refused; which one was sent stays open.
    [BindProperty] public TargetForm Target { get; set; } = new();
    [BindProperty] public TaskForm Task { get; set; } = new();
    [BindProperty] public PlanForm Form { get; set; } = new();
    [BindProperty] public PointsForm Points { get; set; } = new();
    [BindProperty] public RetireForm Retire { get; set; } = new();

    /// <summary>The form that was sent and refused (header, target, points, task, retire), or null.</summary>
    public string? Sent { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? task, string? line, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Form = PlanForm.From(Plan);
        Points = PointsForm.For(Plan, line);
        var editing = task is { } t ? Plan.Tasks.FirstOrDefault(x => x.Id == t) : null;
        Task = TaskForm.For(Plan, editing);
        Sent = editing is null ? null : "task";
        return Page();
    }

    public async Task<IActionResult> OnPostHeaderAsync(int id, CancellationToken ct) =>
        await Finish(id, "header", async () => await PlanCommands.DescribeAsync(db, User, id, Form.ToHeader(Version), ct), ct);

    public async Task<IActionResult> OnPostTargetAsync(int id, CancellationToken ct) =>
        await Finish(id, "target", async () => await PlanTargetCommands.SetTargetsAsync(db, User, id,
            new TargetsInput(Version, [new TargetInput(Target.Year, Target.Sector, Target.Kind, Target.Value ?? 0)]), merge: true, ct), ct);

    public async Task<IActionResult> OnPostRemoveTargetAsync(int id, int year, string? sector, CancellationToken ct) =>
        await Finish(id, "target", async () => await PlanTargetCommands.RemoveTargetAsync(db, User, id, Version, year, sector, ct), ct);

    public async Task<IActionResult> OnPostPointsAsync(int id, CancellationToken ct) =>
        await Finish(id, "points", async () => await PlanAccess.LoadAsync(db, id, ct) is { } plan
            ? await PlanTargetCommands.SetTrajectoryAsync(db, User, id, Points.ToInput(Version, plan), ct)
            : new PlanOutcome(null, 404), ct);

    public async Task<IActionResult> OnPostTaskAsync(int id, CancellationToken ct) =>
        await Finish(id, "task", async () => Task.Id is { } taskId
            ? await PlanTaskCommands.ReviseAsync(db, User, id, taskId, Task.ToInput(Version), ct)
            : await PlanTaskCommands.AddAsync(db, User, id, Task.ToInput(Version), ct), ct);

    public async Task<IActionResult> OnPostDeleteTaskAsync(int id, int taskId, CancellationToken ct) =>
        await Finish(id, "tasks", async () => await PlanTaskCommands.DeleteAsync(db, User, id, taskId, Version, ct), ct);

    public async Task<IActionResult> OnPostRetireTaskAsync(int id, CancellationToken ct) =>
        await Finish(id, "retire", async () => await PlanTaskCommands.RetireAsync(db, User, clock, id, Retire.TaskId, new RetireInput(Version, Retire.FromYear, Retire.Reason), ct), ct);

    public async Task<IActionResult> OnPostImportTasksAsync(int id, CancellationToken ct)
    {
        var (_, file, refusal) = await WorkbookUpload.ReadAsync(Request, [".xlsx"], UploadLimits.Workbook, ct);
        if (refusal is not null)
        {
            return await Finish(id, new PlanOutcome(null, 400, Errors: new() { [refusal.Field] = [refusal.Message] }), ct);
        }
        try
        {
            return await Finish(id, await PlanTaskCommands.ImportAsync(db, User, id, Version, file!.Value.Name, file.Value.Content, ct), ct);
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

    /// <summary>Runs a plan form's command unless its numbers could not be read; either way a refusal shows the form as typed.</summary>
    private async Task<IActionResult> Finish(int id, string sent, Func<Task<PlanOutcome>> command, CancellationToken ct)
    {
        Sent = sent;
        var unread = ModelState.Where(e => e.Value is { ValidationState: Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid }).ToList();
        if (unread.Count > 0)
        {
            foreach (var (key, entry) in unread)
            {
                entry!.Errors.Clear();
                ModelState.AddModelError(key, Text.T($"'{entry.AttemptedValue}'은(는) 숫자가 아닙니다.", $"'{entry.AttemptedValue}' is not a number."));
            }
            return await Finish(id, new PlanOutcome(null, 400, Errors: []), ct);
        }
        return await Finish(id, await command(), ct);
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
            // A workbook's errors are keyed by where they are (file, sheet, row): that stays in the message.
            ModelState.AddModelError(field, field.Contains(' ', StringComparison.Ordinal) ? $"{field}: {string.Join(" ", messages)}" : string.Join(" ", messages));
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
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        // The form that was sent keeps what was typed; the others show the plan as it is.
        Form = Sent == "header" ? Form : PlanForm.From(Plan);
        Points = Sent == "points" ? Points : PointsForm.For(Plan);
        Task = Sent == "task" ? Task : TaskForm.For(Plan, null);
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
        ViewData["Editions"] = await db.EditionsForAsync(plan.GovernmentId, ct);
        GovernmentName = Text.IsEnglish ? Government.NameEn : (await GovernmentDirectory.LoadAsync(db, ct)).FullName(Government);
        var actor = Accounts.TansoClaims.ToActor(User);
        var government = await PlanAccess.GovernmentAsync(db, plan.GovernmentId, ct);
        NextSteps = PlanPolicy.Next(actor, government, plan.Status);
        CanEdit = NextSteps.Contains(PlanStep.Edit);
        CanRetire = PlanWorkflow.IsSubmitted(plan.Status) && PlanPolicy.DecideRetire(actor, government).Allowed;
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

using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Plans;
using Tanso.Data;
using Tanso.Web.Accounts;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Plans;

/// <summary>What a plan command did: the plan (saved), or a status with a message or field errors.</summary>
internal sealed record PlanOutcome(Plan? Plan, int Status, string? Message = null, Dictionary<string, string[]>? Errors = null, PlanDto? Current = null)
{
    /// <summary>Sector bases for the answer's resolved sector targets.</summary>
    public IReadOnlyDictionary<Tanso.Core.Sectors.SectorCode, Tanso.Core.Quantities.TonnesCo2e>? SectorBases { get; init; }

    public bool Ok => Status is 200 or 201;

    /// <summary>A refusal by the policy or the workflow, in the caller's language.</summary>
    public static PlanOutcome Refused(int status, Verdict verdict) => new(null, status, Text.T(verdict.Reason!.Value.Ko, verdict.Reason.Value.En));

    public Results<Ok<PlanDto>, Created<PlanDto>, ValidationProblem, NotFound, ProblemHttpResult> ToResult()
    {
        var bases = SectorBases ?? new Dictionary<Tanso.Core.Sectors.SectorCode, Tanso.Core.Quantities.TonnesCo2e>();
        return Status switch
        {
            200 => TypedResults.Ok(Plan!.ToDto(bases)),
            201 => TypedResults.Created($"/api/plans/{Plan!.Id}", Plan.ToDto(bases)),
            400 => TypedResults.ValidationProblem(Errors!),
            404 => TypedResults.NotFound(),
            409 when Current is not null => Editing.Conflict(Current),
            _ => TypedResults.Problem(statusCode: Status, detail: Message, title: Status switch
            {
                403 => Text.T("이 작업을 할 권한이 없습니다.", "You may not do this."),
                422 => Text.T("지금 상태에서는 할 수 없는 작업입니다.", "The step is not open now."),
                _ => Text.T("지금은 계획을 바꿀 수 없습니다.", "The plan cannot be changed now."),
            }),
        };
    }
}

/// <summary>Every change to a plan, shared by the API and the pages: who may, which state allows it, and a
/// versioned save (the plan's version moves with any change to its targets or tasks).</summary>
internal static class PlanCommands
{
    public static async Task<PlanOutcome> CreateAsync(TansoDb db, ClaimsPrincipal user, int governmentId, PlanHeader header, CancellationToken ct)
    {
        if (await db.Governments.FindAsync([governmentId], ct) is null)
        {
            return new PlanOutcome(null, 404);
        }
        if (PlanPolicy.Decide(user.ToActor(), await PlanAccess.GovernmentAsync(db, governmentId, ct), PlanStep.Edit) is { Allowed: false } refused)
        {
            return PlanOutcome.Refused(403, refused);
        }
        var (resolved, baseError) = await WithBaseFromEditionAsync(db, governmentId, header, ct);
        if (baseError is not null)
        {
            return new PlanOutcome(null, 400, Errors: baseError);
        }
        var (plan, errors) = PlanInput.NewPlan(governmentId, resolved);
        if (plan is null)
        {
            return new PlanOutcome(null, 400, Errors: errors);
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Plans.Add(plan);
        await db.SaveChangesAsync(ct);
        plan.StartLineage();
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new PlanOutcome(plan, 201);
    }

    public static async Task<PlanOutcome> DescribeAsync(TansoDb db, ClaimsPrincipal user, int id, PlanHeader header, CancellationToken ct)
    {
        var governmentId = await db.Plans.Where(p => p.Id == id).Select(p => (int?)p.GovernmentId).SingleOrDefaultAsync(ct);
        var (resolved, baseError) = governmentId is { } g ? await WithBaseFromEditionAsync(db, g, header, ct) : (header, null);
        if (baseError is not null)
        {
            return new PlanOutcome(null, 400, Errors: baseError);
        }
        return await EditDraftAsync(db, user, id, header.Version, plan =>
        {
            var (draft, errors) = PlanInput.NewPlan(plan.GovernmentId, resolved);
            if (draft is null)
            {
                return errors;
            }
            plan.Describe(draft.Title, draft.PeriodStart, draft.PeriodEnd, draft.BaseYear, draft.BaseEmissions, draft.BaseSource, null, draft.ScopeNote, draft.NetZeroYear, draft.Interpolation);
            if (resolved.Basis is not null || resolved.Adjustments is not null || resolved.Guidelines is not null)
            {
                plan.CountOn(draft.Basis);
            }
            return null;
        }, ct);
    }

    /// <summary>Replaces the hand-entered trajectory values of a draft.</summary>
    public static Task<PlanOutcome> SetTrajectoryAsync(TansoDb db, ClaimsPrincipal user, int id, TrajectoryInput input, CancellationToken ct)
    {
        var points = new List<PlanTrajectoryPoint>();
        return EditDraftAsync(db, user, id, input.Version, plan =>
        {
            var errors = PlanInput.Check(problem =>
            {
                foreach (var (p, i) in (input.Points ?? []).Select((p, i) => (p, i)))
                {
                    Tanso.Core.Sectors.SectorCode? sector = null;
                    if (p.Sector is { Length: > 0 } s)
                    {
                        if (Tanso.Core.Sectors.SectorCode.TryParse(s, out var c)) { sector = c; } else { problem($"points[{i}].sector", $"unknown sector '{s}'"); continue; }
                    }
                    if (p.Year <= plan.BaseYear) { problem($"points[{i}].year", $"{p.Year} is not after the base year {plan.BaseYear}"); continue; }
                    if (Tanso.Core.Quantities.Plausible.Tonnes($"points[{i}].valueTCo2eq", p.ValueTCo2eq) is { } range) { problem(range.Field, Text.T(range.Ko, range.En)); continue; }
                    try { points.Add(new PlanTrajectoryPoint(sector, p.Year, new Tanso.Core.Quantities.TonnesCo2e(p.ValueTCo2eq))); }
                    catch (ArgumentException e) { problem($"points[{i}].year", e.Message); }
                }
                if (points.GroupBy(p => (p.Sector, p.Year)).Any(g => g.Count() > 1)) { problem("points", "a year appears twice for the same line"); }
            });
            if (errors.Count > 0)
            {
                return errors;
            }
            plan.ManualPoints.Clear();
            return null;
        }, ct, after: plan => plan.ManualPoints.AddRange(points));
    }

    /// <summary>Fills the base from an inventory edition when the header names one.</summary>
    private static async Task<(PlanHeader Header, Dictionary<string, string[]>? Error)> WithBaseFromEditionAsync(TansoDb db, int governmentId, PlanHeader header, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(header.BaseEdition))
        {
            return (header, null);
        }
        var edition = await db.InventoryEditions.AsNoTracking().SingleOrDefaultAsync(e => e.Code == header.BaseEdition, ct);
        var summary = edition is null ? null : Tanso.Core.Inventory.InventorySummary.Build(await Tanso.Data.Inventory.InventoryQueries.EntriesAsync(db, governmentId, edition.Id, ct));
        if (edition is null || summary is null || !summary.Years.Contains(header.BaseYear))
        {
            return (header, new() { ["baseEdition"] = [$"edition '{header.BaseEdition}' has no emissions of this government in {header.BaseYear}"] });
        }
        var source = $"{edition.NameKo} ({edition.Code}){(edition.IsSample ? " — 예시 데이터 (sample data)" : "")}";
        return (header with { BaseEmissionsTCo2eq = summary.Gross(header.BaseYear).Value, BaseSource = source }, null);
    }

    /// <summary>Replaces every target (<paramref name="merge"/> false) or sets the given ones, keeping the rest.</summary>
    public static Task<PlanOutcome> SetTargetsAsync(TansoDb db, ClaimsPrincipal user, int id, TargetsInput input, bool merge, CancellationToken ct) =>
        EditDraftAsync(db, user, id, input.Version, plan =>
        {
            var (targets, errors) = PlanInput.Targets(input.Targets ?? []);
            if (errors.Count > 0)
            {
                return errors;
            }
            plan.Targets.RemoveAll(t => !merge || targets.Any(n => n.Year == t.Year && n.Sector == t.Sector));
            return null;
        }, ct, after: plan => plan.Targets.AddRange(PlanInput.Targets(input.Targets ?? []).Targets));

    public static Task<PlanOutcome> AddTaskAsync(TansoDb db, ClaimsPrincipal user, int id, TaskInput input, CancellationToken ct) =>
        EditDraftAsync(db, user, id, input.Version, plan =>
        {
            var (task, errors) = PlanInput.Task(input, plan);
            if (task is null)
            {
                return errors;
            }
            plan.Tasks.Add(task);
            return null;
        }, ct);

    /// <summary>Adds every task of a workbook to a draft, or none: problems name the sheet, row and column.</summary>
    public static async Task<PlanOutcome> ImportTasksAsync(TansoDb db, ClaimsPrincipal user, int id, int version, string fileName, byte[] content, CancellationToken ct)
    {
        var (inputs, problems) = PlanWorkbook.Read(fileName, content, ct);
        if (problems.Count > 0)
        {
            return new PlanOutcome(null, 400, Errors: problems.GroupBy(p => $"{p.Location}, row {p.Row}, column {p.Column}")
                .ToDictionary(g => g.Key, g => g.Select(p => Text.IsEnglish ? p.Message : p.MessageKo).ToArray()));
        }
        // Areas first, then tasks, then sub-projects, so that every parent exists when its child is checked.
        var ordered = inputs.Select((t, i) => (Task: t, Row: i + 2)).OrderBy(x => PlanInput.TryEnum<TaskLevel>(x.Task.Level, out var l) ? (int)l : 9).ToList();
        return await EditDraftAsync(db, user, id, version, plan =>
        {
            var errors = new Dictionary<string, string[]>();
            foreach (var (task, row) in ordered)
            {
                var (built, taskErrors) = PlanInput.Task(task, plan);
                foreach (var (field, messages) in taskErrors)
                {
                    errors[$"{fileName}, sheet '{PlanWorkbook.TasksSheet}', row {row}, {field}"] = messages;
                }
                if (built is not null)
                {
                    plan.Tasks.Add(built);
                }
            }
            return errors.Count > 0 ? errors : null;
        }, ct);
    }

    public static async Task<PlanOutcome> ReviseAsync(TansoDb db, ClaimsPrincipal user, int id, int version, CancellationToken ct)
    {
        var (plan, refusal) = await LoadForStepAsync(db, user, id, version, PlanStep.Revise, ct);
        if (plan is null)
        {
            return refusal!;
        }
        if (await db.Plans.AnyAsync(p => p.LineageId == plan.LineageId && p.Revision > plan.Revision, ct))
        {
            return new PlanOutcome(null, 409, Text.T("더 새로운 개정판이 있습니다: 최신 개정판을 개정하십시오.", "A newer revision exists: revise the newest revision."));
        }
        var next = plan.Revise();
        db.Plans.Add(next);
        await db.SaveChangesAsync(ct);
        return new PlanOutcome(await PlanAccess.LoadAsync(db, next.Id, ct), 201);
    }

    /// <summary>Loads a plan for <paramref name="step"/>: 404 unless the caller sees it, 403 with the reason unless the policy
    /// lets them take the step, 409 when the version moved on, 422 with the reason when the state does not allow it.</summary>
    internal static async Task<(Plan? Plan, PlanOutcome? Refusal)> LoadForStepAsync(TansoDb db, ClaimsPrincipal user, int id, int version, PlanStep step, CancellationToken ct)
    {
        var plan = await PlanAccess.LoadAsync(db, id, ct);
        var actor = user.ToActor();
        var government = plan is null ? null : await PlanAccess.GovernmentAsync(db, plan.GovernmentId, ct);
        if (plan is null || !PlanPolicy.CanSee(actor, government!, plan.Status))
        {
            return (null, new PlanOutcome(null, 404));
        }
        if (PlanPolicy.Decide(actor, government!, step) is { Allowed: false } refused)
        {
            return (null, PlanOutcome.Refused(403, refused));
        }
        if (plan.Version != version)
        {
            return (null, new PlanOutcome(null, 409, Current: plan.ToDto()));
        }
        return PlanWorkflow.Move(plan.Status, step).Verdict is { Allowed: false } closed
            ? (null, step == PlanStep.Edit
                ? new PlanOutcome(null, 409, Text.T($"{plan.Revision}차 계획은 {plan.Status.Korean()} 상태입니다: 작성 중인 계획만 고칠 수 있습니다.",
                    $"Revision {plan.Revision} is {plan.Status.English()}: only a draft is edited."))
                : PlanOutcome.Refused(422, closed))
            : (plan, null);
    }

    private static async Task<PlanOutcome> EditDraftAsync(TansoDb db, ClaimsPrincipal user, int id, int version,
        Func<Plan, Dictionary<string, string[]>?> change, CancellationToken ct, Action<Plan>? after = null)
    {
        var (plan, refusal) = await LoadForStepAsync(db, user, id, version, PlanStep.Edit, ct);
        if (plan is null)
        {
            return refusal!;
        }
        // One transaction: removed rows go first (unique indexes must not see old and new together), and a
        // lost race rolls everything back.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (change(plan) is { } errors)
        {
            return new PlanOutcome(null, 400, Errors: errors);
        }
        if (after is not null)
        {
            await db.SaveChangesAsync(ct);
            after(plan);
        }
        var outcome = await SaveAsync(db, plan, version, ct);
        if (outcome.Ok)
        {
            await tx.CommitAsync(ct);
        }
        return outcome;
    }

    internal static async Task<PlanOutcome> SaveAsync(TansoDb db, Plan plan, int version, CancellationToken ct)
    {
        db.Entry(plan).State = EntityState.Modified;
        var saved = await Editing.TrySaveAsync(db, plan, version, ct);
        var current = (await PlanAccess.LoadAsync(db, plan.Id, ct))!;
        var bases = (await SectorBases.ForAsync(db, current, ct)).Bases;
        return saved
            ? new PlanOutcome(current, 200) { SectorBases = bases }
            : new PlanOutcome(null, 409, Current: current.ToDto(bases));
    }
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Plans;
using Tanso.Data;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Plans;

/// <summary>What a plan command did: the plan (saved), or a status with a message or field errors.</summary>
internal sealed record PlanOutcome(Plan? Plan, int Status, string? Message = null, Dictionary<string, string[]>? Errors = null, PlanDto? Current = null)
{
    /// <summary>Sector bases for the answer's resolved sector targets.</summary>
    public IReadOnlyDictionary<Tanso.Core.Sectors.SectorCode, Tanso.Core.Quantities.TonnesCo2e>? SectorBases { get; init; }

    public bool Ok => Status is 200 or 201;

    public IResult ToResult() => Status switch
    {
        200 => TypedResults.Ok(Plan!.ToDto(SectorBases ?? new Dictionary<Tanso.Core.Sectors.SectorCode, Tanso.Core.Quantities.TonnesCo2e>())),
        201 => TypedResults.Created($"/api/plans/{Plan!.Id}", Plan.ToDto(SectorBases ?? new Dictionary<Tanso.Core.Sectors.SectorCode, Tanso.Core.Quantities.TonnesCo2e>())),
        400 => TypedResults.ValidationProblem(Errors!),
        403 => TypedResults.Forbid(),
        404 => TypedResults.NotFound(),
        409 when Current is not null => Editing.Conflict(Current),
        _ => TypedResults.Problem(statusCode: Status, title: Status == 422 ? "The move is not allowed." : "The plan cannot be changed now.", detail: Message),
    };
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
        if (!await PlanAccess.CanEditAsync(user, governmentId, db, ct))
        {
            return new PlanOutcome(null, 403);
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

    public static async Task<PlanOutcome> TransitionAsync(TansoDb db, ClaimsPrincipal user, int id, TransitionInput input, CancellationToken ct)
    {
        var (plan, refusal) = await LoadForChangeAsync(db, user, id, input.Version, ct);
        if (plan is null)
        {
            return refusal!;
        }
        if (!PlanInput.TryEnum<PlanAction>(input.Action, out var action))
        {
            return new PlanOutcome(null, 400, Errors: new() { ["action"] = ["use submit, return, approve or publish"] });
        }
        var moved = plan.Apply(action);
        if (!moved.Allowed)
        {
            return new PlanOutcome(null, 422, Text.IsEnglish ? moved.Refusal!.Value.En : moved.Refusal!.Value.Ko);
        }
        return await SaveAsync(db, plan, input.Version, ct);
    }

    public static async Task<PlanOutcome> ReviseAsync(TansoDb db, ClaimsPrincipal user, int id, int version, CancellationToken ct)
    {
        var (plan, refusal) = await LoadForChangeAsync(db, user, id, version, ct);
        if (plan is null)
        {
            return refusal!;
        }
        if (!PlanWorkflow.CanRevise(plan.Status))
        {
            return new PlanOutcome(null, 422, Text.T($"승인되었거나 공개된 계획만 개정합니다(현재: {plan.Status.Korean()}).", $"Only an approved or published plan is revised; this one is {plan.Status.Name()}."));
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

    private static async Task<(Plan? Plan, PlanOutcome? Refusal)> LoadForChangeAsync(TansoDb db, ClaimsPrincipal user, int id, int version, CancellationToken ct)
    {
        var plan = await PlanAccess.LoadAsync(db, id, ct);
        if (plan is null || !await PlanAccess.CanSeeAsync(user, plan, db, ct))
        {
            return (null, new PlanOutcome(null, 404));
        }
        if (!await PlanAccess.CanEditAsync(user, plan.GovernmentId, db, ct))
        {
            return (null, new PlanOutcome(null, 403));
        }
        return plan.Version != version ? (null, new PlanOutcome(null, 409, Current: plan.ToDto())) : (plan, null);
    }

    private static async Task<PlanOutcome> EditDraftAsync(TansoDb db, ClaimsPrincipal user, int id, int version,
        Func<Plan, Dictionary<string, string[]>?> change, CancellationToken ct, Action<Plan>? after = null)
    {
        var (plan, refusal) = await LoadForChangeAsync(db, user, id, version, ct);
        if (plan is null)
        {
            return refusal!;
        }
        if (!PlanWorkflow.IsEditable(plan.Status))
        {
            return new PlanOutcome(null, 409, Text.T($"{plan.Revision}차 계획은 {plan.Status.Korean()} 상태입니다: 작성 중인 계획만 고칠 수 있으니 새 개정판을 만드십시오.",
                $"Revision {plan.Revision} is {plan.Status.Name()}: only a draft is edited; start a new revision to change it."));
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

    private static async Task<PlanOutcome> SaveAsync(TansoDb db, Plan plan, int version, CancellationToken ct)
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

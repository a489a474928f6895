using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Plans;
using Tanso.Data;
using Tanso.Web.Accounts;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Plans;

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
        var (resolved, editionId, baseError) = await WithBaseFromEditionAsync(db, governmentId, header, ct);
        if (baseError is not null)
        {
            return new PlanOutcome(null, 400, Errors: baseError);
        }
        var (plan, errors) = PlanInput.NewPlan(governmentId, resolved);
        if (plan is null)
        {
            return new PlanOutcome(null, 400, Errors: errors);
        }
        if (editionId is { } edition)
        {
            plan.TakeBaseFrom(edition, plan.BaseEmissions, plan.BaseSource); // the edition is then never deleted under it
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
        var (resolved, editionId, baseError) = governmentId is { } g ? await WithBaseFromEditionAsync(db, g, header, ct) : (header, null, null);
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
            plan.Describe(draft.Title, draft.PeriodStart, draft.PeriodEnd, draft.BaseYear, draft.BaseEmissions, draft.BaseSource, editionId, draft.ScopeNote, draft.NetZeroYear, draft.Interpolation);
            if (resolved.Basis is not null || resolved.Adjustments is not null || resolved.Guidelines is not null)
            {
                plan.CountOn(draft.Basis);
            }
            return null;
        }, ct);
    }

    /// <summary>Fills the base from an inventory edition when the header names one, and says which edition it was.</summary>
    private static async Task<(PlanHeader Header, int? EditionId, Dictionary<string, string[]>? Error)> WithBaseFromEditionAsync(TansoDb db, int governmentId, PlanHeader header, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(header.BaseEdition))
        {
            return (header, null, null);
        }
        var edition = await db.InventoryEditions.AsNoTracking().SingleOrDefaultAsync(e => e.Code == header.BaseEdition, ct);
        var summary = edition is null ? null : Tanso.Core.Inventory.InventorySummary.Build(await Tanso.Data.Inventory.InventoryQueries.EntriesAsync(db, governmentId, edition.Id, ct));
        if (edition is null || summary is null || !summary.Years.Contains(header.BaseYear))
        {
            return (header, null, new() { ["baseEdition"] = [Text.T($"인벤토리 판 '{header.BaseEdition}'에 이 지자체의 {header.BaseYear}년 배출량이 없습니다.", $"Edition '{header.BaseEdition}' has no emissions of this government in {header.BaseYear}.")] });
        }
        var source = $"{edition.NameKo} ({edition.Code}){(edition.IsSample ? " — 예시 데이터 (sample data)" : "")}";
        return (header with { BaseEmissionsTCo2eq = summary.Gross(header.BaseYear).Value, BaseSource = source }, edition.Id, null);
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

    /// <summary>Changes a draft the caller may edit, at the version they read, in one transaction (a lost race rolls back).</summary>
    internal static async Task<PlanOutcome> EditDraftAsync(TansoDb db, ClaimsPrincipal user, int id, int version,
        Func<Plan, Dictionary<string, string[]>?> change, CancellationToken ct)
    {
        var (plan, refusal) = await LoadForStepAsync(db, user, id, version, PlanStep.Edit, ct);
        if (plan is null)
        {
            return refusal!;
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (change(plan) is { Count: > 0 } errors)
        {
            // "plan": the plan as it stands refuses the change (a task with tasks under it, …): a conflict, not a bad field.
            return errors.TryGetValue("plan", out var state) ? new PlanOutcome(null, 409, string.Join(" ", state)) : new PlanOutcome(null, 400, Errors: errors);
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

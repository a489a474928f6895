using Tanso.Core;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Access;
using Tanso.Core.Checks;
using Tanso.Core.Plans;
using Tanso.Data;
using Tanso.Web.Accounts;
using Tanso.Web.Infrastructure;
using Tanso.Web.Plans;

namespace Tanso.Web.Checks;

/// <summary>Every change to a check cycle, shared by the API and the pages, each a versioned save.</summary>
internal static class CheckCommands
{
    /// <summary>A refused move: 403 when the caller may not make it at all, else 422 with why.</summary>
    public static Outcome<CheckCycle> Refused(CycleTransition refused) =>
        Outcome<CheckCycle>.Refused(refused.Forbidden ? 403 : 422, refused.Refusal!.Value);

    public static async Task<Outcome<CheckCycle>> OpenAsync(TansoDb db, ClaimsPrincipal user, int planId, int year, int? month, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null || !await PlanAccess.CanSeeAsync(user, plan, db, ct))
        {
            return new Outcome<CheckCycle>(null, 404);
        }
        var party = CycleWorkflow.PartyOf(user.ToActor(), plan.GovernmentId, await PlanAccess.IsNationalAsync(db, plan.GovernmentId, ct), []);
        if (!CycleWorkflow.May(party, CycleAction.StartReporting)) // whoever may start a cycle's reporting may open it
        {
            return new Outcome<CheckCycle>(null, 403);
        }
        if (plan.Status is not (PlanStatus.Approved or PlanStatus.Published))
        {
            return new Outcome<CheckCycle>(null, 422, Text.T("승인되었거나 공개된 계획만 점검합니다.", "Only an approved or published plan is checked."));
        }
        if (year < plan.PeriodStart - 1 || year > plan.PeriodEnd || month is < 1 or > 12)
        {
            return new Outcome<CheckCycle>(null, 400, Errors: new() { ["year"] = [Text.T($"점검 연도는 계획 기간({plan.PeriodStart}–{plan.PeriodEnd}) 안이어야 합니다.", $"The checked year must lie in the plan's period {plan.PeriodStart}–{plan.PeriodEnd}.")] });
        }
        var duplicate = new Outcome<CheckCycle>(null, 409, Text.T("이 계획의 같은 기간 점검이 이미 있습니다.", "This plan already has a check for that period."));
        if (await db.CheckCycles.AnyAsync(c => c.PlanId == planId && c.Year == year && c.Month == month, ct))
        {
            return duplicate;
        }
        var cycle = new CheckCycle(planId, plan.GovernmentId, month is { } m ? CheckPeriod.OfMonth(year, m) : CheckPeriod.OfYear(year));
        // The cycle and the opinions it carries over are saved together or not at all.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.CheckCycles.Add(cycle);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            return duplicate; // opened by someone else in the meantime: the unique index said no
        }
        if (await OpinionCommands.CarryOverAsync(db, cycle, ct) > 0)
        {
            await db.SaveChangesAsync(ct);
        }
        await tx.CommitAsync(ct);
        return new Outcome<CheckCycle>(cycle, 201);
    }

    public static async Task<Outcome<CheckCycle>> MoveAsync(TansoDb db, ClaimsPrincipal user, int id, int version, TimeProvider clock, CancellationToken ct)
    {
        var (cycle, refusal) = await LoadAsync(db, user, id, version, ct);
        if (cycle is null)
        {
            return refusal!;
        }
        if (CycleWorkflow.NextMove(cycle.Stage) is not { } move)
        {
            return new Outcome<CheckCycle>(null, 422, Text.T("공표된 점검에는 다음 단계가 없습니다.", "A published check has no next stage."));
        }
        var resultFinal = move == CycleAction.Publish && await CheckEvaluations.ReviewAsync(db, cycle, ct) is { Stage: ReviewStage.Final };
        var moved = cycle.Do(move, await CheckAccess.PartyAsync(user, cycle, db, ct), KoreanTime.Today(clock), resultFinal);
        return moved.Allowed ? await SaveAsync(db, cycle, version, ct) : Refused(moved);
    }

    public static async Task<Outcome<CheckCycle>> ReportAsync(TansoDb db, ClaimsPrincipal user, int id, int version, IReadOnlyList<(string Where, TaskProgressInput Input)> rows,
        CancellationToken ct, IReadOnlyList<(string Where, string En, string Ko)>? known = null)
    {
        var (cycle, refusal) = await LoadAsync(db, user, id, version, ct);
        if (cycle is null)
        {
            return refusal!;
        }
        if (cycle.WhyNot(CycleAction.EnterProgress, await CheckAccess.PartyAsync(user, cycle, db, ct)) is { } refused)
        {
            // A report in the wrong stage conflicts with the cycle's state (409), as it always has.
            return refused.Forbidden ? Refused(refused) : new Outcome<CheckCycle>(null, 409, Text.T(refused.Refusal!.Value.Ko, refused.Refusal.Value.En));
        }
        var plan = (await PlanAccess.LoadAsync(db, cycle.PlanId, ct))!;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var problems = (known ?? []).Concat(ProgressReporting.Apply(plan, cycle, rows)).ToList();
        if (problems.Count > 0)
        {
            return new Outcome<CheckCycle>(null, 422, Errors: problems.GroupBy(p => p.Where).ToDictionary(g => g.Key, g => g.Select(p => Text.T(p.Ko, p.En)).ToArray()));
        }
        var outcome = await SaveAsync(db, cycle, version, ct);
        if (outcome.Ok)
        {
            await tx.CommitAsync(ct);
        }
        return outcome;
    }

    public static async Task<Outcome<CheckCycle>> AssignAsync(TansoDb db, ClaimsPrincipal user, int id, int version, string email, CancellationToken ct)
    {
        var (cycle, refusal) = await LoadAsync(db, user, id, version, ct);
        if (cycle is null)
        {
            return refusal!;
        }
        if (cycle.WhyNot(CycleAction.AssignEvaluator, await CheckAccess.PartyAsync(user, cycle, db, ct)) is { } refused)
        {
            return Refused(refused);
        }
        var normalized = email.Trim().ToUpperInvariant();
        var evaluator = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, ct);
        var role = await db.Roles.SingleAsync(r => r.Name == Role.Evaluator.Name(), ct);
        if (evaluator is null || !await db.UserRoles.AnyAsync(ur => ur.UserId == evaluator.Id && ur.RoleId == role.Id, ct))
        {
            return new Outcome<CheckCycle>(null, 400, Errors: new() { ["email"] = [Text.T($"'{email}' 평가위원 계정이 없습니다.", $"There is no evaluator account '{email}'.")] });
        }
        cycle.AssignEvaluator(evaluator.Id);
        return await SaveAsync(db, cycle, version, ct);
    }

    private static async Task<(CheckCycle? Cycle, Outcome<CheckCycle>? Refusal)> LoadAsync(TansoDb db, ClaimsPrincipal user, int id, int version, CancellationToken ct)
    {
        var cycle = await CheckAccess.LoadAsync(db, id, ct);
        if (cycle is null || !await CheckAccess.CanSeeAsync(user, cycle, db, ct))
        {
            return (null, new Outcome<CheckCycle>(null, 404));
        }
        if (!user.ToActor().IsAuthenticated)
        {
            return (null, new Outcome<CheckCycle>(null, 403));
        }
        return cycle.Version != version ? (null, new Outcome<CheckCycle>(cycle, 409)) : (cycle, null);
    }

    private static async Task<Outcome<CheckCycle>> SaveAsync(TansoDb db, CheckCycle cycle, int version, CancellationToken ct)
    {
        db.Entry(cycle).State = EntityState.Modified;
        return await Editing.TrySaveAsync(db, cycle, version, ct)
            ? new Outcome<CheckCycle>(cycle, 200)
            : new Outcome<CheckCycle>(await CheckAccess.LoadAsync(db, cycle.Id, ct), 409);
    }
}

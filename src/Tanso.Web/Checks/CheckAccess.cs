using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Access;
using Tanso.Core.Checks;
using Tanso.Data;
using Tanso.Web.Accounts;
using Tanso.Web.Plans;

namespace Tanso.Web.Checks;

/// <summary>
/// Who sees and does what in a check cycle. The government's editors report and move the cycle up to evaluation;
/// national officers and administrators see every cycle, assign evaluators and take it through committee review to
/// publication; an evaluator sees only the cycles assigned to them; the public sees published cycles.
/// </summary>
internal static class CheckAccess
{
    public static Task<CheckCycle?> LoadAsync(TansoDb db, int id, CancellationToken ct) =>
        db.CheckCycles.Include(c => c.Deadlines).Include(c => c.Progress).ThenInclude(p => p.Actuals).Include(c => c.Evaluators)
            .AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id, ct);

    public static bool IsNationalStaff(Actor actor) => PlanAccess.IsNationalStaff(actor);

    public static async Task<bool> CanSeeAsync(ClaimsPrincipal user, CheckCycle cycle, TansoDb db, CancellationToken ct)
    {
        var actor = user.ToActor();
        return cycle.Stage == CheckStage.Published
            || IsNationalStaff(actor)
            || actor.CanSeeDrafts(cycle.GovernmentId, await PlanAccess.IsNationalAsync(db, cycle.GovernmentId, ct))
            || (actor.Is(Role.Evaluator) && actor.UserId is { } me && cycle.Evaluators.Any(e => e.UserId == me));
    }

    /// <summary>Reports progress: the government's editors, while the cycle accepts progress.</summary>
    public static async Task<bool> CanReportAsync(ClaimsPrincipal user, CheckCycle cycle, TansoDb db, CancellationToken ct) =>
        await PlanAccess.CanEditAsync(user, cycle.GovernmentId, db, ct);

    /// <summary>Moves the cycle to <paramref name="target"/>: up to evaluation the government's editors or national
    /// staff; committee review and publication national staff only.</summary>
    public static async Task<bool> CanMoveToAsync(ClaimsPrincipal user, CheckCycle cycle, CheckStage target, TansoDb db, CancellationToken ct)
    {
        var actor = user.ToActor();
        // Handing the report in is an act in the government's name: its officers, not its support centre (who drafts it).
        return IsNationalStaff(actor) || (target <= CheckStage.Evaluation && await PlanAccess.CanDecideAsync(user, cycle.GovernmentId, db, ct));
    }

    public static bool CanAssign(ClaimsPrincipal user) => IsNationalStaff(user.ToActor());

    /// <summary>Settings, rubric, the draft result and committee opinions: national officers and administrators.</summary>
    public static bool CanManage(ClaimsPrincipal user) => CanAssign(user);

    /// <summary>An evaluator assigned to the cycle (the only evaluators who score it or issue opinions in it).</summary>
    public static bool IsAssignedEvaluator(ClaimsPrincipal user, CheckCycle cycle)
    {
        var actor = user.ToActor();
        return actor.Is(Role.Evaluator) && actor.UserId is { } me && cycle.Evaluators.Any(e => e.UserId == me);
    }

    /// <summary>Withdraws an opinion of <paramref name="issuer"/>: whoever may issue such an opinion — national staff (the
    /// committee, who may also withdraw an evaluator's mistaken one) and, for the evaluators' opinions, an evaluator
    /// assigned to the cycle.</summary>
    public static bool CanWithdrawOpinion(ClaimsPrincipal user, CheckCycle cycle, OpinionIssuer issuer) =>
        CanManage(user) || (issuer == OpinionIssuer.Evaluator && IsAssignedEvaluator(user, cycle));

    /// <summary>Whether the caller sees the qualitative scores and the result: national staff and the cycle's
    /// evaluators always; the government and the public only once the result has been shown to the government.</summary>
    public static bool CanSeeResult(ClaimsPrincipal user, CheckCycle cycle, EvaluationReview? review) =>
        IsNationalStaff(user.ToActor()) || IsAssignedEvaluator(user, cycle) || review?.Stage is ReviewStage.ShownToGovernment or ReviewStage.Replied or ReviewStage.Final;
}

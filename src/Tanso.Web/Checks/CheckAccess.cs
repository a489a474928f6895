using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Access;
using Tanso.Core.Checks;
using Tanso.Data;
using Tanso.Web.Accounts;
using Tanso.Web.Plans;

namespace Tanso.Web.Checks;

/// <summary>
/// Loads a cycle and works out how the caller stands to it (<see cref="CycleParty"/>); what each party may do, and
/// when, is <see cref="CycleWorkflow"/> in Core. Seeing: the government's editors, national staff and the cycle's
/// evaluators see it always, the public once it is published.
/// </summary>
internal static class CheckAccess
{
    public static Task<CheckCycle?> LoadAsync(TansoDb db, int id, CancellationToken ct) =>
        db.CheckCycles.Include(c => c.Deadlines).Include(c => c.Progress).ThenInclude(p => p.Actuals).Include(c => c.Evaluators)
            .AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id, ct);

    public static bool IsNationalStaff(Actor actor) => PlanAccess.IsNationalStaff(actor);

    /// <summary>How the caller stands to the cycle (one query: whether its government is the nation).</summary>
    public static async Task<CycleParty> PartyAsync(ClaimsPrincipal user, CheckCycle cycle, TansoDb db, CancellationToken ct) =>
        CycleWorkflow.PartyOf(user.ToActor(), cycle.GovernmentId, await PlanAccess.IsNationalAsync(db, cycle.GovernmentId, ct), cycle.Evaluators.Select(e => e.UserId));

    public static async Task<bool> CanSeeAsync(ClaimsPrincipal user, CheckCycle cycle, TansoDb db, CancellationToken ct) =>
        cycle.Stage == CheckStage.Published || await PartyAsync(user, cycle, db, ct) != CycleParty.None;

    /// <summary>Whether the caller may do <paramref name="action"/> in the cycle at all (whatever its stage).</summary>
    public static async Task<bool> MayAsync(ClaimsPrincipal user, CheckCycle cycle, CycleAction action, TansoDb db, CancellationToken ct) =>
        CycleWorkflow.May(await PartyAsync(user, cycle, db, ct), action);

    /// <summary>Settings, rubric, evaluators, the result, calibration and committee opinions: national staff, in any cycle.</summary>
    public static bool CanManage(ClaimsPrincipal user) =>
        CycleWorkflow.May(IsNationalStaff(user.ToActor()) ? CycleParty.NationalStaff : CycleParty.None, CycleAction.ManageResult);

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

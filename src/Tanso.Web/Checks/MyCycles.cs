using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanso.Core;
using Tanso.Core.Checks;
using Tanso.Data;
using Tanso.Data.Inventory;
using Tanso.Web.Accounts;

namespace Tanso.Web.Checks;

/// <summary>One cycle an evaluator is assigned to, with their own progress and the panel's.</summary>
internal sealed record MyCycleDto(int CycleId, int PlanId, int GovernmentId, string Government, string GovernmentEn, int Year, int? Month, string Stage, string StageKo,
    bool ScoringOpen, DateOnly? EvaluationDueOn, int? DaysLeft, int Scored, int ToScore, int Criteria, int EvaluatorsScored, int Evaluators, int Quorum,
    bool QualitativeFinal, string StatusKo, string StatusEn);

/// <summary>An evaluator's "my cycles" (내 평가): every cycle they are named for, those still to score first, each with
/// what they have scored and what is left, the evaluation deadline and whether the panel's result is final yet.</summary>
internal static class MyCycles
{
    public static void MapMyCyclesApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/checks/mine", List).WithTags("Checks").RequireAuthorization()
            .WithSummary("The caller's cycles as an evaluator: own progress (scored / to score), the panel's (n of m scored, quorum), the evaluation deadline");

    private static async Task<Ok<IReadOnlyList<MyCycleDto>>> List(ClaimsPrincipal user, TansoDb db, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await ForAsync(db, user, KoreanTime.Today(clock), ct));

    public static async Task<IReadOnlyList<MyCycleDto>> ForAsync(TansoDb db, ClaimsPrincipal user, DateOnly today, CancellationToken ct)
    {
        var me = user.ToActor().UserId;
        if (me is null || !user.ToActor().Is(Core.Access.Role.Evaluator))
        {
            return [];
        }
        var cycles = await db.CheckCycles.AsNoTracking().Include(c => c.Evaluators).Include(c => c.Deadlines).AsSplitQuery()
            .Where(c => c.Evaluators.Any(e => e.UserId == me)).ToListAsync(ct);
        var ids = cycles.Select(c => c.Id).ToList();
        var sheets = (await db.ScoreSheets.Include(s => s.Scores).AsNoTracking().Where(s => ids.Contains(s.CycleId)).ToListAsync(ct)).ToLookup(s => s.CycleId);
        var calibrations = (await db.CalibrationResolutions.AsNoTracking().Where(r => ids.Contains(r.CycleId)).ToListAsync(ct)).ToLookup(r => r.CycleId);
        var reviews = await db.EvaluationReviews.AsNoTracking().Where(r => ids.Contains(r.CycleId) && r.Scope == ReviewScope.Whole).ToListAsync(ct);
        var directory = await GovernmentDirectory.LoadAsync(db, ct);
        var rows = cycles.Select(c =>
        {
            var cycleSheets = sheets[c.Id].ToList();
            var completion = CheckEvaluations.CompletionOf(c, cycleSheets, CheckEvaluations.QualitativeOf(c, cycleSheets), calibrations[c.Id]);
            var mine = completion.Evaluators.Single(e => e.EvaluatorId == me);
            var government = directory.All.Single(g => g.Id == c.GovernmentId);
            var due = c.DueOn(CheckStage.Evaluation);
            var open = ScoreSheet.WhyClosed(c.Stage, reviews.FirstOrDefault(r => r.CycleId == c.Id && r.GovernmentId == c.GovernmentId)?.Stage) is null;
            return new MyCycleDto(c.Id, c.PlanId, c.GovernmentId, directory.FullName(government), government.NameEn, c.Year, c.Month, c.Stage.ToString(), CheckCycle.Korean(c.Stage),
                open, due, due is { } d ? new DeadlineStatus(d, today).DaysLeft : null, mine.Scored, mine.ToScore, mine.Criteria, completion.Complete,
                completion.Evaluators.Count, completion.Quorum, completion.IsFinal, completion.Korean, completion.English);
        });
        // Work first: open cycles with criteria left, soonest deadline first; then the rest, newest first.
        return rows.OrderByDescending(r => r.ScoringOpen && r.ToScore > 0).ThenBy(r => r.DaysLeft ?? int.MaxValue)
            .ThenByDescending(r => r.Year).ThenBy(r => r.CycleId).ToList();
    }
}

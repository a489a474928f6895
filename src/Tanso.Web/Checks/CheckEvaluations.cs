using Tanso.Core;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Checks;
using Tanso.Core.Figures;
using Tanso.Core.Inventory;
using Tanso.Core.Plans;
using Tanso.Data;
using Tanso.Data.Inventory;
using Tanso.Web.Plans;

namespace Tanso.Web.Checks;

/// <summary>A cycle's evaluation with what it was computed from.</summary>
/// <param name="Plan">The plan checked.</param>
/// <param name="Evaluation">The quantitative check, and the overall grade (with the qualitative score when included).</param>
/// <param name="Edition">The inventory edition emissions come from (its <c>IsSample</c> travels to every DTO).</param>
/// <param name="Qualitative">The evaluators' scores aggregated against the cycle's rubric (always computed).</param>
/// <param name="Sheets">The evaluators' score sheets, in the order evaluators were assigned (평가위원 1, 2, …).</param>
/// <param name="Review">The whole result and its right of reply (소명), once national staff drafted it.</param>
/// <param name="Opinions">Improvement opinions of the cycle (carried ones included), oldest first.</param>
/// <param name="QualitativeIncluded">Whether <see cref="CheckEvaluation.Overall"/> includes the qualitative score.</param>
/// <param name="Completion">Whether the qualitative result is final (quorum scored, calibration resolved) or provisional.</param>
/// <param name="Calibrations">Calibrations national staff recorded, per criterion.</param>
internal sealed record CycleEvaluation(Plan Plan, CheckEvaluation Evaluation, InventoryEdition? Edition, QualitativeScore Qualitative,
    IReadOnlyList<ScoreSheet> Sheets, EvaluationReview? Review, IReadOnlyList<ImprovementOpinion> Opinions, bool QualitativeIncluded,
    QualitativeCompletion Completion, IReadOnlyList<CalibrationResolution> Calibrations);

internal static class CheckEvaluations
{
    /// <summary>Evaluates the cycle with its own settings (<see cref="CheckEvaluation.Of"/>): KPI and task scores from the
    /// reports, each sector's and the total's emissions in the checked year on the plan's basis against its trajectory, and — unless
    /// <paramref name="withQualitative"/> is false (a viewer who may not see it yet) — the evaluators' qualitative score
    /// in the overall grade.</summary>
    public static async Task<CycleEvaluation> ForAsync(TansoDb db, CheckCycle cycle, TimeProvider clock, CancellationToken ct, bool withQualitative = true)
    {
        var plan = (await PlanAccess.LoadAsync(db, cycle.PlanId, ct))!;
        var review = await ReviewAsync(db, cycle, ct);
        var edition = EditionOf(await db.EditionsForAsync(plan.GovernmentId, ct), review, plan.Basis);
        var inventory = edition is null ? null : InventorySummary.Build(await db.EntriesAsync(plan.GovernmentId, edition.Id, ct));
        var today = KoreanTime.Today(clock);
        var sheets = await SheetsAsync(db, cycle, ct);
        var qualitative = QualitativeOf(cycle, sheets);
        var evaluation = CheckEvaluation.Of(plan, cycle, inventory, edition, today, withQualitative ? qualitative : null);
        var opinions = await db.ImprovementOpinions.AsNoTracking().Where(o => o.CycleId == cycle.Id).OrderBy(o => o.Id).ToListAsync(ct);
        var calibrations = await db.CalibrationResolutions.AsNoTracking().Where(r => r.CycleId == cycle.Id).ToListAsync(ct);
        return new CycleEvaluation(plan, evaluation, edition, qualitative, sheets, review, opinions, withQualitative && qualitative.Score is not null,
            CompletionOf(cycle, sheets, qualitative, calibrations), calibrations);
    }

    /// <summary>Whether the qualitative result is final, from the cycle's evaluators, quorum and the calibrations recorded.</summary>
    public static QualitativeCompletion CompletionOf(CheckCycle cycle, IEnumerable<ScoreSheet> sheets, QualitativeScore qualitative, IEnumerable<CalibrationResolution> calibrations) =>
        QualitativeCompletion.Of(cycle.Rubric, cycle.Evaluators.OrderBy(e => e.Id).Select(e => e.UserId).ToList(), sheets, qualitative, cycle.Settings.Quorum, calibrations);

    /// <summary>The edition a cycle is evaluated on: the one its final result was computed on, else the newest one under
    /// the guidelines of the plan's basis (<see cref="ComparableEmissions.ChooseEdition"/>; <paramref name="editions"/>
    /// ordered current first, as <c>InventoryQueries.EditionsForAsync</c> orders them).</summary>
    public static InventoryEdition? EditionOf(IReadOnlyList<InventoryEdition> editions, EvaluationReview? review, EmissionsBasis basis) =>
        (review is { Stage: ReviewStage.Final, EditionId: { } pinned } ? editions.FirstOrDefault(e => e.Id == pinned) : null)
        ?? ComparableEmissions.ChooseEdition(editions, basis);

    /// <summary>The evaluators' sheets, in the order the evaluators were assigned.</summary>
    public static async Task<IReadOnlyList<ScoreSheet>> SheetsAsync(TansoDb db, CheckCycle cycle, CancellationToken ct)
    {
        var sheets = await db.ScoreSheets.Include(s => s.Scores).AsNoTracking().Where(s => s.CycleId == cycle.Id).ToListAsync(ct);
        var order = cycle.Evaluators.OrderBy(e => e.Id).Select(e => e.UserId).ToList();
        return sheets.OrderBy(s => order.IndexOf(s.EvaluatorId) is var i and >= 0 ? i : int.MaxValue).ThenBy(s => s.Id).ToList();
    }

    /// <summary>The sheets aggregated against the cycle's rubric; scores of a criterion no longer in it are left out.</summary>
    public static QualitativeScore QualitativeOf(CheckCycle cycle, IEnumerable<ScoreSheet> sheets)
    {
        var criteria = cycle.Rubric.Criteria.ToDictionary(c => c.Name);
        var scores = sheets.SelectMany(s => s.ToEvaluatorScores()).Where(s => criteria.TryGetValue(s.Criterion, out var c) && c.IsLevelScore(s.Score));
        return QualitativeScoring.Aggregate(cycle.Rubric, scores, cycle.Settings.Qualitative);
    }

    /// <summary>The cycle's whole result (scope Whole) for its government, if drafted.</summary>
    public static Task<EvaluationReview?> ReviewAsync(TansoDb db, CheckCycle cycle, CancellationToken ct) =>
        db.EvaluationReviews.Include(r => r.Items).AsNoTracking().SingleOrDefaultAsync(r => r.CycleId == cycle.Id && r.GovernmentId == cycle.GovernmentId && r.Scope == ReviewScope.Whole, ct);
}

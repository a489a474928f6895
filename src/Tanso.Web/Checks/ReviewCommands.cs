using Tanso.Core;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Checks;
using Tanso.Data;
using Tanso.Web.Infrastructure;
using Tanso.Web.Plans;

namespace Tanso.Web.Checks;

/// <summary>The right of reply (소명) on the cycle's whole result: national staff draft it (the combined overall score
/// with a comment), show it with a reply deadline, revise after a reply and finalise; the government's editors reply.</summary>
internal static class ReviewCommands
{
    public static async Task<Outcome<object>> DraftAsync(TansoDb db, ClaimsPrincipal user, int id, ReviewDraftInput input, TimeProvider clock, CancellationToken ct)
    {
        var (cycle, review, refusal) = await LoadAsync(db, user, id, input.Version, manage: true, create: true, ct);
        if (cycle is null)
        {
            return refusal!;
        }
        var evaluation = await CheckEvaluations.ForAsync(db, cycle, clock, ct);
        if (cycle.Settings.Combination.QualitativePercent > 0m && !evaluation.Completion.IsFinal)
        {
            // Final means the quorum has scored every criterion and no calibration flag is open; not one score per criterion.
            var c = evaluation.Completion;
            return Outcome<object>.Refused(422, ($"정성평가가 확정되지 않아 결과를 작성할 수 없습니다({c.Korean}).",
                $"The qualitative evaluation is not final, so no result can be drafted ({c.English})."));
        }
        if (evaluation.Evaluation.Overall is not { } overall)
        {
            return Outcome<object>.Refused(422, ("종합 점수를 낼 수 있는 실적이 없습니다.", "There is nothing to compute an overall score from."));
        }
        if (TextLimits.Exceeds(input.Comment, TextLimits.Paragraph))
        {
            var (ko, en) = TextLimits.TooLong(input.Comment, TextLimits.Paragraph);
            return Outcome<object>.Invalid("comment", $"평가 의견: {ko}", $"Comment: {en}");
        }
        return await ApplyAsync(db, cycle, review!, input.Version, review!.Revise(overall.Score, input.Comment ?? "", evaluation.Edition?.Id), ct);
    }

    public static async Task<Outcome<object>> ShowAsync(TansoDb db, ClaimsPrincipal user, int id, ReviewShowInput input, TimeProvider clock, CancellationToken ct)
    {
        var (cycle, review, refusal) = await LoadAsync(db, user, id, input.Version, manage: true, create: false, ct);
        return cycle is null ? refusal! : await ApplyAsync(db, cycle, review!, input.Version, review!.Show(input.ReplyDueOn, KoreanTime.Today(clock)), ct);
    }

    /// <summary>The government replies to the whole result and/or to single scores and opinions, once, all or nothing.</summary>
    public static async Task<Outcome<object>> ReplyAsync(TansoDb db, ClaimsPrincipal user, int id, ReviewReplyInput input, TimeProvider clock, CancellationToken ct)
    {
        var (cycle, review, refusal) = await LoadAsync(db, user, id, input.Version, manage: false, create: false, ct);
        if (cycle is null)
        {
            return refusal!;
        }
        var problems = new List<Problem>();
        var items = new List<(ReplyTarget, string?)>();
        foreach (var (item, i) in (input.Items ?? []).Select((x, i) => (x, i)))
        {
            if (item?.Kind?.Trim().ToLowerInvariant() switch { "score" or "점수" => ReplyTargetKind.Score, "opinion" or "의견" => ReplyTargetKind.Opinion, _ => (ReplyTargetKind?)null } is { } kind)
            {
                items.Add((new ReplyTarget(kind, item!.Id), item.Text));
            }
            else
            {
                problems.Add(new($"items[{i}].kind", "소명 대상은 score(점수) 또는 opinion(의견)입니다.", "A reply is to a score or an opinion (kind: score or opinion)."));
            }
        }
        var repliable = await RepliableAsync(db, cycle, ct);
        problems.AddRange(ReplyItem.Problems(input.Reply, items, repliable));
        if (problems.Count > 0)
        {
            return Outcome<object>.Invalid(problems);
        }
        return await ApplyAsync(db, cycle, review!, input.Version, review!.ReplyWith(input.Reply, items, repliable, KoreanTime.Today(clock)), ct);
    }

    /// <summary>What the government may reply to: every score of the cycle's evaluators and every standing opinion.</summary>
    private static async Task<IReadOnlySet<ReplyTarget>> RepliableAsync(TansoDb db, CheckCycle cycle, CancellationToken ct)
    {
        var scores = await db.ScoreSheets.Where(s => s.CycleId == cycle.Id).SelectMany(s => s.Scores).Select(s => s.Id).ToListAsync(ct);
        var opinions = await db.ImprovementOpinions.Where(o => o.CycleId == cycle.Id && o.WithdrawnOn == null).Select(o => o.Id).ToListAsync(ct);
        return scores.Select(s => new ReplyTarget(ReplyTargetKind.Score, s)).Concat(opinions.Select(o => new ReplyTarget(ReplyTargetKind.Opinion, o))).ToHashSet();
    }

    public static async Task<Outcome<object>> FinaliseAsync(TansoDb db, ClaimsPrincipal user, int id, CycleVersionInput input, TimeProvider clock, CancellationToken ct)
    {
        var (cycle, review, refusal) = await LoadAsync(db, user, id, input.Version, manage: true, create: false, ct);
        return cycle is null ? refusal! : await ApplyAsync(db, cycle, review!, input.Version, review!.Finalise(KoreanTime.Today(clock)), ct);
    }

    private static async Task<(CheckCycle? Cycle, EvaluationReview? Review, Outcome<object>? Refusal)> LoadAsync(TansoDb db, ClaimsPrincipal user, int id, int version,
        bool manage, bool create, CancellationToken ct)
    {
        var (cycle, refusal) = await EvaluationLoading.ForWriteAsync(db, user, id, ct);
        if (cycle is null)
        {
            return (null, null, refusal);
        }
        if (!await CheckAccess.MayAsync(user, cycle, manage ? CycleAction.ManageResult : CycleAction.Reply, db, ct))
        {
            return (null, null, Outcome<object>.Refused(403));
        }
        var review = await db.EvaluationReviews.Include(r => r.Items).SingleOrDefaultAsync(r => r.CycleId == id && r.GovernmentId == cycle.GovernmentId && r.Scope == ReviewScope.Whole, ct);
        if (review is null && !create)
        {
            return (null, null, Outcome<object>.Refused(409, ("아직 작성된 결과가 없습니다.", "No result has been drafted yet.")));
        }
        if (review is null ? version != 0 : review.Version != version)
        {
            return (null, null, review is null
                ? Outcome<object>.Refused(409, ("아직 작성된 결과가 없습니다(버전 0으로 작성하십시오).", "No result has been drafted yet (draft it with version 0)."))
                : Outcome<object>.Conflict(review.ToDto(cycle.Settings.Grades)));
        }
        if (CycleWorkflow.WhyNotNow(manage ? CycleAction.ManageResult : CycleAction.Reply, cycle.Stage) is not null)
        {
            return (null, null, Outcome<object>.Refused(409, ($"결과와 소명은 '{CheckCycle.Korean(CheckStage.Evaluation)}'·'{CheckCycle.Korean(CheckStage.CommitteeReview)}' 단계에서 다룹니다(현재: {CheckCycle.Korean(cycle.Stage)}).",
                $"Results and replies are handled during evaluation and committee review; the cycle is in {cycle.Stage}.")));
        }
        return (cycle, review ?? new EvaluationReview(id, cycle.GovernmentId, ReviewScope.Whole), null);
    }

    private static async Task<Outcome<object>> ApplyAsync(TansoDb db, CheckCycle cycle, EvaluationReview review, int version, ReviewTransition moved, CancellationToken ct)
    {
        if (!moved.Allowed)
        {
            return Outcome<object>.Refused(422, moved.Refusal!.Value);
        }
        if (review.Id == 0)
        {
            db.EvaluationReviews.Add(review);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (UniqueViolation.Is(e))
            {
                return Outcome<object>.Refused(409, Text.T("다른 사람이 방금 결과를 작성했습니다. 새로 고친 뒤 다시 하십시오.", "Someone just drafted the result; reload and try again."));
            }
            return Outcome<object>.Done(review.ToDto(cycle.Settings.Grades));
        }
        db.Entry(review).State = EntityState.Modified;
        return await Editing.TrySaveAsync(db, review, version, ct)
            ? Outcome<object>.Done(review.ToDto(cycle.Settings.Grades))
            : Outcome<object>.Conflict(review.ToDto(cycle.Settings.Grades));
    }
}

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
    public static async Task<EvaluationOutcome> DraftAsync(TansoDb db, ClaimsPrincipal user, int id, ReviewDraftInput input, TimeProvider clock, CancellationToken ct)
    {
        var (cycle, review, refusal) = await LoadAsync(db, user, id, input.Version, manage: true, create: true, ct);
        if (cycle is null)
        {
            return refusal!;
        }
        var evaluation = await CheckEvaluations.ForAsync(db, cycle, clock, ct);
        if (cycle.Settings.Combination.QualitativePercent > 0m && evaluation.Qualitative.Score is null)
        {
            var unscored = string.Join(", ", evaluation.Qualitative.Unscored);
            return EvaluationOutcome.Refused(422, ($"정성평가가 끝나지 않아 결과를 작성할 수 없습니다(미평가: {unscored}).",
                $"The qualitative evaluation is not complete, so no result can be drafted (unscored: {unscored})."));
        }
        if (evaluation.Evaluation.Overall is not { } overall)
        {
            return EvaluationOutcome.Refused(422, ("종합 점수를 낼 수 있는 실적이 없습니다.", "There is nothing to compute an overall score from."));
        }
        if (TextLimits.Exceeds(input.Comment, TextLimits.Paragraph))
        {
            var (ko, en) = TextLimits.TooLong(input.Comment, TextLimits.Paragraph);
            return EvaluationOutcome.Invalid("comment", $"평가 의견: {ko}", $"Comment: {en}");
        }
        return await ApplyAsync(db, cycle, review!, input.Version, review!.Revise(overall.Score, input.Comment ?? "", evaluation.Edition?.Id), ct);
    }

    public static async Task<EvaluationOutcome> ShowAsync(TansoDb db, ClaimsPrincipal user, int id, ReviewShowInput input, TimeProvider clock, CancellationToken ct)
    {
        var (cycle, review, refusal) = await LoadAsync(db, user, id, input.Version, manage: true, create: false, ct);
        return cycle is null ? refusal! : await ApplyAsync(db, cycle, review!, input.Version, review!.Show(input.ReplyDueOn, KoreanTime.Today(clock)), ct);
    }

    public static async Task<EvaluationOutcome> ReplyAsync(TansoDb db, ClaimsPrincipal user, int id, ReviewReplyInput input, TimeProvider clock, CancellationToken ct)
    {
        var (cycle, review, refusal) = await LoadAsync(db, user, id, input.Version, manage: false, create: false, ct);
        if (cycle is null)
        {
            return refusal!;
        }
        if (string.IsNullOrWhiteSpace(input.Reply))
        {
            return EvaluationOutcome.Invalid("reply", "소명 내용을 적으십시오.", "Write the reply.");
        }
        if (TextLimits.Exceeds(input.Reply, TextLimits.Reply))
        {
            var (ko, en) = TextLimits.TooLong(input.Reply, TextLimits.Reply);
            return EvaluationOutcome.Invalid("reply", $"소명 내용: {ko}", $"Reply: {en}");
        }
        return await ApplyAsync(db, cycle, review!, input.Version, review!.ReplyWith(input.Reply, KoreanTime.Today(clock)), ct);
    }

    public static async Task<EvaluationOutcome> FinaliseAsync(TansoDb db, ClaimsPrincipal user, int id, CycleVersionInput input, TimeProvider clock, CancellationToken ct)
    {
        var (cycle, review, refusal) = await LoadAsync(db, user, id, input.Version, manage: true, create: false, ct);
        return cycle is null ? refusal! : await ApplyAsync(db, cycle, review!, input.Version, review!.Finalise(KoreanTime.Today(clock)), ct);
    }

    private static async Task<(CheckCycle? Cycle, EvaluationReview? Review, EvaluationOutcome? Refusal)> LoadAsync(TansoDb db, ClaimsPrincipal user, int id, int version,
        bool manage, bool create, CancellationToken ct)
    {
        var (cycle, refusal) = await EvaluationLoading.ForWriteAsync(db, user, id, ct);
        if (cycle is null)
        {
            return (null, null, refusal);
        }
        if (manage ? !CheckAccess.CanManage(user) : !await PlanAccess.CanEditAsync(user, cycle.GovernmentId, db, ct))
        {
            return (null, null, new EvaluationOutcome(403));
        }
        var review = await db.EvaluationReviews.SingleOrDefaultAsync(r => r.CycleId == id && r.GovernmentId == cycle.GovernmentId && r.Scope == ReviewScope.Whole, ct);
        if (review is null && !create)
        {
            return (null, null, EvaluationOutcome.Refused(409, ("아직 작성된 결과가 없습니다.", "No result has been drafted yet.")));
        }
        if (review is null ? version != 0 : review.Version != version)
        {
            return (null, null, review is null
                ? EvaluationOutcome.Refused(409, ("아직 작성된 결과가 없습니다(버전 0으로 작성하십시오).", "No result has been drafted yet (draft it with version 0)."))
                : new EvaluationOutcome(409, review.ToDto(cycle.Settings.Grades)));
        }
        if (cycle.Stage is not (CheckStage.Evaluation or CheckStage.CommitteeReview))
        {
            return (null, null, EvaluationOutcome.Refused(409, ($"결과와 소명은 '{CheckCycle.Korean(CheckStage.Evaluation)}'·'{CheckCycle.Korean(CheckStage.CommitteeReview)}' 단계에서 다룹니다(현재: {CheckCycle.Korean(cycle.Stage)}).",
                $"Results and replies are handled during evaluation and committee review; the cycle is in {cycle.Stage}.")));
        }
        return (cycle, review ?? new EvaluationReview(id, cycle.GovernmentId, ReviewScope.Whole), null);
    }

    private static async Task<EvaluationOutcome> ApplyAsync(TansoDb db, CheckCycle cycle, EvaluationReview review, int version, ReviewTransition moved, CancellationToken ct)
    {
        if (!moved.Allowed)
        {
            return EvaluationOutcome.Refused(422, moved.Refusal!.Value);
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
                return new EvaluationOutcome(409, Message: Text.T("다른 사람이 방금 결과를 작성했습니다. 새로 고친 뒤 다시 하십시오.", "Someone just drafted the result; reload and try again."));
            }
            return new EvaluationOutcome(200, review.ToDto(cycle.Settings.Grades));
        }
        db.Entry(review).State = EntityState.Modified;
        return await Editing.TrySaveAsync(db, review, version, ct)
            ? new EvaluationOutcome(200, review.ToDto(cycle.Settings.Grades))
            : new EvaluationOutcome(409, review.ToDto(cycle.Settings.Grades));
    }
}

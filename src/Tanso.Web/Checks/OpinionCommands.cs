using Tanso.Core;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Checks;
using Tanso.Data;
using Tanso.Web.Infrastructure;
using Tanso.Web.Plans;

namespace Tanso.Web.Checks;

/// <summary>Improvement opinions (개선의견): the cycle's evaluators and national staff (as the committee) issue them
/// during evaluation and committee review, and withdraw a mistaken one until it is answered; the government's editors
/// answer each; opening the next cycle carries the open ones over.</summary>
internal static class OpinionCommands
{
    public static async Task<Outcome<object>> IssueAsync(TansoDb db, ClaimsPrincipal user, int id, OpinionInput input, TimeProvider clock, CancellationToken ct)
    {
        var (cycle, refusal) = await EvaluationLoading.ForWriteAsync(db, user, id, ct);
        if (cycle is null)
        {
            return refusal!;
        }
        var issuer = CheckAccess.CanManage(user) ? OpinionIssuer.Committee : CheckAccess.IsAssignedEvaluator(user, cycle) ? OpinionIssuer.Evaluator : (OpinionIssuer?)null;
        if (issuer is null)
        {
            return Outcome<object>.Refused(403);
        }
        if (cycle.Stage is not (CheckStage.Evaluation or CheckStage.CommitteeReview))
        {
            return Outcome<object>.Refused(409, ($"개선의견은 '{CheckCycle.Korean(CheckStage.Evaluation)}'·'{CheckCycle.Korean(CheckStage.CommitteeReview)}' 단계에서 냅니다(현재: {CheckCycle.Korean(cycle.Stage)}).",
                $"Opinions are issued during evaluation and committee review; the cycle is in {cycle.Stage}."));
        }
        if (string.IsNullOrWhiteSpace(input.Text))
        {
            return Outcome<object>.Invalid("text", "의견 내용을 적으십시오.", "Write the opinion.");
        }
        if (input.Text.Trim().Length > TextLimits.Paragraph)
        {
            return Outcome<object>.Invalid("text", $"의견은 {TextLimits.Paragraph:N0}자 이내로 적으십시오.", $"Keep the opinion within {TextLimits.Paragraph:N0} characters.");
        }
        int? taskId = null;
        if (!string.IsNullOrWhiteSpace(input.TaskCode))
        {
            var code = input.TaskCode.Trim();
            taskId = await db.Plans.Where(p => p.Id == cycle.PlanId).SelectMany(p => p.Tasks).Where(t => t.Code == code).Select(t => (int?)t.Id).FirstOrDefaultAsync(ct);
            if (taskId is null)
            {
                return Outcome<object>.Invalid("taskCode", $"계획에 '{code}' 과제가 없습니다.", $"The plan has no task '{code}'.");
            }
        }
        var opinion = new ImprovementOpinion(id, cycle.GovernmentId, taskId, issuer.Value, input.Text, KoreanTime.Today(clock));
        db.ImprovementOpinions.Add(opinion);
        await db.SaveChangesAsync(ct);
        var dto = (await EvaluationViews.OpinionsAsync(db, user, cycle, [opinion], ct))[0];
        return Outcome<object>.Created(dto, $"/api/checks/{id}/opinions");
    }

    public static async Task<Outcome<object>> AnswerAsync(TansoDb db, ClaimsPrincipal user, int id, int opinionId, AnswerInput input, TimeProvider clock, CancellationToken ct)
    {
        var (cycle, refusal) = await EvaluationLoading.ForWriteAsync(db, user, id, ct);
        if (cycle is null)
        {
            return refusal!;
        }
        var opinion = await db.ImprovementOpinions.SingleOrDefaultAsync(o => o.Id == opinionId && o.CycleId == id, ct);
        if (opinion is null)
        {
            return Outcome<object>.Refused(404);
        }
        // Answering an opinion is an act in the government's name: its officers, not its support centre.
        if (!await PlanAccess.CanDecideAsync(user, cycle.GovernmentId, db, ct))
        {
            return Outcome<object>.Refused(403);
        }
        async Task<OpinionDto> Current() => (await EvaluationViews.OpinionsAsync(db, user, cycle, [opinion], ct))[0];
        if (opinion.Version != input.Version)
        {
            return Outcome<object>.Conflict(await Current());
        }
        if (await db.ImprovementOpinions.Where(o => o.CarriedFromId == opinionId).Select(o => (int?)o.CycleId).FirstOrDefaultAsync(ct) is { } later)
        {
            return Outcome<object>.Refused(409, ($"이 의견은 다음 점검으로 이월되었습니다. 점검 {later}에서 답하십시오.", $"The opinion was carried into a later check; answer it in check {later}."));
        }
        if (EvaluationDtoMapping.ParseResponse(input.Response) is not { } response)
        {
            return Outcome<object>.Invalid("response", "답변은 수용, 계획 반영, 불수용 중 하나입니다.", "The answer is one of accepted, reflected-in-plan, not-accepted.");
        }
        if (response == OpinionResponse.ReflectedInPlan && input.PlanRevision is > 0 && !await RevisionExistsAsync(db, cycle.PlanId, input.PlanRevision.Value, ct))
        {
            return Outcome<object>.Invalid("planRevision", $"이 계획에는 {input.PlanRevision}차 개정본이 없습니다.", $"This plan has no revision {input.PlanRevision}.");
        }
        if (input.Reason?.Trim().Length > TextLimits.Paragraph)
        {
            return Outcome<object>.Invalid("reason", $"사유는 {TextLimits.Paragraph:N0}자 이내로 적으십시오.", $"Keep the reason within {TextLimits.Paragraph:N0} characters.");
        }
        if (opinion.Respond(response, KoreanTime.Today(clock), input.PlanRevision, input.Reason) is { } why)
        {
            var field = opinion.IsWithdrawn || opinion.Response == OpinionResponse.ReflectedInPlan ? null : response == OpinionResponse.ReflectedInPlan ? "planRevision" : "reason";
            return field is null ? Outcome<object>.Refused(409, why) : Outcome<object>.Invalid(field, why.Ko, why.En);
        }
        db.Entry(opinion).State = EntityState.Modified;
        return await Editing.TrySaveAsync(db, opinion, input.Version, ct) ? Outcome<object>.Done(await Current()) : Outcome<object>.Conflict(await Current());
    }

    /// <summary>Withdraws an unanswered opinion, with the reason, before the cycle is published: national staff (the
    /// committee) any opinion, an evaluator assigned to the cycle the evaluators' opinions — whoever may issue it.</summary>
    public static async Task<Outcome<object>> WithdrawAsync(TansoDb db, ClaimsPrincipal user, int id, int opinionId, WithdrawInput input, TimeProvider clock, CancellationToken ct)
    {
        var (cycle, refusal) = await EvaluationLoading.ForWriteAsync(db, user, id, ct);
        if (cycle is null)
        {
            return refusal!;
        }
        var opinion = await db.ImprovementOpinions.SingleOrDefaultAsync(o => o.Id == opinionId && o.CycleId == id, ct);
        if (opinion is null)
        {
            return Outcome<object>.Refused(404);
        }
        if (!CheckAccess.CanWithdrawOpinion(user, cycle, opinion.Issuer))
        {
            return Outcome<object>.Refused(403);
        }
        async Task<OpinionDto> Current() => (await EvaluationViews.OpinionsAsync(db, user, cycle, [opinion], ct))[0];
        if (opinion.Version != input.Version)
        {
            return Outcome<object>.Conflict(await Current());
        }
        if (cycle.Stage == CheckStage.Published)
        {
            return Outcome<object>.Refused(409, ($"'{CheckCycle.Korean(CheckStage.Published)}'된 점검의 개선의견은 철회할 수 없습니다.",
                "The check is published; its opinions can no longer be withdrawn."));
        }
        if (await db.ImprovementOpinions.Where(o => o.CarriedFromId == opinionId).Select(o => (int?)o.CycleId).FirstOrDefaultAsync(ct) is { } later)
        {
            return Outcome<object>.Refused(409, ($"이 의견은 다음 점검으로 이월되었습니다. 점검 {later}에서 철회하십시오.", $"The opinion was carried into a later check; withdraw it in check {later}."));
        }
        if (input.Reason?.Trim().Length > TextLimits.Paragraph)
        {
            return Outcome<object>.Invalid("reason", $"철회 사유는 {TextLimits.Paragraph:N0}자 이내로 적으십시오.", $"Keep the reason within {TextLimits.Paragraph:N0} characters.");
        }
        if (opinion.Withdraw(KoreanTime.Today(clock), input.Reason ?? "") is { } why)
        {
            // A blank reason is the caller's to fix; an answered or already withdrawn opinion is the state of things.
            return opinion.IsWithdrawn || opinion.Response is not null ? Outcome<object>.Refused(409, why) : Outcome<object>.Invalid("reason", why.Ko, why.En);
        }
        db.Entry(opinion).State = EntityState.Modified;
        return await Editing.TrySaveAsync(db, opinion, input.Version, ct) ? Outcome<object>.Done(await Current()) : Outcome<object>.Conflict(await Current());
    }


    /// <summary>Carries the open opinions of the government's latest earlier cycle of the same kind (yearly or monthly)
    /// into <paramref name="cycle"/>, linked to them; the caller saves.</summary>
    public static async Task<int> CarryOverAsync(TansoDb db, CheckCycle cycle, CancellationToken ct)
    {
        var monthly = cycle.Month is not null;
        var earlier = await db.CheckCycles.AsNoTracking()
            .Where(c => c.GovernmentId == cycle.GovernmentId && c.Id != cycle.Id && (c.Month != null) == monthly
                && (c.Year < cycle.Year || (c.Year == cycle.Year && c.Month < cycle.Month)))
            .OrderByDescending(c => c.Year).ThenByDescending(c => c.Month).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
        if (earlier is null)
        {
            return 0;
        }
        // Tracked, so that the carried opinions' links point at existing rows instead of inserting copies. An opinion a
        // later cycle already carries (that cycle was opened first) is followed up there, not a second time here.
        var last = await db.ImprovementOpinions
            .Where(o => o.CycleId == earlier && !db.ImprovementOpinions.Any(next => next.CarriedFromId == o.Id))
            .OrderBy(o => o.Id).ToListAsync(ct);
        var carried = OpinionCarryOver.Carry(last, cycle.Id);
        db.ImprovementOpinions.AddRange(carried);
        return carried.Count;
    }

    private static async Task<bool> RevisionExistsAsync(TansoDb db, int planId, int revision, CancellationToken ct)
    {
        var lineage = await db.Plans.Where(p => p.Id == planId).Select(p => p.LineageId).SingleAsync(ct);
        return await db.Plans.AnyAsync(p => (p.LineageId == lineage || p.Id == planId) && p.Revision == revision, ct);
    }
}

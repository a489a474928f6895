using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Checks;
using Tanso.Data;
using Tanso.Web.Accounts;
using Tanso.Web.Infrastructure;
using Tanso.Web.Plans;

namespace Tanso.Web.Checks;

/// <summary>What a caller sees of the qualitative evaluation, the result and the opinions. National staff see
/// evaluators by name; everyone else sees them numbered in assignment order (평가위원 1, 2, …), the government and
/// the public only once the result has been shown to the government.</summary>
internal static class EvaluationViews
{
    public static async Task<EvaluationStateDto> StateAsync(TansoDb db, ClaimsPrincipal user, CheckCycle cycle, CycleEvaluation e, CancellationToken ct)
    {
        var manage = CheckAccess.CanManage(user);
        var anyScored = e.Sheets.Any(s => s.Scores.Count > 0);
        return new EvaluationStateDto(cycle.ToSettingsDto(), cycle.ToRubricDto(manage && !anyScored && cycle.SettingsLocked is null),
            await QualitativeAsync(db, user, cycle, e, ct), ReviewFor(user, cycle, e.Review), await OpinionsAsync(db, user, cycle, e.Opinions, ct));
    }

    /// <summary>The review as the caller may see it: national staff and the cycle's evaluators always, everyone else
    /// once it has been shown to the government.</summary>
    public static ReviewDto? ReviewFor(ClaimsPrincipal user, CheckCycle cycle, EvaluationReview? review) =>
        review is not null && CheckAccess.CanSeeResult(user, cycle, review) ? review.ToDto(cycle.Settings.Grades) : null;

    public static async Task<QualitativeDto> QualitativeAsync(TansoDb db, ClaimsPrincipal user, CheckCycle cycle, CycleEvaluation e, CancellationToken ct)
    {
        var q = e.Qualitative;
        if (!CheckAccess.CanSeeResult(user, cycle, e.Review))
        {
            return new QualitativeDto(false, null, cycle.Evaluators.Count, [], [], []);
        }
        var label = await LabelsAsync(db, user, cycle, ct);
        var replies = (e.Review?.Items ?? []).Where(i => i.Kind == ReplyTargetKind.Score).ToDictionary(i => i.TargetId, i => i.Text);
        var criteria = q.Criteria.Select(c => new CriterionResultDto(c.Criterion, c.WeightPercent,
            e.Sheets.SelectMany(s => s.Scores.Where(x => x.Criterion == c.Criterion)
                .Select(x => new ScoreEntryDto(label(s.EvaluatorId), x.Level, x.Score, x.Comment, x.Evidence, x.Id, replies.GetValueOrDefault(x.Id)))).ToList(),
            c.Mean, c.TrimmedMean, c.StandardDeviation, c.Range, c.NeedsCalibration, c.Aggregate, c.Contribution,
            e.Calibrations.FirstOrDefault(r => r.Criterion == c.Criterion) is { } r ? new CalibrationDto(r.Note, r.ResolvedOn, r.ResolvedBy, r.Covers(c.Scores)) : null)).ToList();
        var done = e.Completion;
        var completion = new CompletionDto(done.IsFinal, done.Complete, done.Evaluators.Count, done.Quorum, done.Unresolved, done.Korean, done.English,
            done.Evaluators.Select(p => new EvaluatorProgressDto(label(p.EvaluatorId), p.Scored, p.ToScore)).ToList());
        return new QualitativeDto(true, q.Score, cycle.Evaluators.Count, criteria, q.Unscored, q.NeedingCalibration, completion);
    }

    /// <summary>Evaluator labels for the caller: names for national staff, 평가위원 n (and "me") for everyone else.</summary>
    public static async Task<Func<string, string>> LabelsAsync(TansoDb db, ClaimsPrincipal user, CheckCycle cycle, CancellationToken ct)
    {
        var order = cycle.Evaluators.OrderBy(e => e.Id).Select(e => e.UserId).ToList();
        if (CheckAccess.IsNationalStaff(user.ToActor()))
        {
            var names = await db.Users.Where(u => order.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email ?? u.Id : u.DisplayName, ct);
            return id => names.GetValueOrDefault(id, id);
        }
        var me = user.ToActor().UserId;
        return id =>
        {
            var n = order.IndexOf(id) + 1;
            return Text.T($"평가위원 {n}", $"Evaluator {n}") + (id == me ? Text.T(" (나)", " (me)") : "");
        };
    }

    public static async Task<IReadOnlyList<OpinionDto>> OpinionsAsync(TansoDb db, ClaimsPrincipal user, CheckCycle cycle, IReadOnlyList<ImprovementOpinion> opinions, CancellationToken ct)
    {
        if (opinions.Count == 0)
        {
            return [];
        }
        var taskIds = opinions.Select(o => o.TaskId).OfType<int>().Distinct().ToList();
        var tasks = await db.Plans.SelectMany(p => p.Tasks).Where(t => taskIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => (t.Code, t.Name), ct);
        var fromIds = opinions.Select(o => o.CarriedFromId).OfType<int>().ToList();
        var origins = await db.ImprovementOpinions.Where(o => fromIds.Contains(o.Id)).Join(db.CheckCycles, o => o.CycleId, c => c.Id, (o, c) => new { o.Id, c.Year, c.Month })
            .ToDictionaryAsync(x => x.Id, x => x.Month is { } m ? $"{x.Year:D4}-{m:D2}" : $"{x.Year:D4}", ct);
        var ids = opinions.Select(o => o.Id).ToList();
        var carriedOn = await db.ImprovementOpinions.Where(o => o.CarriedFromId != null && ids.Contains(o.CarriedFromId.Value)).Select(o => o.CarriedFromId!.Value).ToListAsync(ct);
        var editor = await PlanAccess.CanDecideAsync(user, cycle.GovernmentId, db, ct);
        var review = await CheckEvaluations.ReviewAsync(db, cycle, ct);
        var replies = (review is not null && CheckAccess.CanSeeResult(user, cycle, review) ? review.Items : [])
            .Where(i => i.Kind == ReplyTargetKind.Opinion).ToDictionary(i => i.TargetId, i => i.Text);
        var stillOpen = cycle.Stage != CheckStage.Published;
        return opinions.Select(o => new OpinionDto(o.Id, o.Issuer.ToString(), o.TaskId is { } t ? tasks.GetValueOrDefault(t).Code : null,
            o.TaskId is { } t2 ? tasks.GetValueOrDefault(t2).Name : null, o.Text, o.IssuedOn, o.Response?.ToString(), o.PlanRevision, o.Reason, o.RespondedOn, o.IsOpen,
            editor && !carriedOn.Contains(o.Id) && !o.IsWithdrawn && o.Response != OpinionResponse.ReflectedInPlan, o.TimesCarried, o.CarriedFromId,
            o.CarriedFromId is { } f ? origins.GetValueOrDefault(f) : null, o.WithdrawnOn, o.WithdrawalReason,
            stillOpen && !carriedOn.Contains(o.Id) && !o.IsWithdrawn && o.Response is null && CheckAccess.CanWithdrawOpinion(user, cycle, o.Issuer), o.Version,
            replies.GetValueOrDefault(o.Id))).ToList();
    }
}

using Microsoft.EntityFrameworkCore;
using Tanso.Core.Access;
using Tanso.Core.Checks;
using Tanso.Core.Community;
using Tanso.Core.Governments;
using Tanso.Core.Inbox;
using Tanso.Core.Plans;
using Tanso.Data;
using Tanso.Web.Plans;

namespace Tanso.Web.Inbox;

/// <summary>
/// Loads what the inbox sources read, in a handful of narrow queries: for one person only the rows that can concern
/// them (their governments, their assigned cycles), for national staff and the reminder job everything unfinished.
/// </summary>
internal static class InboxFactsQuery
{
    /// <summary>The facts for <paramref name="actor"/>, or for everyone when null (the reminder job), at <paramref name="nowUtc"/>.</summary>
    public static async Task<InboxFacts> LoadAsync(TansoDb db, Actor? actor, DateTime nowUtc, CancellationToken ct) =>
        await LoadAsync(db, actor, nowUtc, null, ct);

    /// <summary>The facts of <paramref name="concerning"/> governments only (all when null): what a write to those
    /// governments' plans, cycles or feedback can have changed.</summary>
    public static async Task<InboxFacts> LoadAsync(TansoDb db, Actor? actor, DateTime nowUtc, IReadOnlyCollection<int>? concerning, CancellationToken ct)
    {
        var uploads = await PendingUploadsAsync(db, actor?.UserId, nowUtc, ct);
        var everything = actor is null || PlanAccess.IsNationalStaff(actor);
        var mine = actor?.Is(Role.RegionalOfficer) == true ? actor.GovernmentIds.ToList() : [];
        var me = actor?.Is(Role.Evaluator) == true ? actor.UserId : null;
        if (!everything && mine.Count == 0 && me is null)
        {
            return InboxFacts.Empty with { PendingUploads = uploads };
        }

        var cycleQuery = db.CheckCycles.AsNoTracking().Where(c => c.Stage != CheckStage.Published);
        if (concerning is not null)
        {
            cycleQuery = cycleQuery.Where(c => concerning.Contains(c.GovernmentId));
        }
        if (!everything)
        {
            cycleQuery = cycleQuery.Where(c => mine.Contains(c.GovernmentId) || c.Evaluators.Any(e => e.UserId == me));
        }
        var cycles = await cycleQuery
            .Select(c => new
            {
                c.Id, c.GovernmentId, c.Year, c.Month, c.Stage, c.ReportSubmittedOn, c.Rubric,
                Deadlines = c.Deadlines.Select(d => new { d.Stage, d.DueOn }).ToList(),
                Evaluators = c.Evaluators.Select(e => e.UserId).ToList(),
            })
            .AsSplitQuery().ToListAsync(ct);

        // Only cycles past reporting have score sheets or results; most pages of a regional officer skip both queries.
        var evaluated = cycles.Where(c => c.Stage >= CheckStage.Evaluation).Select(c => c.Id).ToList();
        var sheets = evaluated.Count == 0 ? [] : await db.ScoreSheets.AsNoTracking().Where(s => evaluated.Contains(s.CycleId) && (everything || s.EvaluatorId == me))
            .Select(s => new { s.CycleId, s.EvaluatorId, Scored = s.Scores.Count }).ToListAsync(ct);
        var reviews = evaluated.Count == 0 ? [] : (await db.EvaluationReviews.AsNoTracking().Where(r => evaluated.Contains(r.CycleId))
                .Select(r => new { r.CycleId, r.Scope, r.Stage, r.ReplyDueOn, r.RepliedOn }).ToListAsync(ct))
            .GroupBy(r => r.CycleId).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Scope).First());

        var opinionQuery = db.ImprovementOpinions.AsNoTracking()
            .Where(o => o.Response == null && o.WithdrawnOn == null && !db.ImprovementOpinions.Any(n => n.CarriedFromId == o.Id));
        if (concerning is not null)
        {
            opinionQuery = opinionQuery.Where(o => concerning.Contains(o.GovernmentId));
        }
        if (!everything)
        {
            opinionQuery = opinionQuery.Where(o => mine.Contains(o.GovernmentId));
        }
        var opinions = await opinionQuery
            .Join(db.CheckCycles, o => o.CycleId, c => c.Id, (o, c) => new { o.Id, o.CycleId, o.GovernmentId, o.Text, o.IssuedOn, c.Year, c.Month })
            .ToListAsync(ct);

        var feedbackQuery = db.PlanFeedback.AsNoTracking().Where(f => f.Status == FeedbackStatus.Pending);
        if (concerning is not null)
        {
            feedbackQuery = feedbackQuery.Where(f => concerning.Contains(f.GovernmentId));
        }
        if (!everything)
        {
            feedbackQuery = feedbackQuery.Where(f => mine.Contains(f.GovernmentId));
        }
        var feedback = await feedbackQuery.GroupBy(f => f.GovernmentId)
            .Select(g => new { GovernmentId = g.Key, Pending = g.Count(), Oldest = g.Min(f => f.SubmittedUtc) }).ToListAsync(ct);

        var reviewQuery = db.Plans.AsNoTracking().Where(p => p.WaitingFor == PlanParty.Reviewers);
        if (concerning is not null)
        {
            reviewQuery = reviewQuery.Where(p => concerning.Contains(p.GovernmentId));
        }
        var plans = everything
            ? await reviewQuery.Select(p => new { p.Id, p.GovernmentId, p.Revision, p.Title, p.Status, p.SubmittedAtUtc }).ToListAsync(ct)
            : [];
        // Plans from before the review workflow have no submission time: their last audited update was their submission.
        var submitted = await SubmittedOnAsync(db, plans.Where(p => p.SubmittedAtUtc is null).Select(p => p.Id).ToList(), ct);
        foreach (var p in plans.Where(p => p.SubmittedAtUtc is { }))
        {
            submitted[p.Id] = DateOnly.FromDateTime(Core.KoreanTime.FromUtc(p.SubmittedAtUtc!.Value));
        }

        var ownPlans = await GovernmentPlansAsync(db, everything ? concerning?.ToList() : concerning is null ? mine : mine.Intersect(concerning).ToList(), ct);

        var governments = await GovernmentsAsync(db,
            cycles.Select(c => c.GovernmentId).Concat(opinions.Select(o => o.GovernmentId)).Concat(feedback.Select(f => f.GovernmentId)).Concat(plans.Select(p => p.GovernmentId))
                .Concat(ownPlans.Select(p => p.GovernmentId)), ct);

        return new InboxFacts(
            cycles.Select(c => new CycleFact(c.Id, governments[c.GovernmentId], Period(c.Year, c.Month), c.Stage, c.Deadlines.ToDictionary(d => d.Stage, d => d.DueOn),
                c.ReportSubmittedOn, c.Evaluators, c.Rubric.Criteria.Count,
                sheets.Where(s => s.CycleId == c.Id).ToDictionary(s => s.EvaluatorId, s => s.Scored),
                reviews.TryGetValue(c.Id, out var r) ? new ReviewFact(r.Stage, r.ReplyDueOn, r.RepliedOn) : null)).ToList(),
            opinions.Select(o => new OpinionFact(o.Id, o.CycleId, Period(o.Year, o.Month), governments[o.GovernmentId], o.Text, o.IssuedOn)).ToList(),
            feedback.Select(f => new FeedbackFact(governments[f.GovernmentId], f.Pending, DateOnly.FromDateTime(Core.KoreanTime.FromUtc(f.Oldest)))).ToList(),
            plans.Select(p => new PlanFact(p.Id, governments[p.GovernmentId], p.Revision, p.Title, p.Status, submitted.GetValueOrDefault(p.Id))).ToList(),
            ownPlans.Select(p => new GovernmentPlanFact(p.Id, governments[p.GovernmentId], p.Revision, p.Title, p.Status, p.OpenOpinionId, p.Since)).ToList(),
            uploads);
    }

    /// <summary>Inventory files previewed and not yet confirmed or discarded, unexpired: the person's own, or everyone's.</summary>
    private static async Task<List<PendingUploadFact>> PendingUploadsAsync(TansoDb db, string? userId, DateTime nowUtc, CancellationToken ct)
    {
        var after = nowUtc - Data.Inventory.PendingUpload.Lifetime;
        var query = db.PendingUploads.AsNoTracking().Where(u => u.CreatedUtc > after);
        if (userId is not null)
        {
            query = query.Where(u => u.UserId == userId);
        }
        var rows = await query.Select(u => new { u.Id, u.UserId, u.FileName, u.EditionCode, u.CreatedUtc }).ToListAsync(ct);
        return rows.Select(u => new PendingUploadFact(u.Id, u.UserId, u.FileName, u.EditionCode,
            DateOnly.FromDateTime(Core.KoreanTime.FromUtc(u.CreatedUtc + Data.Inventory.PendingUpload.Lifetime)))).ToList();
    }

    private sealed record OwnPlan(int Id, int GovernmentId, int Revision, string Title, PlanStatus Status, int? OpenOpinionId, DateOnly? Since);

    /// <summary>Plans past submission whose move it is for their government (opinions to answer, or approved and not yet
    /// published), of <paramref name="governmentIds"/> or of all governments when null.</summary>
    private static async Task<List<OwnPlan>> GovernmentPlansAsync(TansoDb db, List<int>? governmentIds, CancellationToken ct)
    {
        if (governmentIds is { Count: 0 })
        {
            return [];
        }
        var query = db.Plans.AsNoTracking().Where(p => p.WaitingFor == PlanParty.Government
            && (p.Status == PlanStatus.Submitted || p.Status == PlanStatus.UnderReview || p.Status == PlanStatus.Approved));
        if (governmentIds is not null)
        {
            query = query.Where(p => governmentIds.Contains(p.GovernmentId));
        }
        var rows = await query.Select(p => new
        {
            p.Id, p.GovernmentId, p.Revision, p.Title, p.Status, p.ReviewedAtUtc,
            Open = db.PlanReviewOpinions.Where(o => o.PlanId == p.Id && o.Answer == null).OrderByDescending(o => o.Id).Select(o => new { o.Id, o.WrittenAtUtc }).FirstOrDefault(),
        }).ToListAsync(ct);
        static DateOnly Day(DateTime utc) => DateOnly.FromDateTime(Core.KoreanTime.FromUtc(utc));
        return rows.Select(r => r.Status == PlanStatus.Approved
            ? new OwnPlan(r.Id, r.GovernmentId, r.Revision, r.Title, r.Status, null, r.ReviewedAtUtc is { } at ? Day(at) : null)
            : new OwnPlan(r.Id, r.GovernmentId, r.Revision, r.Title, r.Status, r.Open?.Id, r.Open is { } o ? Day(o.WrittenAtUtc) : null))
            .Where(p => p.Status == PlanStatus.Approved || p.OpenOpinionId is not null).ToList();
    }

    private static CheckPeriod Period(int year, int? month) => month is { } m ? CheckPeriod.OfMonth(year, m) : CheckPeriod.OfYear(year);

    // A submitted plan cannot be edited, so its last audited update is its submission.
    private static async Task<Dictionary<int, DateOnly?>> SubmittedOnAsync(TansoDb db, List<int> planIds, CancellationToken ct)
    {
        if (planIds.Count == 0)
        {
            return [];
        }
        var keys = planIds.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var last = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(Plan) && a.Action == "update" && keys.Contains(a.EntityId))
            .GroupBy(a => a.EntityId).Select(g => new { g.Key, At = g.Max(a => a.AtUtc) }).ToListAsync(ct);
        return last.ToDictionary(l => int.Parse(l.Key, System.Globalization.CultureInfo.InvariantCulture), l => (DateOnly?)DateOnly.FromDateTime(Core.KoreanTime.FromUtc(l.At)));
    }

    private static async Task<Dictionary<int, GovernmentRef>> GovernmentsAsync(TansoDb db, IEnumerable<int> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Governments.AsNoTracking().Where(g => wanted.Contains(g.Id))
            .Select(g => new GovernmentRef(g.Id, g.NameKo, g.NameEn, g.Level == GovernmentLevel.National)).ToDictionaryAsync(g => g.Id, ct);
    }
}

using Tanso.Core;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Access;
using Tanso.Core.Community;
using Tanso.Core.Plans;
using Tanso.Data;
using Tanso.Web.Accounts;
using Tanso.Web.Infrastructure;
using Tanso.Web.Plans;

namespace Tanso.Web.Community;

/// <summary>Citizen feedback on published plans and its moderation, shared by the API and the pages.</summary>
internal static class FeedbackCommands
{
    /// <summary>Approved feedback on a plan, oldest first, with the task it is about; null when the caller cannot see the plan.</summary>
    public static async Task<(Plan Plan, List<FeedbackDto> Approved)?> ApprovedAsync(TansoDb db, ClaimsPrincipal user, int planId, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().Include(p => p.Tasks).SingleOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null || !await PlanAccess.CanSeeAsync(user, plan, db, ct))
        {
            return null;
        }
        var approved = await db.PlanFeedback.AsNoTracking().Where(f => f.PlanId == planId && f.Status == FeedbackStatus.Approved)
            .OrderBy(f => f.SubmittedUtc).ThenBy(f => f.Id).ToListAsync(ct);
        return (plan, approved.Select(f => f.ToDto(TaskName(plan, f.TaskId))).ToList());
    }

    public static string? TaskName(Plan plan, int? taskId) =>
        taskId is { } id && plan.Tasks.FirstOrDefault(t => t.Id == id) is { } t ? $"{t.Code} {t.Name}" : null;

    /// <summary>Takes a citizen's feedback on a published plan; it waits, unseen, for moderation.</summary>
    public static async Task<Outcome<PlanFeedback>> SubmitAsync(TansoDb db, ClaimsPrincipal user, int planId, FeedbackInput input, TimeProvider clock, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().Include(p => p.Tasks).SingleOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null || !await PlanAccess.CanSeeAsync(user, plan, db, ct))
        {
            return Outcome<PlanFeedback>.Refused(404);
        }
        if (!string.IsNullOrEmpty(input.Website))
        {
            return Outcome<PlanFeedback>.Invalid("website", "자동 입력으로 보여 받지 않았습니다.", "This looks like an automated submission and was refused.");
        }
        if (plan.Status != PlanStatus.Published)
        {
            return Outcome<PlanFeedback>.Refused(422, Text.T("공개된 계획에만 의견을 남길 수 있습니다.", "Feedback is taken on published plans only."));
        }
        var problems = PlanFeedback.Validate(input.Text, input.Name).ToList();
        if (input.TaskId is { } task && plan.Tasks.All(t => t.Id != task))
        {
            problems.Add(new Problem("taskId", "이 계획의 과제가 아닙니다.", "That is not a task of this plan."));
        }
        if (problems.Count > 0)
        {
            return Outcome<PlanFeedback>.Invalid(problems);
        }
        var feedback = new PlanFeedback(planId, plan.GovernmentId, input.TaskId, input.Text!, input.Name, clock.GetUtcNow().UtcDateTime);
        db.PlanFeedback.Add(feedback);
        await db.SaveChangesAsync(ct);
        return Outcome<PlanFeedback>.Done(feedback, 201);
    }

    /// <summary>Pending feedback the user moderates: all of it for national staff, their governments' for editors.</summary>
    public const int QueuePageSize = 50;

    /// <summary>A page of the queue, oldest first (the longest waiting is decided first), and how many wait in all.</summary>
    public static async Task<ModerationPageDto> QueueAsync(TansoDb db, ClaimsPrincipal user, int page, CancellationToken ct)
    {
        var actor = user.ToActor();
        var pending = db.PlanFeedback.AsNoTracking().Where(f => f.Status == FeedbackStatus.Pending);
        if (!(PlanAccess.IsNationalStaff(actor)))
        {
            var mine = actor.Is(Role.RegionalOfficer) ? actor.GovernmentIds.ToList() : [];
            pending = pending.Where(f => mine.Contains(f.GovernmentId));
        }
        var total = await pending.CountAsync(ct);
        var pages = Math.Max(1, (total + QueuePageSize - 1) / QueuePageSize);
        page = Math.Clamp(page, 1, pages);
        var items = await pending.OrderBy(f => f.SubmittedUtc).ThenBy(f => f.Id).Skip((page - 1) * QueuePageSize).Take(QueuePageSize).ToListAsync(ct);
        var planIds = items.Select(f => f.PlanId).Distinct().ToList();
        var plans = await db.Plans.AsNoTracking().Include(p => p.Tasks).Where(p => planIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var names = await GovernmentNames.LoadAsync(db, ct);
        return new ModerationPageDto(items.Select(f => f.ToModeration(plans[f.PlanId].Title, names[f.GovernmentId], TaskName(plans[f.PlanId], f.TaskId))).ToList(),
            total, page, pages);
    }

    public static async Task<Outcome<PlanFeedback>> ModerateAsync(TansoDb db, ClaimsPrincipal user, int id, ModerationInput input, TimeProvider clock, CancellationToken ct)
    {
        var feedback = await db.PlanFeedback.SingleOrDefaultAsync(f => f.Id == id, ct);
        if (feedback is null || !await CommunityAccess.CanModerateAsync(user, feedback.GovernmentId, db, ct))
        {
            // Pending feedback is nobody's business but its moderators': others learn nothing, not even that it exists.
            return Outcome<PlanFeedback>.Refused(feedback is null || !user.Identity!.IsAuthenticated ? 404 : 403);
        }
        if (input.Decision is not ("approve" or "reject"))
        {
            return Outcome<PlanFeedback>.Invalid("decision", "decision은 approve 또는 reject입니다.", "The decision is approve or reject.");
        }
        if (feedback.Version != input.Version)
        {
            return Outcome<PlanFeedback>.Conflict(feedback);
        }
        if (feedback.Moderate(input.Decision == "approve", input.Reason, TextLimits.Shorten(user.ToActor().Name, TextLimits.Name), clock.GetUtcNow().UtcDateTime) is { } problem)
        {
            return problem.Field == "decision" ? Outcome<PlanFeedback>.Refused(409, Text.T(problem.Ko, problem.En)) : Outcome<PlanFeedback>.Invalid([problem]);
        }
        return await Editing.TrySaveAsync(db, feedback, input.Version, ct) ? Outcome<PlanFeedback>.Done(feedback) : Outcome<PlanFeedback>.Conflict(feedback);
    }
}

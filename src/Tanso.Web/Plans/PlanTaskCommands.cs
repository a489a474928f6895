using System.Security.Claims;
using Tanso.Core.Plans;
using Tanso.Data;
using Tanso.Web.Accounts;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Plans;

/// <summary>Tasks of a plan: add, revise and delete in a draft, retire once submitted, import a workbook. The rules are the
/// plan's (<see cref="Plan.AddTask(TaskDraft)"/> and the rest); this reads the request and saves at the version read.</summary>
internal static class PlanTaskCommands
{
    public static Task<PlanOutcome> AddAsync(TansoDb db, ClaimsPrincipal user, int id, TaskInput input, CancellationToken ct) =>
        PlanCommands.EditDraftAsync(db, user, id, input.Version, plan =>
        {
            var (draft, errors) = PlanInput.Task(input);
            return draft is null ? errors : PlanInput.Errors(plan.AddTask(draft));
        }, ct);

    /// <summary>Rewrites a task with all its years and KPIs.</summary>
    public static Task<PlanOutcome> ReviseAsync(TansoDb db, ClaimsPrincipal user, int id, int taskId, TaskInput input, CancellationToken ct) =>
        PlanCommands.EditDraftAsync(db, user, id, input.Version, plan =>
        {
            if (plan.Tasks.FirstOrDefault(t => t.Id == taskId) is not { } task)
            {
                return Missing(taskId);
            }
            var (draft, errors) = PlanInput.Task(input);
            return draft is null ? errors : PlanInput.Errors(plan.ReviseTask(task, draft));
        }, ct);

    public static Task<PlanOutcome> DeleteAsync(TansoDb db, ClaimsPrincipal user, int id, int taskId, int version, CancellationToken ct) =>
        PlanCommands.EditDraftAsync(db, user, id, version, plan =>
            plan.Tasks.FirstOrDefault(t => t.Id == taskId) is { } task ? PlanInput.Errors(plan.DeleteTask(task)) : Missing(taskId), ct);

    /// <summary>Retires a task of a submitted, reviewed or published plan: only the government's officers decide it.</summary>
    public static async Task<PlanOutcome> RetireAsync(TansoDb db, ClaimsPrincipal user, TimeProvider clock, int id, int taskId, RetireInput input, CancellationToken ct)
    {
        var plan = await PlanAccess.LoadAsync(db, id, ct);
        var government = plan is null ? null : await PlanAccess.GovernmentAsync(db, plan.GovernmentId, ct);
        if (plan is null || !PlanPolicy.CanSee(user.ToActor(), government!, plan.Status))
        {
            return new PlanOutcome(null, 404);
        }
        if (PlanPolicy.DecideRetire(user.ToActor(), government!) is { Allowed: false } refused)
        {
            return PlanOutcome.Refused(403, refused);
        }
        if (plan.Version != input.Version)
        {
            return new PlanOutcome(null, 409, Current: plan.ToDto());
        }
        if (plan.Tasks.FirstOrDefault(t => t.Id == taskId) is not { } task)
        {
            return new PlanOutcome(null, 400, Errors: Missing(taskId));
        }
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var problems = plan.RetireTask(task, input.FromYear, input.Reason, today);
        return problems.Count > 0 ? PlanOutcome.Refused(problems) : await PlanCommands.SaveAsync(db, plan, input.Version, ct);
    }

    /// <summary>Adds every task of a workbook to a draft, or none: problems name the sheet, row and column.</summary>
    public static async Task<PlanOutcome> ImportAsync(TansoDb db, ClaimsPrincipal user, int id, int version, string fileName, byte[] content, CancellationToken ct)
    {
        var (inputs, problems) = PlanWorkbook.Read(fileName, content, ct);
        if (problems.Count > 0)
        {
            return new PlanOutcome(null, 400, Errors: problems.GroupBy(p => $"{p.Location}, row {p.Row}, column {p.Column}")
                .ToDictionary(g => g.Key, g => g.Select(p => Text.IsEnglish ? p.Message : p.MessageKo).ToArray()));
        }
        // Areas first, then tasks, then sub-projects, so that every parent exists when its child is checked.
        var ordered = inputs.Select((t, i) => (Task: t, Row: i + 2)).OrderBy(x => PlanInput.TryEnum<TaskLevel>(x.Task.Level, out var l) ? (int)l : 9).ToList();
        return await PlanCommands.EditDraftAsync(db, user, id, version, plan =>
        {
            var errors = new Dictionary<string, string[]>();
            foreach (var (task, row) in ordered)
            {
                var (draft, parseErrors) = PlanInput.Task(task);
                var taskErrors = draft is null ? parseErrors : PlanInput.Errors(plan.AddTask(draft));
                foreach (var (field, messages) in taskErrors)
                {
                    errors[$"{fileName}, sheet '{PlanWorkbook.TasksSheet}', row {row}, {field}"] = messages; // keys stay as the API names them
                }
            }
            return errors;
        }, ct);
    }

    private static Dictionary<string, string[]> Missing(int taskId) =>
        new() { ["task"] = [Text.T($"이 계획에 과제 {taskId}이(가) 없습니다.", $"The plan has no task {taskId}.")] };
}

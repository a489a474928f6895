using Tanso.Core.Community;

namespace Tanso.Core.Plans;

// The plan's contents change only here, each change checked against the plan's state and its own rules. Every method
// answers with the problems that refused it (field, Korean, English; "plan" for the state), or none when it was done.
public sealed partial class Plan
{
    /// <summary>Adds the task <paramref name="draft"/> describes; only a draft plan takes tasks.</summary>
    public IReadOnlyList<Problem> AddTask(TaskDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (NotEditable() is { } closed)
        {
            return closed;
        }
        var (task, problems) = TaskRules.Build(this, draft, replacing: null);
        if (task is not null)
        {
            task.HeldBy();
            tasks.Add(task);
        }
        return problems;
    }

    /// <summary>Adds a task built in code (sample plans, tests): its code must be new and its parent in this plan.</summary>
    public IReadOnlyList<Problem> AddTask(PlanTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (NotEditable() is { } closed)
        {
            return closed;
        }
        if (tasks.Any(t => t.Code == task.Code))
        {
            return [new Problem("code", $"이 계획에 과제 번호 {task.Code}이(가) 이미 있습니다.", $"The plan already has a task {task.Code}.")];
        }
        if (task.Parent is { } parent && !tasks.Contains(parent))
        {
            return [new Problem("parentCode", $"상위 과제 {parent.Code}이(가) 이 계획에 없습니다.", $"The parent {parent.Code} is not in this plan.")];
        }
        task.HeldBy();
        tasks.Add(task);
        return [];
    }

    /// <summary>Rewrites <paramref name="task"/> from <paramref name="draft"/>: every field and every year at once.</summary>
    public IReadOnlyList<Problem> ReviseTask(PlanTask task, TaskDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if ((NotEditable() ?? NotHere(task)) is { } refused)
        {
            return refused;
        }
        var (built, problems) = TaskRules.Build(this, draft, replacing: task);
        if (built is null)
        {
            return problems;
        }
        task.TakeOver(built);
        task.MoveUnder(built.Parent);
        return [];
    }

    /// <summary>Removes <paramref name="task"/> from a draft; a task with tasks under it goes after them.</summary>
    public IReadOnlyList<Problem> DeleteTask(PlanTask task)
    {
        if (NotHere(task) is { } missing)
        {
            return missing;
        }
        if (!PlanWorkflow.IsEditable(Status))
        {
            return [new Problem("plan", $"{Status.Korean()} 상태의 계획에서는 과제를 삭제할 수 없습니다: 제출된 뒤에는 사유를 적어 폐지하십시오.",
                $"Tasks of a plan that is {Status.English()} are not deleted: once submitted, retire them with a reason.")];
        }
        if (tasks.Any(t => ReferenceEquals(t.Parent, task)))
        {
            return [new Problem("plan", $"과제 {task.Code} 아래에 하위 과제가 있습니다: 하위 과제를 먼저 삭제하십시오.",
                $"Task {task.Code} has tasks under it: delete them first.")];
        }
        tasks.Remove(task);
        return [];
    }

    /// <summary>Retires <paramref name="task"/> (and the tasks under it) from <paramref name="fromYear"/> on, with a reason: a
    /// submitted, reviewed or published plan keeps it, shown as retired, and its expected reductions from that year on no
    /// longer count. A draft deletes or edits tasks instead.</summary>
    /// <param name="task">A task of this plan.</param>
    /// <param name="fromYear">The first year it no longer counts: within its years, not before the year it is retired in.</param>
    /// <param name="reason">Why (폐지 사유).</param>
    /// <param name="on">The day it is retired (from the caller's clock).</param>
    public IReadOnlyList<Problem> RetireTask(PlanTask task, int fromYear, string? reason, DateOnly on)
    {
        if (NotHere(task) is { } missing)
        {
            return missing;
        }
        if (!PlanWorkflow.IsSubmitted(Status))
        {
            return [new Problem("plan", $"{Status.Korean()} 상태의 계획은 과제를 폐지하지 않고 고치거나 삭제합니다.",
                $"A plan that is {Status.English()} edits or deletes its tasks; retiring is for submitted plans.")];
        }
        var problems = new List<Problem>();
        if (task.IsRetired)
        {
            problems.Add(new Problem("plan", $"과제 {task.Code}은(는) {task.RetiredOn:yyyy-MM-dd}에 이미 폐지되었습니다.", $"Task {task.Code} was retired on {task.RetiredOn:yyyy-MM-dd}."));
        }
        if (TextRules.Check("reason", reason, TextLimits.Note, required: true, "폐지 사유", "reason for retiring") is { } text)
        {
            problems.Add(text);
        }
        var earliest = Math.Max(task.StartYear, on.Year);
        if (fromYear < earliest || fromYear > task.EndYear)
        {
            problems.Add(new Problem("fromYear", $"폐지 연도는 {earliest}–{task.EndYear} 사이여야 합니다 (과제 기간 안, 올해 이후).",
                $"The year it is retired from must be in {earliest}–{task.EndYear} (within its years, not before this year)."));
        }
        if (problems.Count > 0)
        {
            return problems;
        }
        foreach (var t in tasks.Where(t => !t.IsRetired && (ReferenceEquals(t, task) || Under(t, task))))
        {
            t.Retire(fromYear, reason!.Trim(), on);
        }
        return [];
    }

    /// <summary>Sets targets: replaces them all, or (<paramref name="merge"/>) only those of the same year and sector.</summary>
    public IReadOnlyList<Problem> SetTargets(IReadOnlyList<PlanTarget> newTargets, bool merge)
    {
        ArgumentNullException.ThrowIfNull(newTargets);
        if (NotEditable() is { } closed)
        {
            return closed;
        }
        var problems = newTargets.GroupBy(t => (t.Year, t.Sector)).Where(g => g.Count() > 1)
            .Select(g => new Problem("targets", $"{g.Key.Year}년 {g.Key.Sector?.Value ?? "전체"} 목표가 두 번 있습니다.", $"Two targets for {g.Key.Year} {g.Key.Sector?.Value ?? "total"}."))
            .Concat(newTargets.Where(t => t.Year <= BaseYear).Select(t => new Problem("targets",
                $"목표 연도 {t.Year}은(는) 기준연도 {BaseYear} 뒤여야 합니다.", $"The target year {t.Year} must come after the base year {BaseYear}.")))
            .ToList();
        if (problems.Count > 0)
        {
            return problems;
        }
        // Same year and sector: the row changes in place, so the unique index never sees it twice.
        foreach (var t in newTargets)
        {
            if (targets.Find(o => o.Year == t.Year && o.Sector == t.Sector) is { } same) { same.Set(t.Kind, t.Value); } else { targets.Add(t); }
        }
        if (!merge)
        {
            targets.RemoveAll(o => !newTargets.Any(t => t.Year == o.Year && t.Sector == o.Sector));
        }
        return [];
    }

    /// <summary>Removes the target of <paramref name="year"/> and <paramref name="sector"/> (null: the total).</summary>
    public IReadOnlyList<Problem> RemoveTarget(int year, Sectors.SectorCode? sector)
    {
        if (NotEditable() is { } closed)
        {
            return closed;
        }
        return targets.RemoveAll(t => t.Year == year && t.Sector == sector) > 0 ? []
            : [new Problem("targets", $"{year}년 {sector?.Value ?? "전체"} 목표가 없습니다.", $"There is no target for {year} {sector?.Value ?? "total"}.")];
    }

    /// <summary>Replaces the hand-entered yearly values: each after the base year, one per line and year.</summary>
    public IReadOnlyList<Problem> SetManualPoints(IReadOnlyList<PlanTrajectoryPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (NotEditable() is { } closed)
        {
            return closed;
        }
        var problems = points.Select((p, i) => (p, i)).Where(x => x.p.Year <= BaseYear)
            .Select(x => new Problem($"points[{x.i}].year", $"{x.p.Year}년은 기준연도 {BaseYear} 뒤가 아닙니다.", $"{x.p.Year} is not after the base year {BaseYear}."))
            .ToList();
        if (points.GroupBy(p => (p.Sector, p.Year)).Any(g => g.Count() > 1))
        {
            problems.Add(new Problem("points", "같은 선(전체 또는 부문)에 같은 연도가 두 번 있습니다.", "A year appears twice for the same line."));
        }
        if (problems.Count > 0)
        {
            return problems;
        }
        manualPoints.RemoveAll(o => !points.Any(p => p.Sector == o.Sector && p.Year == o.Year));
        foreach (var p in points)
        {
            if (manualPoints.Find(o => o.Sector == p.Sector && o.Year == p.Year) is { } same) { same.Set(p.Value); } else { manualPoints.Add(p); }
        }
        return [];
    }

    private List<Problem>? NotEditable() => PlanWorkflow.IsEditable(Status) ? null
        : [new Problem("plan", $"{Revision}차 계획은 {Status.Korean()} 상태입니다: 작성 중인 계획만 고칠 수 있습니다.",
            $"Revision {Revision} is {Status.English()}: only a draft is edited.")];

    private List<Problem>? NotHere(PlanTask task) => task is not null && tasks.Contains(task) ? null
        : [new Problem("task", "이 계획의 과제가 아닙니다.", "The task is not part of this plan.")];

    private static bool Under(PlanTask t, PlanTask ancestor)
    {
        for (var p = t.Parent; p is not null; p = p.Parent)
        {
            if (ReferenceEquals(p, ancestor))
            {
                return true;
            }
        }
        return false;
    }
}

/// <summary>For code that builds plans it knows to be valid (samples, benchmarks, tests).</summary>
public static class PlanEdits
{
    /// <summary>Throws when a plan refused the change: in generated data a refusal is a bug.</summary>
    /// <exception cref="InvalidOperationException">The change was refused.</exception>
    public static void OrThrow(this IReadOnlyList<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join("; ", problems.Select(p => $"{p.Field}: {p.En}")));
        }
    }
}

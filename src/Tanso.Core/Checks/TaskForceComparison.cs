namespace Tanso.Core.Checks;

/// <summary>A national task's status in one month's task-force review (범부처 TF).</summary>
/// <param name="TaskCode">The task's number.</param>
/// <param name="TaskName">The task's name.</param>
/// <param name="Ministry">The responsible ministry (주관 부처).</param>
/// <param name="Status">Reported status.</param>
/// <param name="DueOn">When the task is due to be done, if set.</param>
public sealed record NationalTaskStatus(string TaskCode, string TaskName, string Ministry, TaskProgressStatus Status, DateOnly? DueOn);

/// <summary>How a task's status moved since last month.</summary>
public enum StatusChange
{
    /// <summary>호전: a better status (중단 &lt; 지연 &lt; 정상추진 &lt; 완료).</summary>
    Improved,

    /// <summary>악화: a worse status.</summary>
    Worsened,

    /// <summary>변동 없음.</summary>
    Unchanged,

    /// <summary>신규: not in last month's review.</summary>
    New,
}

/// <summary>A task's status this month against last month.</summary>
/// <param name="Current">This month.</param>
/// <param name="Previous">Last month's status, or null when new.</param>
/// <param name="Change">The move.</param>
public sealed record TaskStatusChange(NationalTaskStatus Current, TaskProgressStatus? Previous, StatusChange Change);

/// <summary>One ministry's month.</summary>
/// <param name="Ministry">The ministry.</param>
/// <param name="Counts">Tasks per status this month (every status present, zeros included).</param>
/// <param name="Changes">Each of this month's tasks against last month, by task code.</param>
/// <param name="Overdue">Tasks due before today and neither done nor dropped.</param>
/// <param name="Missing">Last month's tasks of the ministry absent this month.</param>
public sealed record MinistryMonth(string Ministry, IReadOnlyDictionary<TaskProgressStatus, int> Counts, IReadOnlyList<TaskStatusChange> Changes,
    IReadOnlyList<NationalTaskStatus> Overdue, IReadOnlyList<NationalTaskStatus> Missing)
{
    /// <summary>How many tasks moved in a way.</summary>
    public int CountOf(StatusChange change) => Changes.Count(c => c.Change == change);
}

/// <summary>The task force's monthly comparison; see docs/methodology-checks.md §11.</summary>
public static class TaskForceComparison
{
    /// <summary>This month against last month, grouped by this month's ministry (a missing task by last month's),
    /// ministries in ordinal order.</summary>
    /// <exception cref="ArgumentException">A task code listed twice in one month.</exception>
    public static IReadOnlyList<MinistryMonth> Compare(IEnumerable<NationalTaskStatus> thisMonth, IEnumerable<NationalTaskStatus> lastMonth, DateOnly today)
    {
        var now = ByCode(thisMonth, nameof(thisMonth));
        var before = ByCode(lastMonth, nameof(lastMonth));
        var missing = before.Values.Where(b => !now.ContainsKey(b.TaskCode)).ToList();
        var ministries = now.Values.Select(t => t.Ministry).Concat(missing.Select(m => m.Ministry)).Distinct().Order(StringComparer.Ordinal);
        return ministries.Select(ministry =>
        {
            var tasks = now.Values.Where(t => t.Ministry == ministry).OrderBy(t => t.TaskCode, StringComparer.Ordinal).ToList();
            var counts = Enum.GetValues<TaskProgressStatus>().ToDictionary(s => s, s => tasks.Count(t => t.Status == s));
            var changes = tasks.Select(t => Change(t, before.GetValueOrDefault(t.TaskCode))).ToList();
            var overdue = tasks.Where(t => t.DueOn < today && t.Status is not (TaskProgressStatus.Done or TaskProgressStatus.Dropped)).ToList();
            var gone = missing.Where(m => m.Ministry == ministry).OrderBy(m => m.TaskCode, StringComparer.Ordinal).ToList();
            return new MinistryMonth(ministry, counts, changes, overdue, gone);
        }).ToList();
    }

    private static TaskStatusChange Change(NationalTaskStatus current, NationalTaskStatus? previous)
    {
        if (previous is null)
        {
            return new(current, null, StatusChange.New);
        }
        var diff = current.Status.Rank() - previous.Status.Rank();
        return new(current, previous.Status, diff > 0 ? StatusChange.Improved : diff < 0 ? StatusChange.Worsened : StatusChange.Unchanged);
    }

    private static Dictionary<string, NationalTaskStatus> ByCode(IEnumerable<NationalTaskStatus> month, string name)
    {
        var list = month.ToList();
        if (list.GroupBy(t => t.TaskCode).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"Task {twice.Key} is listed twice in one month.", name);
        }
        return list.ToDictionary(t => t.TaskCode);
    }
}

namespace Tanso.Core.Checks;

/// <summary>A government's report for a cycle: when it was submitted, or null if not yet.</summary>
/// <param name="GovernmentId">The government.</param>
/// <param name="SubmittedOn">The submission date, or null.</param>
public sealed record ReportSubmission(int GovernmentId, DateOnly? SubmittedOn);

/// <summary>A government late with its report.</summary>
/// <param name="GovernmentId">The government.</param>
/// <param name="DueOn">The deadline.</param>
/// <param name="SubmittedOn">When it was submitted, or null when it is still missing.</param>
/// <param name="DaysLate">Submission (or, when missing, today) minus the deadline, in days; at least 1.</param>
public sealed record LateGovernment(int GovernmentId, DateOnly DueOn, DateOnly? SubmittedOn, int DaysLate)
{
    /// <summary>True when the report is still missing.</summary>
    public bool IsMissing => SubmittedOn is null;
}

/// <summary>Which governments are late; see docs/methodology-checks.md §10.</summary>
public static class Lateness
{
    /// <summary>
    /// Late: submitted after <paramref name="dueOn"/>, or not submitted and <paramref name="today"/> is after it.
    /// A report due today is not late yet. Ordered by days late, most first, then by government.
    /// </summary>
    public static IReadOnlyList<LateGovernment> Find(DateOnly dueOn, IEnumerable<ReportSubmission> submissions, DateOnly today) =>
        submissions
            .Select(s => new LateGovernment(s.GovernmentId, dueOn, s.SubmittedOn, (s.SubmittedOn ?? today).DayNumber - dueOn.DayNumber))
            .Where(l => l.DaysLate > 0)
            .OrderByDescending(l => l.DaysLate).ThenBy(l => l.GovernmentId)
            .ToList();
}

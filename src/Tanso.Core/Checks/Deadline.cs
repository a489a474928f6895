namespace Tanso.Core.Checks;

/// <summary>
/// Where a day stands against a deadline (the last day, inclusive, in Korean dates): days left while it is ahead,
/// days late once it has passed. A deadline is met on its own day until midnight in Korea.
/// </summary>
/// <param name="DueOn">The last day, inclusive.</param>
/// <param name="Today">The day asked about (today, or the day something was submitted).</param>
public sealed record DeadlineStatus(DateOnly DueOn, DateOnly Today)
{
    /// <summary>Days from <see cref="Today"/> to the deadline: 0 on the day itself, negative once it has passed.</summary>
    public int DaysLeft => DueOn.DayNumber - Today.DayNumber;

    /// <summary>Days after the deadline; 0 while it has not passed.</summary>
    public int DaysLate => Math.Max(0, -DaysLeft);

    /// <summary>True once the deadline has passed.</summary>
    public bool IsOverdue => DaysLeft < 0;

    /// <summary>"D-3 (3일 남음)", "D-day (오늘 마감)" or "5일 지남".</summary>
    public string Korean => DaysLeft switch
    {
        > 0 => $"D-{DaysLeft} ({DaysLeft}일 남음)",
        0 => "D-day (오늘 마감)",
        _ => $"기한 {DaysLate}일 지남",
    };

    /// <summary>"3 days left", "due today" or "5 days overdue".</summary>
    public string English => DaysLeft switch
    {
        1 => "1 day left",
        > 0 => $"{DaysLeft} days left",
        0 => "due today",
        -1 => "1 day overdue",
        _ => $"{DaysLate} days overdue",
    };
}

namespace Tanso.Core;

/// <summary>
/// Dates as Korean governments keep them: Korea Standard Time (KST, UTC+9, no daylight saving). Deadlines, check
/// periods, campaign days and "this year" are Korean dates; instants are still stored in UTC.
/// </summary>
public static class KoreanTime
{
    /// <summary>KST is nine hours ahead of UTC all year.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    /// <summary>Today's date in Korea (between 00:00 and 09:00 KST it is a day ahead of UTC).</summary>
    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    /// <summary>The date in Korea of an instant: 31 May 23:59 KST is still 31 May, though it is 14:59 UTC.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>The Korean wall-clock time of a UTC instant, for display.</summary>
    public static DateTime FromUtc(DateTime utc) => DateTime.SpecifyKind(utc + Offset, DateTimeKind.Unspecified);
}

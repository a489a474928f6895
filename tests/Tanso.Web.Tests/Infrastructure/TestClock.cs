using Microsoft.Extensions.Time.Testing;
using Tanso.Core;

namespace Tanso.Web.Tests.Infrastructure;

/// <summary>
/// The time every test app runs on unless a test sets its own: a fake clock that starts at a fixed instant and moves
/// only when a test moves it, so that no test depends on the day it runs (deadlines, lateness, campaign periods).
/// </summary>
public static class TestClock
{
    /// <summary>Monday 16 November 2026, 10:00 in Korea.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 16, 1, 0, 0, TimeSpan.Zero);

    /// <summary>The Korean day at <see cref="Start"/>: "today" for a test app whose clock was not moved.</summary>
    public static DateOnly Today => KoreanTime.Today(Create());

    /// <summary>A new clock at <see cref="Start"/>.</summary>
    public static FakeTimeProvider Create() => new(Start);
}

using Tanso.Core;

namespace Tanso.Core.Tests;

public sealed class KoreanTimeTests
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Theory]
    [InlineData("2026-03-01T14:59:59Z", "2026-03-01")] // 23:59:59 KST
    [InlineData("2026-03-01T15:00:00Z", "2026-03-02")] // midnight KST: already the next day in Korea
    [InlineData("2025-12-31T16:30:00Z", "2026-01-01")] // the new year starts nine hours before UTC's
    public void Today_IsTheDateInKorea(string utc, string korean) =>
        Assert.Equal(DateOnly.Parse(korean, System.Globalization.CultureInfo.InvariantCulture),
            KoreanTime.Today(new FixedClock(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture))));

    [Fact]
    public void FromUtc_GivesTheKoreanWallClock() =>
        Assert.Equal(new DateTime(2026, 1, 1, 1, 30, 0), KoreanTime.FromUtc(new DateTime(2025, 12, 31, 16, 30, 0, DateTimeKind.Utc)));
}

public sealed class TextLimitsTests
{
    [Theory]
    [InlineData(200, 200)]
    [InlineData(256, 200)]
    [InlineData(5, 5)]
    public void Shorten_KeepsAShortLabel_AndCutsALongOneToTheLimitWithAnEllipsis(int length, int expected)
    {
        var shortened = TextLimits.Shorten(new string('a', length), 200);
        Assert.Equal(expected, shortened.Length);
        Assert.Equal(length > 200, shortened.EndsWith('…'));
    }
}

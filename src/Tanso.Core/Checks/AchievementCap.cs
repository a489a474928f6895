namespace Tanso.Core.Checks;

/// <summary>
/// The range an achievement percentage is held to before it is averaged (상·하한). The default, 0–120 %, lets
/// over-achievement on one indicator make up for part of a shortfall on another, but not without limit, and
/// stops a step backwards from counting below nothing.
/// </summary>
public sealed record AchievementCap
{
    /// <summary>Creates a cap; the floor must be at most 0 % and the ceiling at least 100 %, so that "nothing
    /// achieved" and "target met" always keep their meaning.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A floor above 0 or a ceiling below 100.</exception>
    public AchievementCap(decimal minPercent, decimal maxPercent)
    {
        if (minPercent > 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(minPercent), minPercent, "The floor of an achievement cap must be 0 % or below.");
        }
        if (maxPercent < 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(maxPercent), maxPercent, "The ceiling of an achievement cap must be 100 % or above.");
        }
        (MinPercent, MaxPercent) = (minPercent, maxPercent);
    }

    /// <summary>0–120 %.</summary>
    public static AchievementCap Default { get; } = new(0m, 120m);

    /// <summary>The floor in percent points.</summary>
    public decimal MinPercent { get; }

    /// <summary>The ceiling in percent points.</summary>
    public decimal MaxPercent { get; }

    /// <summary>The value held within the floor and the ceiling.</summary>
    public decimal Apply(decimal percent) => Math.Clamp(percent, MinPercent, MaxPercent);
}

using Tanso.Core.Plans;

namespace Tanso.Core.Checks;

/// <summary>Which rule produced an achievement percentage.</summary>
public enum KpiFormula
{
    /// <summary>Progress made ÷ progress planned.</summary>
    Progress,

    /// <summary>Actual ÷ target (mirrored for a decrease).</summary>
    RatioToTarget,

    /// <summary>100 % when the actual is at least as good as the target, otherwise 0 %: used when no
    /// progress or ratio is defined (target equal to the base, target on the wrong side of the base, or a
    /// ratio to a target of zero or less).</summary>
    AtLeastTarget,

    /// <summary>No actual was reported: no achievement (미보고).</summary>
    NotReported,
}

/// <summary>
/// A KPI's achievement (성과지표 달성률) with everything needed to trace it: the reading, the cap, the formula
/// used in words, and the value before and after the cap. Percentages are in points (75 = 75 %), unrounded.
/// </summary>
/// <param name="Reading">The inputs.</param>
/// <param name="Cap">The cap applied.</param>
/// <param name="Formula">The rule used.</param>
/// <param name="FormulaKo">The rule in Korean, e.g. (실적 − 기준) ÷ (목표 − 기준) × 100.</param>
/// <param name="FormulaEn">The rule in English.</param>
/// <param name="UncappedPercent">The achievement before the cap; null when not reported.</param>
/// <param name="CappedPercent">The achievement held within the cap; null when not reported.</param>
public sealed record KpiAchievement(KpiReading Reading, AchievementCap Cap, KpiFormula Formula, string FormulaKo, string FormulaEn,
    decimal? UncappedPercent, decimal? CappedPercent)
{
    /// <summary>True when an actual was reported.</summary>
    public bool IsReported => Formula != KpiFormula.NotReported;

    /// <summary>True when the cap changed the value.</summary>
    public bool WasCapped => UncappedPercent != CappedPercent;

    /// <summary>"미보고" when no actual was reported, otherwise null.</summary>
    public string? FlagKo => IsReported ? null : "미보고";

    /// <summary>"not reported" when no actual was reported, otherwise null.</summary>
    public string? FlagEn => IsReported ? null : "not reported";
}

/// <summary>The KPI achievement rules; see docs/methodology-checks.md §1.</summary>
public static class KpiAchievements
{
    /// <summary>The achievement of <paramref name="reading"/>, held within <paramref name="cap"/> (default 0–120 %).</summary>
    public static KpiAchievement Compute(KpiReading reading, AchievementCap? cap = null)
    {
        ArgumentNullException.ThrowIfNull(reading);
        cap ??= AchievementCap.Default;
        if (reading.ActualValue is not { } actual)
        {
            return new(reading, cap, KpiFormula.NotReported, "실적 미보고: 달성률 없음", "No actual reported: no achievement", null, null);
        }
        var (b, t, up) = (reading.BaseValue, reading.TargetValue, reading.Direction == KpiDirection.Increase);
        if (reading.Mode == AchievementMode.RatioToTarget)
        {
            if (t <= 0m)
            {
                return AtLeastTarget(reading, cap, NoRatio);
            }
            var ratio = up ? actual / t * 100m : (2m * t - actual) / t * 100m;
            return up
                ? new(reading, cap, KpiFormula.RatioToTarget, "실적 ÷ 목표 × 100", "actual ÷ target × 100", ratio, cap.Apply(ratio))
                : new(reading, cap, KpiFormula.RatioToTarget, "(2 × 목표 − 실적) ÷ 목표 × 100", "(2 × target − actual) ÷ target × 100", ratio, cap.Apply(ratio));
        }
        var planned = up ? t - b : b - t;
        if (planned == 0m)
        {
            return AtLeastTarget(reading, cap, NoChangePlanned);
        }
        if (planned < 0m)
        {
            return AtLeastTarget(reading, cap, WrongSide);
        }
        var progress = (up ? actual - b : b - actual) / planned * 100m;
        return up
            ? new(reading, cap, KpiFormula.Progress, "(실적 − 기준) ÷ (목표 − 기준) × 100", "(actual − base) ÷ (target − base) × 100", progress, cap.Apply(progress))
            : new(reading, cap, KpiFormula.Progress, "(기준 − 실적) ÷ (기준 − 목표) × 100", "(base − actual) ÷ (base − target) × 100", progress, cap.Apply(progress));
    }

    // The words of each at-least-target case, made once rather than per KPI (a national check reads about 100,000).
    private static readonly (string Ko, string En) NoRatio = AtLeastWords("목표가 0 이하여서 비율을 낼 수 없음", "a target of zero or less has no ratio");
    private static readonly (string Ko, string En) NoChangePlanned = AtLeastWords("목표가 기준과 같음(변화 없음 계획)", "the target equals the base (no change planned)");
    private static readonly (string Ko, string En) WrongSide = AtLeastWords("목표가 기준보다 나쁜 쪽에 있음", "the target lies on the wrong side of the base");

    private static (string Ko, string En) AtLeastWords(string whyKo, string whyEn) =>
        ($"목표 수준 이상이면 100, 아니면 0 ({whyKo})", $"100 if the actual is at least as good as the target, else 0 ({whyEn})");

    private static KpiAchievement AtLeastTarget(KpiReading reading, AchievementCap cap, (string Ko, string En) words)
    {
        var value = reading.MeetsTarget ? 100m : 0m;
        return new(reading, cap, KpiFormula.AtLeastTarget, words.Ko, words.En, value, value);
    }
}

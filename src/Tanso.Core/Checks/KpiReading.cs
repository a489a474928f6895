using Tanso.Core.Plans;

namespace Tanso.Core.Checks;

/// <summary>How a KPI's achievement is measured.</summary>
public enum AchievementMode
{
    /// <summary>진척도: progress made ÷ progress planned, from the base towards the target.</summary>
    Progress,

    /// <summary>목표 대비 비율: actual ÷ target, for a KPI without a meaningful base.</summary>
    RatioToTarget,
}

/// <summary>A KPI's figures for one checked year: which way is good, where it started, the year's target and
/// what was reported (null: not reported, 미보고).</summary>
public sealed record KpiReading
{
    /// <summary>Creates a reading.</summary>
    /// <param name="name">The KPI's name.</param>
    /// <param name="direction">Up or down is good.</param>
    /// <param name="baseValue">The base-year value.</param>
    /// <param name="targetValue">The target for the checked year.</param>
    /// <param name="actualValue">The reported value, or null when not reported.</param>
    /// <param name="mode">Progress (default) or ratio to target.</param>
    /// <param name="weight">Its weight within its task (default 1: equal weights).</param>
    /// <exception cref="ArgumentException">A blank name or a weight of zero or less.</exception>
    public KpiReading(string name, KpiDirection direction, decimal baseValue, decimal targetValue, decimal? actualValue,
        AchievementMode mode = AchievementMode.Progress, decimal weight = 1m)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (weight <= 0m)
        {
            throw new ArgumentException($"The weight of KPI '{name}' must be above zero, not {weight}.", nameof(weight));
        }
        (Name, Direction, BaseValue, TargetValue, ActualValue, Mode, Weight) = (name.Trim(), direction, baseValue, targetValue, actualValue, mode, weight);
    }

    /// <summary>The KPI's name.</summary>
    public string Name { get; }

    /// <summary>Up or down is good.</summary>
    public KpiDirection Direction { get; }

    /// <summary>The base-year value.</summary>
    public decimal BaseValue { get; }

    /// <summary>The target for the checked year.</summary>
    public decimal TargetValue { get; }

    /// <summary>The reported value; null when not reported (미보고).</summary>
    public decimal? ActualValue { get; }

    /// <summary>Progress or ratio to target.</summary>
    public AchievementMode Mode { get; }

    /// <summary>Its weight within its task.</summary>
    public decimal Weight { get; }

    /// <summary>A reading of a plan's KPI for <paramref name="year"/>; null when the KPI sets no target for that year.</summary>
    public static KpiReading? From(Kpi kpi, int year, decimal? actualValue, AchievementMode mode = AchievementMode.Progress, decimal weight = 1m)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        return kpi.Targets.TryGetValue(year, out var target) ? new KpiReading(kpi.Name, kpi.Direction, kpi.BaseValue, target, actualValue, mode, weight) : null;
    }

    /// <summary>A reading of a stored plan KPI for <paramref name="year"/>, the same as <c>From(kpi.ToKpi(), …)</c> without
    /// copying its targets; null when the KPI sets no target for that year.</summary>
    public static KpiReading? From(PlanKpi kpi, int year, decimal? actualValue, AchievementMode mode = AchievementMode.Progress, decimal weight = 1m)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        return kpi.TargetFor(year) is { } target ? new KpiReading(kpi.Name, kpi.Direction, kpi.BaseValue, target, actualValue, mode, weight) : null;
    }

    /// <summary>True when the actual is at least as good as the target (≥ for an increase, ≤ for a decrease);
    /// false when it is worse or not reported.</summary>
    public bool MeetsTarget => ActualValue is { } a && (Direction == KpiDirection.Increase ? a >= TargetValue : a <= TargetValue);
}

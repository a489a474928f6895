using System.Globalization;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;

namespace Tanso.Core.Checks;

/// <summary>Whether actual emissions met the year's target.</summary>
public enum TargetVerdict
{
    /// <summary>Actual at or below the target (for a removal line: at least the planned removal).</summary>
    Met,

    /// <summary>Actual above the target.</summary>
    Missed,

    /// <summary>No comparable actual (the year, the LULUCF line or matching guidelines are missing).</summary>
    NotJudged,
}

/// <summary>
/// The figure a check report leads with, for the total or one sector (see docs/methodology.md, "Headline figures"):
/// actual against the year's target as "X % below/above target" and met/missed, and the reduction achieved against
/// the year's reduction target as an achievement percentage — never capped (a cap applies only inside the score).
/// </summary>
/// <param name="Sector">The sector, or null for the total.</param>
/// <param name="Year">The year.</param>
/// <param name="Target">The year's target (the trajectory value).</param>
/// <param name="Actual">The comparable actual, or null.</param>
/// <param name="Verdict">Met, missed, or not judged.</param>
/// <param name="PercentFromTarget">(actual − target) ÷ |target| × 100: negative below the target; null without an actual or for a zero target.</param>
/// <param name="AchievementPercent">(base − actual) ÷ (base − target) × 100, uncapped; null without an actual.</param>
/// <param name="PlannedReduction">Base − target: the year's reduction target.</param>
/// <param name="AchievedReduction">Base − actual, or null.</param>
public sealed record HeadlineFigure(SectorCode? Sector, int Year, TonnesCo2e Target, TonnesCo2e? Actual, TargetVerdict Verdict,
    decimal? PercentFromTarget, decimal? AchievementPercent, TonnesCo2e PlannedReduction, TonnesCo2e? AchievedReduction)
{
    /// <summary>The headline of one performance.</summary>
    public static HeadlineFigure Of(EmissionsPerformance performance)
    {
        ArgumentNullException.ThrowIfNull(performance);
        var r = performance.Reading;
        var verdict = r.Actual is not { } a ? TargetVerdict.NotJudged : a <= r.TrajectoryValue ? TargetVerdict.Met : TargetVerdict.Missed;
        var percent = r.Actual is { } actual && r.TrajectoryValue.Value != 0m
            ? (actual.Value - r.TrajectoryValue.Value) / Math.Abs(r.TrajectoryValue.Value) * 100m : (decimal?)null;
        return new(r.Sector, r.Year, r.TrajectoryValue, r.Actual, verdict, percent, performance.Achievement.UncappedPercent,
            performance.PlannedReduction, performance.AchievedReduction);
    }

    /// <summary>"목표 대비 3.2 % 낮음 (달성)"; "판정 불가" without an actual.</summary>
    public string TextKo => Verdict == TargetVerdict.NotJudged ? "판정 불가 (비교할 실적 없음)"
        : PercentFromTarget is not { } p ? (Verdict == TargetVerdict.Met ? "달성" : "미달성")
        : $"목표 대비 {Number(Math.Abs(p))} % {(p < 0m ? "낮음" : p > 0m ? "높음" : "같음")} ({(Verdict == TargetVerdict.Met ? "달성" : "미달성")})";

    /// <summary>"3.2 % below target (met)"; "not judged" without an actual.</summary>
    public string TextEn => Verdict == TargetVerdict.NotJudged ? "not judged (no comparable actual)"
        : PercentFromTarget is not { } p ? (Verdict == TargetVerdict.Met ? "met" : "missed")
        : p == 0m ? $"on target ({VerdictEn})" : $"{Number(Math.Abs(p))} % {(p < 0m ? "below" : "above")} target ({VerdictEn})";

    /// <summary>"연간 감축목표의 112.4 % 달성", or null.</summary>
    public string? AchievementKo => AchievementPercent is { } a ? $"연간 감축목표의 {Number(a)} % 달성" : null;

    /// <summary>"achieved 112.4 % of the year's reduction target", or null.</summary>
    public string? AchievementEn => AchievementPercent is { } a ? $"achieved {Number(a)} % of the year's reduction target" : null;

    private string VerdictEn => Verdict == TargetVerdict.Met ? "met" : "missed";

    /// <summary>One decimal, invariant, with a true minus sign.</summary>
    public static string Number(decimal value) =>
        Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture).Replace('-', '−');
}

/// <summary>A check's headline: the total on the plan's basis and every sector, with the sectors that missed their
/// target flagged even when the total met its own.</summary>
/// <param name="Year">The checked year.</param>
/// <param name="Total">The total's figure, or null when the plan's trajectory has no value for the year.</param>
/// <param name="Sectors">Each sector's figure, in taxonomy order.</param>
/// <param name="Actual">How the total's actual was made (basis, parts, notes), or null.</param>
public sealed record Headline(int Year, HeadlineFigure? Total, IReadOnlyList<HeadlineFigure> Sectors, ComparableActual? Actual)
{
    /// <summary>Sectors that missed their target.</summary>
    public IReadOnlyList<HeadlineFigure> MissedSectors => Sectors.Where(s => s.Verdict == TargetVerdict.Missed).ToList();

    /// <summary>True when the total met its target while at least one sector missed its own.</summary>
    public bool SectorsMissedWhileTotalMet => Total?.Verdict == TargetVerdict.Met && MissedSectors.Count > 0;

    /// <summary>The headline of a plan's readings for a year, without a check cycle (the plan page, the portal dashboard).</summary>
    public static Headline Of(EmissionsReadings readings)
    {
        ArgumentNullException.ThrowIfNull(readings);
        return new(readings.Actual.Year, readings.Total is { } t ? HeadlineFigure.Of(EmissionsPerformance.Of(t)) : null,
            readings.Sectors.Select(s => HeadlineFigure.Of(EmissionsPerformance.Of(s))).ToList(), readings.Actual);
    }

    /// <summary>The latest year after the plan's base year that the plan's trajectory and the inventory both have, or null.</summary>
    public static int? LatestYear(Plans.Plan plan, Inventory.InventorySummary? inventory)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var path = plan.PathOf(null, plan.BaseEmissions, ComparableEmissions.SectorBases(inventory, plan.BaseYear)).Values.Select(v => v.Year).ToHashSet();
        return inventory?.Years.Where(y => y > plan.BaseYear && path.Contains(y)).Select(y => (int?)y).LastOrDefault();
    }

    /// <summary>The headline of an evaluation.</summary>
    public static Headline Of(CheckEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return new(evaluation.Year, evaluation.Total is { } t ? HeadlineFigure.Of(t) : null,
            evaluation.Sectors.Select(s => HeadlineFigure.Of(s.Performance)).ToList(), evaluation.Actual);
    }
}

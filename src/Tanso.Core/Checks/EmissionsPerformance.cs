using Tanso.Core.Plans;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;

namespace Tanso.Core.Checks;

/// <summary>A sector's (or the total's) emissions for a checked year against its plan.</summary>
public sealed record EmissionsReading
{
    /// <summary>Creates a reading.</summary>
    /// <param name="sector">The sector, or null for the plan's total.</param>
    /// <param name="year">The checked year.</param>
    /// <param name="baseEmissions">Base-year emissions of the sector.</param>
    /// <param name="trajectoryValue">The plan's trajectory value for the checked year (연도별 목표).</param>
    /// <param name="actual">Actual emissions that year, or null when not yet known.</param>
    /// <param name="editionId">The inventory edition the actual comes from; required with an actual.</param>
    /// <exception cref="ArgumentException">A year outside 1990–2100, or an actual without its edition.</exception>
    public EmissionsReading(SectorCode? sector, int year, TonnesCo2e baseEmissions, TonnesCo2e trajectoryValue, TonnesCo2e? actual, int? editionId)
    {
        if (!ReportingYear.IsValid(year))
        {
            throw new ArgumentException(ReportingYear.OutOfRangeMessage(year), nameof(year));
        }
        if (actual is not null && editionId is null)
        {
            throw new ArgumentException("Actual emissions must name the inventory edition they come from.", nameof(editionId));
        }
        (Sector, Year, BaseEmissions, TrajectoryValue, Actual, EditionId) = (sector, year, baseEmissions, trajectoryValue, actual, editionId);
    }

    /// <summary>The sector, or null for the total.</summary>
    public SectorCode? Sector { get; }

    /// <summary>The checked year.</summary>
    public int Year { get; }

    /// <summary>Base-year emissions.</summary>
    public TonnesCo2e BaseEmissions { get; }

    /// <summary>The trajectory value for the year.</summary>
    public TonnesCo2e TrajectoryValue { get; }

    /// <summary>Actual emissions, or null.</summary>
    public TonnesCo2e? Actual { get; }

    /// <summary>The inventory edition of the actual.</summary>
    public int? EditionId { get; }

    /// <summary>A reading whose trajectory value is taken from a yearly path; null when the path lacks the year.</summary>
    public static EmissionsReading? FromPath(SectorCode? sector, int year, TonnesCo2e baseEmissions, IEnumerable<YearValue> path, TonnesCo2e? actual, int? editionId) =>
        path.Where(v => v.Year == year).Select(v => new EmissionsReading(sector, year, baseEmissions, v.Value, actual, editionId)).FirstOrDefault();
}

/// <summary>
/// Emissions performance (배출량 이행 실적) of a sector or the total for a year: the gap to the trajectory and the
/// reduction achieved against the reduction planned. The achievement is the KPI rule for a "decrease" indicator
/// whose target is the trajectory value, so it shares its edge cases; the score is floored at 0.
/// </summary>
/// <param name="Reading">The inputs.</param>
/// <param name="Achievement">(base − actual) ÷ (base − trajectory) × 100, traced like a KPI's.</param>
public sealed record EmissionsPerformance(EmissionsReading Reading, KpiAchievement Achievement)
{
    /// <summary>Actual − trajectory: positive when above the path (a shortfall); null without an actual.</summary>
    public TonnesCo2e? Gap => Reading.Actual - Reading.TrajectoryValue;

    /// <summary>True when actual emissions are at or below the trajectory; null without an actual.</summary>
    public bool? OnTrack => Reading.Actual is { } a ? a <= Reading.TrajectoryValue : null;

    /// <summary>Base − trajectory: the reduction the plan asks for by this year.</summary>
    public TonnesCo2e PlannedReduction => Reading.BaseEmissions - Reading.TrajectoryValue;

    /// <summary>Base − actual: the reduction achieved (negative when emissions rose); null without an actual.</summary>
    public TonnesCo2e? AchievedReduction => Reading.BaseEmissions - Reading.Actual;

    /// <summary>The achievement as a score: capped, and never below 0 even when emissions rose above the base.</summary>
    public decimal? ScorePercent => Achievement.CappedPercent is { } c ? Math.Max(0m, c) : null;

    /// <summary>Performance of one sector or the total.</summary>
    public static EmissionsPerformance Of(EmissionsReading reading, AchievementCap? cap = null)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var name = reading.Sector?.Value ?? "total";
        var kpi = new KpiReading(name, KpiDirection.Decrease, reading.BaseEmissions.Value, reading.TrajectoryValue.Value, reading.Actual?.Value);
        return new(reading, KpiAchievements.Compute(kpi, cap));
    }

    /// <summary>
    /// The total over sectors of the same year: bases, trajectory values and actuals added up (the actual is
    /// missing if any sector's is). All actuals must come from one inventory edition.
    /// </summary>
    /// <exception cref="ArgumentException">No sectors, sectors of different years, or actuals from different editions.</exception>
    public static EmissionsPerformance Total(IEnumerable<EmissionsReading> sectors, AchievementCap? cap = null)
    {
        var list = sectors.ToList();
        if (list.Count == 0 || list.Select(s => s.Year).Distinct().Count() != 1)
        {
            throw new ArgumentException("A total needs sectors, all of one year.", nameof(sectors));
        }
        var editions = list.Where(s => s.Actual is not null).Select(s => s.EditionId).Distinct().ToList();
        if (editions.Count > 1)
        {
            throw new ArgumentException("Actuals from different inventory editions cannot be added up.", nameof(sectors));
        }
        var actual = list.All(s => s.Actual is not null) ? TonnesCo2e.Sum(list.Select(s => s.Actual!.Value)) : (TonnesCo2e?)null;
        var total = new EmissionsReading(null, list[0].Year, TonnesCo2e.Sum(list.Select(s => s.BaseEmissions)),
            TonnesCo2e.Sum(list.Select(s => s.TrajectoryValue)), actual, actual is null ? null : editions[0]);
        return Of(total, cap);
    }
}

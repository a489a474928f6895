using Tanso.Core.Quantities;
using Tanso.Core.Sectors;

namespace Tanso.Core.Plans;

/// <summary>How a target was written.</summary>
public enum TargetKind
{
    /// <summary>An amount in tCO2eq.</summary>
    Amount,

    /// <summary>A reduction in percent against the base.</summary>
    ReductionPercent,
}

/// <summary>A target of a plan for a year: the total (no sector) or one sector's.</summary>
public sealed class PlanTarget
{
    /// <summary>Creates a target; the value is tonnes for an amount, percent points for a reduction.</summary>
    public PlanTarget(int year, SectorCode? sector, TargetKind kind, decimal value)
    {
        if (Check("target", year, sector, kind, value) is [var first, ..])
        {
            throw new ArgumentException(first.En);
        }
        (Year, Sector, Kind, Value) = (year, sector, kind, value);
    }

    /// <summary>Why a target cannot be built, reported on <paramref name="field"/>; empty when it can.</summary>
    public static IReadOnlyList<Problem> Check(string field, int year, SectorCode? sector, TargetKind kind, decimal value)
    {
        if (!ReportingYear.IsValid(year))
        {
            return [new(field, $"목표 연도 {year}은(는) {ReportingYear.Min}–{ReportingYear.Max} 범위를 벗어납니다.", ReportingYear.OutOfRangeMessage(year))];
        }
        if (kind == TargetKind.ReductionPercent && value is < -100 or > 100)
        {
            return [new(field, $"감축률 {value}%는 −100%에서 100% 사이여야 합니다.", $"A reduction of {value} % is not between −100 % and 100 %.")];
        }
        if (kind == TargetKind.Amount && value < 0 && (sector is null || !SectorTaxonomy.Get(sector.Value).IsNegativeLine))
        {
            return [new(field, "흡수 부문의 목표만 음수일 수 있습니다.", "Only a removal sector's target may be negative.")];
        }
        return [];
    }

    /// <summary>Identity.</summary>
    public int Id { get; private set; }

    /// <summary>The plan.</summary>
    public int PlanId { get; private set; }

    /// <summary>The target year, e.g. 2030.</summary>
    public int Year { get; private set; }

    /// <summary>The sector, or null for the plan's total.</summary>
    public SectorCode? Sector { get; private set; }

    /// <summary>Amount or reduction.</summary>
    public TargetKind Kind { get; private set; }

    /// <summary>Tonnes, or percent points of reduction.</summary>
    public decimal Value { get; private set; }

    internal void Set(TargetKind kind, decimal value) => (Kind, Value) = (kind, value);

    /// <summary>
    /// The target in tonnes. A total target resolves against the plan's base; a sector target written as a
    /// reduction resolves against that sector's base, and is null when <paramref name="sectorBases"/> lacks it.
    /// </summary>
    public TonnesCo2e? Resolve(Plan plan, IReadOnlyDictionary<SectorCode, TonnesCo2e> sectorBases) =>
        Kind == TargetKind.Amount ? new TonnesCo2e(Value)
        : Sector is { } s ? (sectorBases.TryGetValue(s, out var b) ? ToValue().Resolve(b) : null)
        : ToValue().Resolve(plan.BaseEmissions);

    /// <summary>The base this target is measured against: the plan's, or its sector's (null when unknown).</summary>
    public TonnesCo2e? BaseFor(Plan plan, IReadOnlyDictionary<SectorCode, TonnesCo2e> sectorBases) =>
        Sector is { } s ? (sectorBases.TryGetValue(s, out var b) ? b : null) : plan.BaseEmissions;

    /// <summary>The target as a <see cref="TargetValue"/>.</summary>
    public TargetValue ToValue() => Kind == TargetKind.Amount
        ? new TargetValue.Amount(new TonnesCo2e(Value))
        : new TargetValue.ReductionVsBase(Percentage.FromPoints(Value));
}

/// <summary>A yearly value of a hand-entered trajectory (total when <see cref="Sector"/> is null).</summary>
public sealed class PlanTrajectoryPoint
{
    /// <summary>Creates a point.</summary>
    public PlanTrajectoryPoint(SectorCode? sector, int year, TonnesCo2e value)
    {
        if (!ReportingYear.IsValid(year))
        {
            throw new ArgumentException(ReportingYear.OutOfRangeMessage(year));
        }
        (Sector, Year, Value) = (sector, year, value);
    }

    /// <summary>Identity.</summary>
    public int Id { get; private set; }

    /// <summary>The plan.</summary>
    public int PlanId { get; private set; }

    /// <summary>The sector, or null for the total.</summary>
    public SectorCode? Sector { get; private set; }

    /// <summary>The year.</summary>
    public int Year { get; private set; }

    /// <summary>tCO2eq.</summary>
    public TonnesCo2e Value { get; private set; }

    internal void Set(TonnesCo2e value) => Value = value;
}

using Tanso.Core.Figures;

namespace Tanso.Core.Regional;

/// <summary>
/// A region's published reduction target, on the basis its plan states: base year, base emissions and their scope,
/// target year and reduction, net-zero year, with source and status. Bases differ (another base year, "under the
/// city's control", two reported bases), so the base is kept as published; <see cref="BaseEmissionsMt"/> is set only
/// when the source gives one number.
/// </summary>
/// <param name="GovernmentId">The 시·도.</param>
/// <param name="Plan">The plan or announcement the target comes from.</param>
/// <param name="BaseYear">Base year.</param>
/// <param name="BaseEmissionsText">The base as published (e.g. "8.97 or 9.43"); empty when not published.</param>
/// <param name="BaseEmissionsMt">The base in MtCO2eq when the source gives one number.</param>
/// <param name="BaseScope">What the base counts, as published; empty when not published.</param>
/// <param name="TargetYear">Target year.</param>
/// <param name="ReductionPercent">Reduction against the base, in per cent.</param>
/// <param name="TargetEmissionsMt">Target-year emissions in MtCO2eq when published.</param>
/// <param name="NetZeroYear">The published net-zero year.</param>
/// <param name="Note">Remarks of the reference file.</param>
/// <param name="Source">Where it was read.</param>
/// <param name="Status">Verified or unverified (reported by news, not read in the plan).</param>
public sealed record PublishedTarget(int GovernmentId, string Plan, int BaseYear, string BaseEmissionsText, decimal? BaseEmissionsMt, string BaseScope,
    int TargetYear, decimal? ReductionPercent, decimal? TargetEmissionsMt, int? NetZeroYear, string Note, string Source, FigureStatus Status)
{
    /// <summary>Longest plan name.</summary>
    public const int MaxPlan = 200;

    /// <summary>Database identity.</summary>
    public int Id { get; init; }
}

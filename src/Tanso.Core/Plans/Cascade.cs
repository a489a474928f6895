using Tanso.Core.Inventory;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;

namespace Tanso.Core.Plans;

/// <summary>A lower government's target for the year and sector being checked, or its absence.</summary>
/// <param name="GovernmentId">The 시·도 (against the nation) or the 시·군·구 (against its 시·도).</param>
/// <param name="Target">Its target in tonnes, or null when its plan sets none for that year and sector.</param>
/// <param name="Basis">The emissions basis its plan counts the target on (<see cref="EmissionsBasis.Unstated"/> when the plan
/// states none).</param>
public sealed record CascadeMember(int GovernmentId, TonnesCo2e? Target, EmissionsBasis Basis);

/// <summary>Do the lower plans add up to the upper one's target?</summary>
/// <param name="UpperTarget">The upper government's target.</param>
/// <param name="UpperBasis">The basis the upper target counts.</param>
/// <param name="SumOfMembers">The sum of the targets the members set on the upper target's basis.</param>
/// <param name="Gap">Sum − upper target: positive when the members together allow more than the upper target
/// (a shortfall to close), negative when they go further.</param>
/// <param name="MissingMembers">Members that set no target for this year and sector.</param>
/// <param name="OtherBasisMembers">Members whose target counts other emissions (gross against a net upper target, or
/// other IPCC guidelines): listed, never added in.</param>
/// <param name="UnstatedGuidelinesMembers">Members added in whose plans do not state the guidelines (or whose upper target
/// does not): the sum holds, but whether the guidelines match could not be checked.</param>
public sealed record CascadeResult(TonnesCo2e UpperTarget, EmissionsBasis UpperBasis, TonnesCo2e SumOfMembers, TonnesCo2e Gap,
    IReadOnlyList<int> MissingMembers, IReadOnlyList<int> OtherBasisMembers, IReadOnlyList<int> UnstatedGuidelinesMembers)
{
    /// <summary>True when every member set a target on the upper target's basis and together they reach the upper target.</summary>
    public bool AddsUp => MissingMembers.Count == 0 && OtherBasisMembers.Count == 0 && Gap.Value <= 0;

    /// <summary>The gap as a share of the upper target (null for a zero target).</summary>
    public Percentage? GapShare => UpperTarget.Value == 0 ? null : Percentage.FromFraction(Gap.Value / UpperTarget.Value);
}

/// <summary>The cascade check (none of the existing tools has it): for a target year and sector, the sum of the
/// 시·도 plans against the national target, or of a 시·도's municipalities against the 시·도. Only targets on the same
/// emissions basis are added: a gross total is never added to net ones.</summary>
public static class Cascade
{
    /// <summary>Compares the members' targets with the upper target, for the total (<paramref name="sector"/> null) or a sector.</summary>
    public static CascadeResult Check(TonnesCo2e upperTarget, EmissionsBasis upperBasis, SectorCode? sector, IEnumerable<CascadeMember> members)
    {
        var list = members.ToList();
        var withTarget = list.Where(m => m.Target is not null).ToList();
        var other = withTarget.Where(m => !SameBasis(upperBasis, m.Basis, sector)).Select(m => m.GovernmentId).ToList();
        var added = withTarget.Where(m => !other.Contains(m.GovernmentId)).ToList();
        var sum = TonnesCo2e.Sum(added.Select(m => m.Target!.Value));
        var unstated = added.Where(m => m.Basis.Guidelines == IpccGuidelines.Unknown || upperBasis.Guidelines == IpccGuidelines.Unknown)
            .Select(m => m.GovernmentId).ToList();
        return new CascadeResult(upperTarget, upperBasis, sum, sum - upperTarget, list.Where(m => m.Target is null).Select(m => m.GovernmentId).ToList(),
            other, unstated);
    }

    /// <summary>
    /// Whether a member's target counts what the upper target counts. For the total, the kind and the adjustments must be
    /// the same; a sector line is the same on every kind of basis. Guidelines must match where both state them.
    /// </summary>
    public static bool SameBasis(EmissionsBasis upper, EmissionsBasis member, SectorCode? sector)
    {
        var sameKind = sector is not null || (upper.Kind == member.Kind && upper.Adjustments == member.Adjustments);
        var sameGuidelines = upper.Guidelines == IpccGuidelines.Unknown || member.Guidelines == IpccGuidelines.Unknown || upper.Guidelines == member.Guidelines;
        return sameKind && sameGuidelines;
    }
}

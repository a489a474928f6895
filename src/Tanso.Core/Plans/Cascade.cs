using Tanso.Core.Quantities;

namespace Tanso.Core.Plans;

/// <summary>A lower government's target for the year and sector being checked, or its absence.</summary>
/// <param name="GovernmentId">The 시·도 (against the nation) or the 시·군·구 (against its 시·도).</param>
/// <param name="Target">Its target in tonnes, or null when its plan sets none for that year and sector.</param>
public sealed record CascadeMember(int GovernmentId, TonnesCo2e? Target);

/// <summary>Do the lower plans add up to the upper one's target?</summary>
/// <param name="UpperTarget">The upper government's target.</param>
/// <param name="SumOfMembers">The sum of the targets the members set.</param>
/// <param name="Gap">Sum − upper target: positive when the members together allow more than the upper target
/// (a shortfall to close), negative when they go further.</param>
/// <param name="MissingMembers">Members that set no target for this year and sector.</param>
public sealed record CascadeResult(TonnesCo2e UpperTarget, TonnesCo2e SumOfMembers, TonnesCo2e Gap, IReadOnlyList<int> MissingMembers)
{
    /// <summary>True when every member set a target and together they reach the upper target.</summary>
    public bool AddsUp => MissingMembers.Count == 0 && Gap.Value <= 0;

    /// <summary>The gap as a share of the upper target (null for a zero target).</summary>
    public Percentage? GapShare => UpperTarget.Value == 0 ? null : Percentage.FromFraction(Gap.Value / UpperTarget.Value);
}

/// <summary>The cascade check (none of the existing tools has it): for a target year and sector, the sum of the
/// 시·도 plans against the national target, or of a 시·도's municipalities against the 시·도.</summary>
public static class Cascade
{
    /// <summary>Compares the members' targets with the upper target.</summary>
    public static CascadeResult Check(TonnesCo2e upperTarget, IEnumerable<CascadeMember> members)
    {
        var list = members.ToList();
        var sum = TonnesCo2e.Sum(list.Where(m => m.Target is not null).Select(m => m.Target!.Value));
        return new CascadeResult(upperTarget, sum, sum - upperTarget, list.Where(m => m.Target is null).Select(m => m.GovernmentId).ToList());
    }
}

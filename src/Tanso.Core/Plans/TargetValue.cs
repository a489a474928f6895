using Tanso.Core.Quantities;

namespace Tanso.Core.Plans;

/// <summary>
/// A target as the plan writes it: an amount (e.g. 9.15 MtCO2eq) or a reduction against the base (e.g.
/// −45 % vs 2018). Either way it resolves to tonnes against the plan's base.
/// </summary>
public abstract record TargetValue
{
    private TargetValue()
    {
    }

    /// <summary>The target in tonnes for a base of <paramref name="baseValue"/>.</summary>
    public abstract TonnesCo2e Resolve(TonnesCo2e baseValue);

    /// <summary>The target as a change against <paramref name="baseValue"/> (null for a zero base).</summary>
    public Percentage? ChangeFrom(TonnesCo2e baseValue) => Percentage.Change(baseValue, Resolve(baseValue));

    /// <summary>An amount of emissions in the target year.</summary>
    public sealed record Amount(TonnesCo2e Tonnes) : TargetValue
    {
        /// <inheritdoc/>
        public override TonnesCo2e Resolve(TonnesCo2e baseValue) => Tonnes;
    }

    /// <summary>A reduction against the base: <c>FromPoints(45)</c> means 45 % below it.</summary>
    public sealed record ReductionVsBase(Percentage Reduction) : TargetValue
    {
        /// <inheritdoc/>
        public override TonnesCo2e Resolve(TonnesCo2e baseValue) => new(baseValue.Value * (1m - Reduction.Fraction));
    }
}

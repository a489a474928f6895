using Tanso.Core.Quantities;

namespace Tanso.Core.Plans;

/// <summary>
/// The average yearly reduction needed between two values. From 727.6 (2018) to 436.6 (2030): compound
/// 1 − (436.6 / 727.6)^(1/12) = 4.17 % a year; straight-line (727.6 − 436.6) / 12 / 727.6 = 3.33 % of the base a year.
/// </summary>
public static class ReductionRates
{
    /// <summary>Constant yearly rate r with from × (1 − r)^years = to; null when a value is not positive or years ≤ 0.</summary>
    public static Percentage? Compound(TonnesCo2e from, TonnesCo2e to, int years) =>
        from.Value <= 0 || to.Value <= 0 || years <= 0
            ? null
            : Percentage.FromFraction(1m - (decimal)Math.Pow((double)(to.Value / from.Value), 1.0 / years));

    /// <summary>Equal yearly cut as a share of the starting value; null when the start is zero or years ≤ 0.</summary>
    public static Percentage? StraightLine(TonnesCo2e from, TonnesCo2e to, int years) =>
        from.Value == 0 || years <= 0 ? null : Percentage.FromFraction((from.Value - to.Value) / years / from.Value);
}

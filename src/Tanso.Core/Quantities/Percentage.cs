using System.Globalization;

namespace Tanso.Core.Quantities;

/// <summary>
/// A percentage, held as a fraction (0.4 = 40 %). Construct it explicitly from a fraction or from percent
/// points so that 40 and 0.4 are never confused. Negative values are allowed (a −40 % change).
/// </summary>
public readonly record struct Percentage : IComparable<Percentage>
{
    private Percentage(decimal fraction) => Fraction = fraction;

    /// <summary>The value as a fraction: 0.4 for 40 %.</summary>
    public decimal Fraction { get; }

    /// <summary>The value in percent points: 40 for 40 %.</summary>
    public decimal Points => Plausible.Multiply(Fraction, 100m);

    /// <summary>From a fraction: <c>FromFraction(0.4m)</c> is 40 %.</summary>
    public static Percentage FromFraction(decimal fraction) => new(fraction);

    /// <summary>From percent points: <c>FromPoints(40m)</c> is 40 %.</summary>
    public static Percentage FromPoints(decimal points) => new(points / 100m);

    /// <summary>The change from <paramref name="from"/> to <paramref name="to"/> relative to <paramref name="from"/>;
    /// null when <paramref name="from"/> is zero (no relative change exists).</summary>
    public static Percentage? Change(TonnesCo2e from, TonnesCo2e to) =>
        Plausible.Divide(Plausible.Add(to.Value, -from.Value), Math.Abs(from.Value)) is { } f ? new Percentage(f) : null;

    /// <summary>The amount this percentage of <paramref name="amount"/> is.</summary>
    public TonnesCo2e Of(TonnesCo2e amount) => new(Plausible.Multiply(amount.Value, Fraction));

    /// <inheritdoc/>
    public int CompareTo(Percentage other) => Fraction.CompareTo(other.Fraction);

    /// <summary>Compares two percentages.</summary>
    public static bool operator <(Percentage a, Percentage b) => a.Fraction < b.Fraction;

    /// <summary>Compares two percentages.</summary>
    public static bool operator >(Percentage a, Percentage b) => a.Fraction > b.Fraction;

    /// <summary>Compares two percentages.</summary>
    public static bool operator <=(Percentage a, Percentage b) => a.Fraction <= b.Fraction;

    /// <summary>Compares two percentages.</summary>
    public static bool operator >=(Percentage a, Percentage b) => a.Fraction >= b.Fraction;

    /// <summary>Formats as percent points with the given decimals, e.g. "-40.0 %".</summary>
    public string ToString(int decimals) =>
        Math.Round(Points, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + " %";

    /// <inheritdoc/>
    public override string ToString() => ToString(1);
}

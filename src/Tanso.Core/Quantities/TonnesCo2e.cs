using System.Globalization;

namespace Tanso.Core.Quantities;

/// <summary>
/// An amount of greenhouse gas in tonnes of CO2 equivalent (tCO2eq), the unit Tanso stores.
/// Negative amounts are removals or credits. Convert to megatonnes only for display, explicitly.
/// </summary>
public readonly record struct TonnesCo2e(decimal Value) : IComparable<TonnesCo2e>
{
    /// <summary>Zero tonnes.</summary>
    public static TonnesCo2e Zero => new(0m);

    /// <summary>The same amount in megatonnes (MtCO2eq): tonnes ÷ 1,000,000.</summary>
    public MegatonnesCo2e ToMegatonnes() => new(Value / MegatonnesCo2e.TonnesPerMegatonne);

    /// <summary>Sum of amounts.</summary>
    public static TonnesCo2e Sum(IEnumerable<TonnesCo2e> amounts) => new(amounts.Sum(a => a.Value));

    /// <summary>Adds two amounts.</summary>
    public static TonnesCo2e operator +(TonnesCo2e a, TonnesCo2e b) => new(a.Value + b.Value);

    /// <summary>Subtracts two amounts.</summary>
    public static TonnesCo2e operator -(TonnesCo2e a, TonnesCo2e b) => new(a.Value - b.Value);

    /// <summary>Negates an amount.</summary>
    public static TonnesCo2e operator -(TonnesCo2e a) => new(-a.Value);

    /// <summary>Compares two amounts.</summary>
    public static bool operator <(TonnesCo2e a, TonnesCo2e b) => a.Value < b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator >(TonnesCo2e a, TonnesCo2e b) => a.Value > b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator <=(TonnesCo2e a, TonnesCo2e b) => a.Value <= b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator >=(TonnesCo2e a, TonnesCo2e b) => a.Value >= b.Value;

    /// <inheritdoc/>
    public int CompareTo(TonnesCo2e other) => Value.CompareTo(other.Value);

    /// <inheritdoc/>
    public override string ToString() => Value.ToString("#,##0.###", CultureInfo.InvariantCulture) + " tCO2eq";
}

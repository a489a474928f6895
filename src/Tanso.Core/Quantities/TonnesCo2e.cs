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

    /// <summary>Whether the amount lies in the plausible range (±<see cref="Plausible.MaxTonnes"/>); a stored value outside it is shown as invalid.</summary>
    public bool IsPlausible => Plausible.IsTonnes(Value);

    /// <summary>Sum of amounts; never overflows (see <see cref="Plausible.Add"/>).</summary>
    public static TonnesCo2e Sum(IEnumerable<TonnesCo2e> amounts) => new(Plausible.Sum(amounts.Select(a => a.Value)));

    /// <summary>Adds two amounts; never overflows.</summary>
    public static TonnesCo2e operator +(TonnesCo2e a, TonnesCo2e b) => new(Plausible.Add(a.Value, b.Value));

    /// <summary>Subtracts two amounts; never overflows.</summary>
    public static TonnesCo2e operator -(TonnesCo2e a, TonnesCo2e b) => new(Plausible.Add(a.Value, -b.Value));

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

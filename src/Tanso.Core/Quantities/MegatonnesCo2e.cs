using System.Globalization;

namespace Tanso.Core.Quantities;

/// <summary>An amount in megatonnes of CO2 equivalent (MtCO2eq), the unit national figures are published in.</summary>
public readonly record struct MegatonnesCo2e(decimal Value)
{
    internal const decimal TonnesPerMegatonne = 1_000_000m;

    /// <summary>The same amount in tonnes: megatonnes × 1,000,000.</summary>
    public TonnesCo2e ToTonnes() => new(Plausible.Multiply(Value, TonnesPerMegatonne));

    /// <summary>Rounded to a number of decimals, away from zero as published tables are.</summary>
    public MegatonnesCo2e Round(int decimals) => new(Math.Round(Value, decimals, MidpointRounding.AwayFromZero));

    /// <inheritdoc/>
    public override string ToString() => Value.ToString("#,##0.0##", CultureInfo.InvariantCulture) + " MtCO2eq";
}

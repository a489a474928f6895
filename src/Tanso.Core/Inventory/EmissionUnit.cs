namespace Tanso.Core.Inventory;

/// <summary>
/// A unit of CO2-equivalent emissions as tables name it, and its size in tonnes: 1 kt = 1 Gg = 1,000 t
/// (천톤), 1 Mt = 1 Tg = 1,000,000 t (백만톤).
/// </summary>
public sealed record EmissionUnit(string Code, string NameKo, decimal Tonnes)
{
    /// <summary>tCO2eq.</summary>
    public static readonly EmissionUnit Tonnes1 = new("t", "톤CO2eq", 1m);

    /// <summary>ktCO2eq = Gg.</summary>
    public static readonly EmissionUnit Kilotonnes = new("kt", "천톤CO2eq", 1_000m);

    /// <summary>만톤 (10,000 t), common in Korean press tables.</summary>
    public static readonly EmissionUnit TenKilotonnes = new("10kt", "만톤CO2eq", 10_000m);

    /// <summary>MtCO2eq = Tg.</summary>
    public static readonly EmissionUnit Megatonnes = new("Mt", "백만톤CO2eq", 1_000_000m);

    /// <summary>Every unit, for choices.</summary>
    public static IReadOnlyList<EmissionUnit> All { get; } = [Tonnes1, Kilotonnes, TenKilotonnes, Megatonnes];

    /// <summary>Finds the unit a text names (a header such as <c>value_kt_co2eq</c>, a cell such as
    /// <c>(단위: 천톤CO2eq)</c>, or a choice such as <c>kt</c>); null when it names none.</summary>
    public static EmissionUnit? Find(string text)
    {
        var t = new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToLowerInvariant().Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (t.Length == 0)
        {
            return null;
        }
        // Longest names first, so that 천톤 is not read as 톤 and ktco2 not as tco2.
        if (t.Contains("백만톤", StringComparison.Ordinal) || t.Contains("mtco2", StringComparison.Ordinal) || t.Contains("tgco2", StringComparison.Ordinal) || t is "mt" or "tg" or "백만t")
        {
            return Megatonnes;
        }
        if (t.Contains("만톤", StringComparison.Ordinal) && !t.Contains("천만톤", StringComparison.Ordinal))
        {
            return t.Contains("천톤", StringComparison.Ordinal) ? Kilotonnes : TenKilotonnes;
        }
        if (t.Contains("천톤", StringComparison.Ordinal) || t.Contains("ktco2", StringComparison.Ordinal) || t.Contains("ggco2", StringComparison.Ordinal)
            || t is "kt" or "gg" or "천t" || t.EndsWith("(gg)", StringComparison.Ordinal) || t.EndsWith("(kt)", StringComparison.Ordinal)
            || t.Contains("단위:gg", StringComparison.Ordinal) || t.Contains("단위:kt", StringComparison.Ordinal) || t.EndsWith("gg", StringComparison.Ordinal) || t.EndsWith("kt", StringComparison.Ordinal))
        {
            return Kilotonnes;
        }
        if (t.Contains("tco2", StringComparison.Ordinal) || t.Contains("톤co2", StringComparison.Ordinal) || t is "t" or "톤" || t.Contains("단위:톤", StringComparison.Ordinal))
        {
            return Tonnes1;
        }
        return null;
    }
}

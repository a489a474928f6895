using Tanso.Core.Governments;
using Tanso.Core.Inventory;
using Tanso.Core.Quantities;

namespace Tanso.Core.Comparison;

/// <summary>Groups of like governments: only members of one group are ever ranked together.</summary>
public enum TypeGroup
{
    /// <summary>특별·광역시 and 세종.</summary>
    Metropolitan,

    /// <summary>도, with the special self-governing provinces.</summary>
    Province,

    /// <summary>시.</summary>
    City,

    /// <summary>군.</summary>
    County,

    /// <summary>자치구.</summary>
    District,
}

/// <summary>What a ranking divides emissions by. A raw total is not a basis: it is refused, never ranked.</summary>
public enum ComparisonBasis
{
    /// <summary>Gross emissions per person (tCO2eq).</summary>
    PerCapita,

    /// <summary>Gross emissions per 100 million KRW of GRDP (tCO2eq).</summary>
    PerGrdp,

    /// <summary>Change in gross emissions since 2018 (%).</summary>
    Change,
}

/// <summary>A government's value on a basis for a year, or why it has none (then it is listed, not ranked).</summary>
/// <param name="Value">The value, rounded; null when missing.</param>
/// <param name="Missing">Why there is no value, in Korean and English.</param>
/// <param name="UsesStatistic">Whether the value divides by a statistic (population, GRDP), whose sample flag then travels with it.</param>
public sealed record ComparisonValue(decimal? Value, (string Ko, string En)? Missing, bool UsesStatistic);

/// <summary>
/// Fair comparison: governments are ranked only against their own type (특별·광역시, 도, 시, 군, 구) and only on a
/// normalised basis — emissions per person or per 100 million KRW of GRDP in the same year, or the change since 2018 —
/// never on raw totals, which mostly measure size and scope. A government whose denominator or inventory year is missing
/// is listed with the reason instead of being ranked. Lower is better on every basis; equal values share a rank.
/// </summary>
public static class PeerComparison
{
    /// <summary>The year the change basis counts from (the NDC's base year).</summary>
    public const int ChangeBaseYear = 2018;

    /// <summary>The group a type of government is compared within.</summary>
    /// <exception cref="ArgumentException">The nation, which is compared with no one.</exception>
    public static TypeGroup GroupOf(GovernmentType type) => type switch
    {
        GovernmentType.SpecialCity or GovernmentType.MetropolitanCity or GovernmentType.SpecialSelfGoverningCity => TypeGroup.Metropolitan,
        GovernmentType.Province or GovernmentType.SpecialSelfGoverningProvince => TypeGroup.Province,
        GovernmentType.City => TypeGroup.City,
        GovernmentType.County => TypeGroup.County,
        GovernmentType.District => TypeGroup.District,
        _ => throw new ArgumentException($"{type} is not compared with other governments.", nameof(type)),
    };

    /// <summary>Whether a type of government is compared at all (every type but the nation).</summary>
    public static bool IsCompared(GovernmentType type) => type != GovernmentType.Nation;

    /// <summary>Tonnes per person; null without a population above zero.</summary>
    public static decimal? PerCapita(TonnesCo2e emissions, long? population) =>
        population is > 0 ? emissions.Value / population.Value : null;

    /// <summary>Tonnes per 100 million KRW (1억 원) of GRDP; null without a GRDP above zero.</summary>
    public static decimal? PerGrdp(TonnesCo2e emissions, decimal? grdpMillionKrw) =>
        grdpMillionKrw is > 0m ? emissions.Value / (grdpMillionKrw.Value / 100m) : null;

    /// <summary>A government's value on <paramref name="basis"/> in <paramref name="year"/> from its inventory and that
    /// year's population and GRDP: per-person and per-GRDP values rounded to 3 places, the change to 2 (percentage points).</summary>
    public static ComparisonValue ValueOf(InventorySummary? inventory, long? population, decimal? grdpMillionKrw, ComparisonBasis basis, int year)
    {
        if (inventory is not { } s || !s.Years.Contains(year))
        {
            return new(null, ($"{year}년 인벤토리 없음", $"no inventory for {year}"), false);
        }
        return basis switch
        {
            ComparisonBasis.PerCapita => PerCapita(s.Gross(year), population) is { } v
                ? new(Math.Round(v, 3), null, true)
                : new(null, ($"{year}년 인구 자료 없음 — 순위에서 뺌", $"no population for {year}: not ranked"), false),
            ComparisonBasis.PerGrdp => PerGrdp(s.Gross(year), grdpMillionKrw) is { } v
                ? new(Math.Round(v, 3), null, true)
                : new(null, ($"{year}년 GRDP 자료 없음 — 순위에서 뺌", $"no GRDP for {year}: not ranked"), false),
            _ => s.Years.Contains(ChangeBaseYear) && year > ChangeBaseYear && s.GrossChange(ChangeBaseYear, year) is { } c
                ? new(Math.Round(c.Points, 2), null, false)
                : new(null, ($"{ChangeBaseYear}년 배출량 없음 — 순위에서 뺌", $"no {ChangeBaseYear} emissions: not ranked"), false),
        };
    }

    /// <summary>Ranks rows by value, lowest first (1 = lowest); equal values share a rank (1, 1, 3); equal values are
    /// listed by name (ordinal, so Korean names sort as 가나다).</summary>
    public static IReadOnlyList<(int Rank, T Row)> Rank<T>(IEnumerable<T> rows, Func<T, decimal> value, Func<T, string> name)
    {
        var ordered = rows.OrderBy(value).ThenBy(name, StringComparer.Ordinal).ToList();
        var ranked = new List<(int, T)>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var rank = i > 0 && value(ordered[i]) == value(ordered[i - 1]) ? ranked[i - 1].Item1 : i + 1;
            ranked.Add((rank, ordered[i]));
        }
        return ranked;
    }
}

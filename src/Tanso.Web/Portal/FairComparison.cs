using Tanso.Core.Governments;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Portal;

/// <summary>Groups of like governments: only members of one group are ever ranked together.</summary>
internal enum TypeGroup { Metropolitan, Province, City, County, District }

/// <summary>What a ranking divides emissions by. A raw total is not a basis: it is refused, never ranked.</summary>
internal enum ComparisonBasis { PerCapita, PerGrdp, Change }

/// <summary>One government in a comparison: its value for the year, or why it has none.</summary>
internal sealed record ComparisonRow(GovernmentFacts Facts, decimal? Value, string? Missing, bool IsSample);

/// <summary>A ranking of one group by one basis for one year: ranked rows (1 = lowest), and rows left out with their reason.</summary>
internal sealed record Comparison(TypeGroup Group, ComparisonBasis Basis, int Year, IReadOnlyList<(int Rank, ComparisonRow Row)> Ranked, IReadOnlyList<ComparisonRow> Unranked);

/// <summary>
/// Fair comparison: governments are ranked only against their own type (특별·광역시, 도, 시, 군, 구) and only on a
/// normalised basis — emissions per person or per 100 million KRW of GRDP in the same year, or the change since 2018 —
/// never on raw totals, which mostly measure size and scope. A government whose denominator or inventory year is missing
/// is listed with the reason instead of being ranked. Lower is better on every basis; equal values share a rank.
/// </summary>
internal static class FairComparison
{
    public const int ChangeBaseYear = 2018;

    public static TypeGroup GroupOf(GovernmentType type) => type switch
    {
        GovernmentType.SpecialCity or GovernmentType.MetropolitanCity or GovernmentType.SpecialSelfGoverningCity => TypeGroup.Metropolitan,
        GovernmentType.Province or GovernmentType.SpecialSelfGoverningProvince => TypeGroup.Province,
        GovernmentType.City => TypeGroup.City,
        GovernmentType.County => TypeGroup.County,
        GovernmentType.District => TypeGroup.District,
        _ => throw new ArgumentException($"{type} is not compared with other governments.", nameof(type)),
    };

    public static bool IsCompared(GovernmentType type) => type != GovernmentType.Nation;

    public static TypeGroup? ParseGroup(string? text) => text switch
    {
        null or "" or "metropolitan" => TypeGroup.Metropolitan,
        "province" => TypeGroup.Province,
        "city" => TypeGroup.City,
        "county" => TypeGroup.County,
        "district" => TypeGroup.District,
        _ => null,
    };

    public static string Key(this TypeGroup g) => g.ToString().ToLowerInvariant();

    public static string Name(this TypeGroup g) => g switch
    {
        TypeGroup.Metropolitan => Text.T("특별·광역시 (세종 포함)", "Special and metropolitan cities (with Sejong)"),
        TypeGroup.Province => Text.T("도 (특별자치도 포함)", "Provinces (with special self-governing provinces)"),
        TypeGroup.City => Text.T("시", "Cities (시)"),
        TypeGroup.County => Text.T("군", "Counties (군)"),
        _ => Text.T("자치구", "Autonomous districts (구)"),
    };

    /// <summary>The basis, null when unknown; <paramref name="refused"/> when it asks for raw totals.</summary>
    public static ComparisonBasis? ParseBasis(string? text, out bool refused)
    {
        refused = text is "total" or "gross" or "net";
        return text switch
        {
            null or "" or "per-capita" => ComparisonBasis.PerCapita,
            "per-grdp" => ComparisonBasis.PerGrdp,
            "change" => ComparisonBasis.Change,
            _ => null,
        };
    }

    public static string Key(this ComparisonBasis b) => b switch
    {
        ComparisonBasis.PerCapita => "per-capita",
        ComparisonBasis.PerGrdp => "per-grdp",
        _ => "change",
    };

    public static string Name(this ComparisonBasis b) => b switch
    {
        ComparisonBasis.PerCapita => Text.T("1인당 총배출량 (tCO2eq/인)", "Gross emissions per person (tCO2eq)"),
        ComparisonBasis.PerGrdp => Text.T("GRDP 1억 원당 총배출량 (tCO2eq)", "Gross emissions per 100 million KRW of GRDP (tCO2eq)"),
        _ => Text.T($"{ChangeBaseYear}년 대비 총배출량 증감 (%)", $"Change in gross emissions since {ChangeBaseYear} (%)"),
    };

    public static Comparison Rank(IEnumerable<GovernmentFacts> facts, TypeGroup group, ComparisonBasis basis, int year)
    {
        var rows = facts.Where(f => IsCompared(f.Government.Type) && GroupOf(f.Government.Type) == group).Select(f => RowOf(f, basis, year)).ToList();
        var ranked = new List<(int, ComparisonRow)>();
        var ordered = rows.Where(r => r.Value is not null).OrderBy(r => r.Value).ThenBy(r => r.Facts.Government.NameKo, StringComparer.Ordinal).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var rank = i > 0 && ordered[i].Value == ordered[i - 1].Value ? ranked[i - 1].Item1 : i + 1;
            ranked.Add((rank, ordered[i]));
        }
        return new Comparison(group, basis, year, ranked, rows.Where(r => r.Value is null).OrderBy(r => r.Facts.Government.NameKo, StringComparer.Ordinal).ToList());
    }

    private static ComparisonRow RowOf(GovernmentFacts f, ComparisonBasis basis, int year)
    {
        if (f.Inventory is not { } s || !s.Years.Contains(year))
        {
            return new(f, null, Text.T($"{year}년 인벤토리 없음", $"no inventory for {year}"), false);
        }
        var sample = f.Edition?.IsSample == true;
        var stat = f.StatisticOf(year);
        var statSample = stat is not null && SampleStatistics.IsSample(stat);
        return basis switch
        {
            ComparisonBasis.PerCapita => Measures.PerCapitaOf(s.Gross(year), stat?.Population) is { } v
                ? new(f, Math.Round(v, 3), null, sample || statSample)
                : new(f, null, Text.T($"{year}년 인구 자료 없음 — 순위에서 뺌", $"no population for {year}: not ranked"), sample),
            ComparisonBasis.PerGrdp => Measures.PerGrdpOf(s.Gross(year), stat?.GrdpMillionKrw) is { } v
                ? new(f, Math.Round(v, 3), null, sample || statSample)
                : new(f, null, Text.T($"{year}년 GRDP 자료 없음 — 순위에서 뺌", $"no GRDP for {year}: not ranked"), sample),
            _ => s.Years.Contains(ChangeBaseYear) && year > ChangeBaseYear && s.GrossChange(ChangeBaseYear, year) is { } c
                ? new(f, Math.Round(c.Points, 2), null, sample)
                : new(f, null, Text.T($"{ChangeBaseYear}년 배출량 없음 — 순위에서 뺌", $"no {ChangeBaseYear} emissions: not ranked"), sample),
        };
    }
}

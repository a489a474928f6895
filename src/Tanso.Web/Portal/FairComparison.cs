using Tanso.Core.Comparison;
using Tanso.Core.Governments;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Portal;

/// <summary>One government in a comparison: its value for the year, or why it has none.</summary>
internal sealed record ComparisonRow(GovernmentFacts Facts, decimal? Value, string? Missing, bool IsSample);

/// <summary>A ranking of one group by one basis for one year: ranked rows (1 = lowest), and rows left out with their reason.</summary>
internal sealed record Comparison(TypeGroup Group, ComparisonBasis Basis, int Year, IReadOnlyList<(int Rank, ComparisonRow Row)> Ranked, IReadOnlyList<ComparisonRow> Unranked);

/// <summary>Fair comparison as the portal shows it: the group and basis names and the ranking of
/// <see cref="GovernmentFacts"/>; the rules (groups, bases, values, ties) are Core's <see cref="PeerComparison"/>.</summary>
internal static class FairComparison
{
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
        _ => Text.T($"{PeerComparison.ChangeBaseYear}년 대비 총배출량 증감 (%)", $"Change in gross emissions since {PeerComparison.ChangeBaseYear} (%)"),
    };

    public static Comparison Rank(IEnumerable<GovernmentFacts> facts, TypeGroup group, ComparisonBasis basis, int year)
    {
        var rows = facts.Where(f => PeerComparison.IsCompared(f.Government.Type) && PeerComparison.GroupOf(f.Government.Type) == group)
            .Select(f => RowOf(f, basis, year)).ToList();
        var ranked = PeerComparison.Rank(rows.Where(r => r.Value is not null), r => r.Value!.Value, r => r.Facts.Government.NameKo);
        return new Comparison(group, basis, year, ranked, rows.Where(r => r.Value is null).OrderBy(r => r.Facts.Government.NameKo, StringComparer.Ordinal).ToList());
    }

    private static ComparisonRow RowOf(GovernmentFacts f, ComparisonBasis basis, int year)
    {
        var stat = f.StatisticOf(year);
        var value = PeerComparison.ValueOf(f.Inventory, stat?.Population, stat?.GrdpMillionKrw, basis, year);
        var sample = f.Inventory is { } s && s.Years.Contains(year) && f.Edition?.IsSample == true;
        var statSample = value.UsesStatistic && stat is not null && SampleStatistics.IsSample(stat);
        return value.Missing is { } why ? new(f, null, Text.T(why.Ko, why.En), sample) : new(f, value.Value, null, sample || statSample);
    }
}

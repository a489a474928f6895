using Tanso.Core.Figures;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;

namespace Tanso.Core.Tests.Figures;

/// <summary>
/// The national series as published (MtCO2eq), copied from shared/reference/national-sector-figures.csv
/// (sources there: fsc.go.kr/no010101/79643 for the 2030 targets, KTV content 634977 for the 2050
/// scenarios). The web tests check the seeded database against the file itself.
/// </summary>
public sealed class SeriesBalanceTests
{
    private static readonly string[] Order = ["전환", "산업", "건물", "수송", "농축수산", "폐기물", "수소", "탈루등", "흡수원", "CCUS", "국제감축", "직접공기포집"];

    public static TheoryData<string, decimal?[], decimal> PublishedSeries => new()
    {
        // series                        전환    산업   건물  수송  농축수산 폐기물 수소  탈루등 흡수원  CCUS   국제감축 DAC     net
        { "NDC 2021-10",                 [149.9m, 222.6m, 35.0m, 61.0m, 18.0m, 9.1m, 7.6m, 3.9m, -26.7m, -10.3m, -33.5m, null], 436.6m },
        { "1st National Basic Plan",     [145.9m, 230.7m, 35.0m, 61.0m, 18.0m, 9.1m, 8.4m, 3.9m, -26.7m, -11.2m, -37.5m, null], 436.6m },
        { "2050 Scenario A",             [0.0m,   51.1m,  6.2m,  2.8m,  15.4m, 4.4m, 0.0m, 0.5m, -25.3m, -55.1m, null,   null], 0.0m },
        { "2050 Scenario B",             [20.7m,  51.1m,  6.2m,  9.2m,  15.4m, 4.4m, 9.0m, 1.3m, -25.3m, -84.6m, null,  -7.4m], 0.0m },
    };

    [Theory]
    [MemberData(nameof(PublishedSeries))]
    public void EachPublishedSeries_NetsToItsTotal(string series, decimal?[] values, decimal net)
    {
        var lines = Lines(values);

        var computed = SeriesBalance.NetOfSectors(lines).ToMegatonnes().Value;

        Assert.True(computed == net, $"{series}: sectors net to {computed}, published total {net}");
    }

    [Fact]
    public void Inventory2018_GrossLinesAgreeWith727Point6_WithinTheRoundingOfSevenLines()
    {
        // 269.6 + 260.5 + 52.1 + 98.1 + 24.7 + 17.1 + 5.6 = 727.7: 0.1 above the stated 727.6, inside 7 × 0.05.
        var lines = Lines([269.6m, 260.5m, 52.1m, 98.1m, 24.7m, 17.1m, null, 5.6m, -41.3m, null, null, null]);
        var gross = SeriesBalance.GrossOfSectors(lines);

        Assert.Equal(727.7m, gross.ToMegatonnes().Value);
        Assert.True(SeriesBalance.AgreesWithinRounding(gross, new MegatonnesCo2e(727.6m).ToTonnes(), lineCount: 7));
        Assert.False(SeriesBalance.AgreesWithinRounding(gross, new MegatonnesCo2e(727.6m).ToTonnes(), lineCount: 1));
        Assert.True(SeriesBalance.AgreesWithinRounding(SeriesBalance.NetOfSectors(lines), new MegatonnesCo2e(686.3m).ToTonnes(), lineCount: 8));
    }

    [Fact]
    public void Totals_AreNotCountedAsSectorLines()
    {
        var lines = Lines([100m, null, null, null, null, null, null, null, -10m, null, null, null])
            .Append((FigureLine.TotalNet, new MegatonnesCo2e(90m).ToTonnes()))
            .ToList();

        Assert.Equal(90m, SeriesBalance.NetOfSectors(lines).ToMegatonnes().Value);
        Assert.Equal(100m, SeriesBalance.GrossOfSectors(lines).ToMegatonnes().Value);
    }

    private static List<(FigureLine, TonnesCo2e)> Lines(decimal?[] values) =>
        values.Select((v, i) => (v, i))
            .Where(p => p.v is not null)
            .Select(p => (FigureLine.ForSector(SectorCode.Parse(Order[p.i])), new MegatonnesCo2e(p.v!.Value).ToTonnes()))
            .ToList();
}

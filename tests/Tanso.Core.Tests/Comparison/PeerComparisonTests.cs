using Tanso.Core.Comparison;
using Tanso.Core.Governments;
using Tanso.Core.Quantities;

namespace Tanso.Core.Tests.Comparison;

public sealed class PeerComparisonTests
{
    [Theory]
    [InlineData(10_000_000, 2_000_000L, 5)]
    [InlineData(1_234_567, 1_000L, 1234.567)]
    public void PerCapita_IsEmissionsDividedByPopulation(decimal tonnes, long population, decimal expected) =>
        Assert.Equal(expected, PeerComparison.PerCapita(new TonnesCo2e(tonnes), population));

    [Fact]
    public void WithoutAPopulationOrGrdp_ThereIsNoIntensity_RatherThanAZeroOrInfinity()
    {
        Assert.Null(PeerComparison.PerCapita(new TonnesCo2e(1_000m), null));
        Assert.Null(PeerComparison.PerCapita(new TonnesCo2e(1_000m), 0));
        Assert.Null(PeerComparison.PerGrdp(new TonnesCo2e(1_000m), null));
        Assert.Equal(200m, PeerComparison.PerGrdp(new TonnesCo2e(1_000m), 500m)); // 500 million KRW = 5 × 100 million
    }

    [Theory]
    [InlineData(GovernmentType.SpecialSelfGoverningCity, TypeGroup.Metropolitan)]   // 세종 sits with the metropolitan cities
    [InlineData(GovernmentType.SpecialSelfGoverningProvince, TypeGroup.Province)]
    [InlineData(GovernmentType.District, TypeGroup.District)]
    public void Governments_AreComparedWithinTheirOwnType(GovernmentType type, TypeGroup group) =>
        Assert.Equal(group, PeerComparison.GroupOf(type));

    [Fact]
    public void TheNation_IsComparedWithNoOne()
    {
        Assert.False(PeerComparison.IsCompared(GovernmentType.Nation));
        Assert.Throws<ArgumentException>(() => PeerComparison.GroupOf(GovernmentType.Nation));
    }

    [Fact]
    public void EqualValues_ShareARank_AndTheNextRankSkips()
    {
        var ranked = PeerComparison.Rank([("부산", 7.5m), ("대구", 5m), ("인천", 7.5m), ("광주", 9m)], r => r.Item2, r => r.Item1);

        Assert.Equal(["1 대구", "2 부산", "2 인천", "4 광주"], ranked.Select(r => $"{r.Rank} {r.Row.Item1}"));
    }

    [Theory]
    [InlineData(new[] { 2010, 2018, 2022 }, 2018, 2018)]   // the plan's base year
    [InlineData(new[] { 2010, 2015, 2022 }, 2018, 2010)]   // the plan's base year missing and no 2018: the first year
    [InlineData(new[] { 2010, 2018, 2022 }, null, 2018)]   // no plan: 2018
    [InlineData(new[] { 2015, 2018 }, 2018, 2015)]         // a base year that is the latest year is no base
    public void AReduction_CountsFromThePlansBaseYear_Else2018_ElseTheFirstYear(int[] years, int? planBase, int expected) =>
        Assert.Equal(expected, MapScale.ReductionBaseYear(years, planBase));

    [Theory]
    [InlineData(-45, 0)]
    [InlineData(-30, 0)]
    [InlineData(-20, 1)]
    [InlineData(-1, 2)]
    [InlineData(5, 3)]
    [InlineData(25, 4)]
    public void ReductionClasses_RunFromBestToWorst(decimal percentChange, int bin) =>
        Assert.Equal(bin, MapScale.BinOf(percentChange, MapScale.ReductionCuts));
}

using Tanso.Core.Pathways;
using Tanso.Core.Plans;
using Tanso.Core.Quantities;

namespace Tanso.Core.Tests.Pathways;

public sealed class PathwayMetricsTests
{
    private static List<YearValue> Path(int from, params decimal[] values) =>
        values.Select((v, i) => new YearValue(from + i, new TonnesCo2e(v))).ToList();

    [Fact]
    public void SCurve_HitsTheMilestones_IsHalfwayAtTheMiddle_AndMovesSlowlyAtTheEnds()
    {
        var (values, _) = Trajectory.Build(new YearValue(2030, new TonnesCo2e(100m)), [new YearValue(2040, TonnesCo2e.Zero)], Interpolation.SCurve);

        Assert.Equal(100m, values[0].Value.Value);
        Assert.Equal(50m, values.Single(v => v.Year == 2035).Value.Value);     // 3(½)² − 2(½)³ = ½
        Assert.Equal(97.2m, values.Single(v => v.Year == 2031).Value.Value);   // 100 − 100 × (0.03 − 0.002)
        Assert.Equal(0m, values[^1].Value.Value);
        Assert.True(values[1].Value.Value - values[2].Value.Value < values[5].Value.Value - values[6].Value.Value);
    }

    [Fact]
    public void Cumulative_AddsEachYearOnce()
    {
        Assert.Equal(60m, PathwayMetrics.Cumulative(Path(2020, 10m, 20m, 30m, 40m), 2020, 2022).Value);
    }

    [Fact]
    public void NetZeroYear_IsTheFirstYearAtOrBelowZero()
    {
        Assert.Equal(2022, PathwayMetrics.NetZeroYear(Path(2020, 10m, 5m, -1m, 0m)));
        Assert.Null(PathwayMetrics.NetZeroYear(Path(2020, 10m, 5m)));
    }

    [Fact]
    public void BudgetRunOut_IsTheFirstYearTheCumulativeSumExceedsIt()
    {
        // From 2025: 100, 90, 80, 70 … cumulative 100, 190, 270, 340: a budget of 300 runs out in 2028
        // (270 ≤ 300 after 2027; 340 > 300 in 2028). A budget of 340 is used exactly, not exceeded, by 2028.
        var path = Path(2025, 100m, 90m, 80m, 70m, 60m);

        Assert.Equal(2028, PathwayMetrics.BudgetRunOutYear(path, 2025, new TonnesCo2e(300m)));
        Assert.Equal(2029, PathwayMetrics.BudgetRunOutYear(path, 2025, new TonnesCo2e(340m)));
        Assert.Null(PathwayMetrics.BudgetRunOutYear(path, 2025, new TonnesCo2e(400m)));
        Assert.Equal(2027, PathwayMetrics.BudgetRunOutYear(path, 2026, new TonnesCo2e(150m))); // 90, then 170 > 150
    }

    [Fact]
    public void Gap_IsActualMinusPath_InTheLatestCommonYear()
    {
        var gap = PathwayMetrics.GapToPath(Path(2020, 110m, 108m, 107m), Path(2018, 120m, 115m, 110m, 105m));
        Assert.Equal((2021, 3m), (gap!.Value.Year, gap.Value.Gap.Value)); // 108 − 105
        Assert.Null(PathwayMetrics.GapToPath(Path(2030, 1m), Path(2018, 1m)));
    }

    [Fact]
    public void Bau_CarriesTheLeastSquaresLineOfTheLastYearsForward_FlooredAtZero()
    {
        // 2018–2022: 100, 98, 96, 94, 92 → slope −2 a year; only the last 3 years are used here, same line.
        var projection = Bau.LinearTrend(Path(2018, 120m, 98m, 96m, 94m, 92m), 3, 2070);

        Assert.Equal(2023, projection[0].Year);
        Assert.Equal(90m, projection[0].Value.Value);
        Assert.Equal(0m, projection.Single(v => v.Year == 2070).Value.Value); // 92 − 2 × 48 < 0 → 0
        Assert.Throws<ArgumentException>(() => Bau.LinearTrend(Path(2018, 1m), 3, 2030));
        Assert.Throws<ArgumentException>(() => Bau.LinearTrend(Path(2018, 1m, 2m), 1, 2030));
    }
}

using Tanso.Core.Plans;
using Tanso.Core.Quantities;

namespace Tanso.Core.Tests.Plans;

public sealed class TrajectoryTests
{
    private static TonnesCo2e Mt(decimal mt) => new MegatonnesCo2e(mt).ToTonnes();

    [Fact]
    public void From727Point6In2018To436Point6In2030_Compound4Point17_StraightLine3Point33OfBase()
    {
        // 1 − (436.6/727.6)^(1/12) = 0.041668…; (727.6 − 436.6)/12/727.6 = 0.033329…
        Assert.Equal("4.17 %", ReductionRates.Compound(Mt(727.6m), Mt(436.6m), 12)!.Value.ToString(2));
        Assert.Equal("3.33 %", ReductionRates.StraightLine(Mt(727.6m), Mt(436.6m), 12)!.Value.ToString(2));
    }

    [Theory]
    [InlineData(0, 10, 5)]
    [InlineData(100, 0, 5)]
    [InlineData(100, 50, 0)]
    public void CompoundRate_DoesNotExist_ForNonPositiveEndsOrNoYears(decimal from, decimal to, int years) =>
        Assert.Null(ReductionRates.Compound(new TonnesCo2e(from), new TonnesCo2e(to), years));

    [Fact]
    public void StraightLine_RemovesEqualTonnesEachYear_AndHitsEveryMilestone()
    {
        var (values, notes) = Trajectory.Build(new YearValue(2018, new TonnesCo2e(120m)),
            [new YearValue(2030, new TonnesCo2e(60m)), new YearValue(2050, TonnesCo2e.Zero)], Interpolation.StraightLine);

        Assert.Empty(notes);
        Assert.Equal(Enumerable.Range(2018, 33), values.Select(v => v.Year));
        Assert.Equal(115m, values[1].Value.Value);           // 120 − 60/12
        Assert.Equal(60m, values.Single(v => v.Year == 2030).Value.Value);
        Assert.Equal(57m, values.Single(v => v.Year == 2031).Value.Value); // 60 − 60/20
        Assert.Equal(0m, values[^1].Value.Value);
    }

    [Fact]
    public void ConstantRate_CutsTheSameShareEachYear()
    {
        var (values, _) = Trajectory.Build(new YearValue(2018, Mt(727.6m)), [new YearValue(2030, Mt(436.6m))], Interpolation.ConstantRate);

        var ratios = values.Zip(values.Skip(1), (a, b) => b.Value.Value / a.Value.Value).ToList();
        Assert.All(ratios, r => Assert.Equal(0.958332m, Math.Round(r, 6)));
        Assert.Equal(Mt(436.6m), values[^1].Value);
    }

    [Fact]
    public void ConstantRate_ToZero_FallsBackToStraightLine_AndSaysSo()
    {
        var (values, notes) = Trajectory.Build(new YearValue(2030, new TonnesCo2e(100m)), [new YearValue(2050, TonnesCo2e.Zero)], Interpolation.ConstantRate);

        Assert.Equal(95m, values[1].Value.Value);
        Assert.Contains("2030–2050: straight-line", Assert.Single(notes), StringComparison.Ordinal);
    }

    [Fact]
    public void Manual_NeedsEveryYear()
    {
        var start = new YearValue(2020, new TonnesCo2e(10m));
        var milestone = new YearValue(2023, new TonnesCo2e(7m));

        var e = Assert.Throws<ArgumentException>(() => Trajectory.Build(start, [milestone], Interpolation.Manual, [new YearValue(2021, new TonnesCo2e(9m))]));
        Assert.Contains("missing 2022", e.Message, StringComparison.Ordinal);
        var (values, _) = Trajectory.Build(start, [milestone], Interpolation.Manual, [new YearValue(2021, new TonnesCo2e(9m)), new YearValue(2022, new TonnesCo2e(9.5m))]);
        Assert.Equal([10m, 9m, 9.5m, 7m], values.Select(v => v.Value.Value));
    }

    [Fact]
    public void Milestones_MustFollowTheBase_AndNotRepeat()
    {
        var start = new YearValue(2018, new TonnesCo2e(1m));
        Assert.Throws<ArgumentException>(() => Trajectory.Build(start, [new YearValue(2018, TonnesCo2e.Zero)], Interpolation.StraightLine));
        Assert.Throws<ArgumentException>(() => Trajectory.Build(start, [new YearValue(2030, TonnesCo2e.Zero), new YearValue(2030, TonnesCo2e.Zero)], Interpolation.StraightLine));
    }

    [Theory]
    [InlineData(45, 9_145_400)]   // Busan: −45 % vs 16.628 Mt (2018, emissions under the city's control)
    [InlineData(0, 16_628_000)]
    [InlineData(100, 0)]
    public void ReductionTargets_ResolveAgainstTheBase(decimal points, decimal tonnes)
    {
        var target = new TargetValue.ReductionVsBase(Percentage.FromPoints(points));

        Assert.Equal(tonnes, target.Resolve(new TonnesCo2e(16_628_000m)).Value);
        Assert.Equal(-points / 100m, target.ChangeFrom(new TonnesCo2e(16_628_000m))!.Value.Fraction);
    }

    [Fact]
    public void AmountTargets_AreTheirOwnValue() =>
        Assert.Equal(new TonnesCo2e(5m), new TargetValue.Amount(new TonnesCo2e(5m)).Resolve(new TonnesCo2e(99m)));
}

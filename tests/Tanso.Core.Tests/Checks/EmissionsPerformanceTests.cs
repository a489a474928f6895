using Tanso.Core.Checks;
using Tanso.Core.Plans;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;

namespace Tanso.Core.Tests.Checks;

public sealed class EmissionsPerformanceTests
{
    private const int Edition = 7;

    private static EmissionsReading Reading(decimal baseT, decimal trajectory, decimal? actual, SectorCode? sector = null, int? edition = Edition) =>
        new(sector ?? SectorTaxonomy.Buildings.Code, 2024, new TonnesCo2e(baseT), new TonnesCo2e(trajectory),
            actual is { } a ? new TonnesCo2e(a) : null, actual is null ? null : edition);

    [Theory]
    [InlineData(1000, 900, 940, 40, false, 60, 60, 60)]       // 60 of the 100 t planned: 60 %
    [InlineData(1000, 900, 900, 0, true, 100, 100, 100)]      // on the path exactly
    [InlineData(1000, 900, 880, -20, true, 120, 120, 120)]
    [InlineData(1000, 900, 850, -50, true, 150, 150, 120)]    // 150 %, capped at 120
    [InlineData(1000, 900, 1050, 150, false, -50, -50, 0)]    // above the base: −50 % reported, score 0
    [InlineData(-40, -50, -45, 5, false, 5, 50, 50)]          // a sink: 5 of the 10 t more removal planned
    public void ASector_IsComparedWithItsTrajectory_AndItsReductionWithThePlannedOne(decimal baseT, decimal trajectory, decimal actual,
        decimal gap, bool onTrack, decimal achieved, decimal uncapped, decimal score)
    {
        var p = EmissionsPerformance.Of(Reading(baseT, trajectory, actual));

        Assert.Equal(gap, p.Gap!.Value.Value);
        Assert.Equal(onTrack, p.OnTrack);
        Assert.Equal(baseT - trajectory, p.PlannedReduction.Value);
        Assert.Equal(achieved, p.AchievedReduction!.Value.Value);
        Assert.Equal(uncapped, p.Achievement.UncappedPercent);
        Assert.Equal(score, p.ScorePercent);
    }

    [Theory]
    [InlineData(1000, 1000, 990, 100)]   // no reduction planned and none lost
    [InlineData(1000, 1000, 1010, 0)]
    [InlineData(1000, 1020, 1000, 100)]  // growth allowed, stayed within it
    [InlineData(1000, 1020, 1030, 0)]
    public void ATrajectoryAtOrAboveTheBase_IsMetOrMissed(decimal baseT, decimal trajectory, decimal actual, decimal score)
    {
        var p = EmissionsPerformance.Of(Reading(baseT, trajectory, actual));

        Assert.Equal(KpiFormula.AtLeastTarget, p.Achievement.Formula);
        Assert.Equal(score, p.ScorePercent);
    }

    [Fact]
    public void ACustomCap_AppliesToSectorsToo_ButTheScoreNeverGoesBelowZero()
    {
        var p = EmissionsPerformance.Of(Reading(1000m, 900m, 1050m), new AchievementCap(-100m, 200m));

        Assert.Equal(-50m, p.Achievement.CappedPercent);
        Assert.Equal(0m, p.ScorePercent);
        Assert.Equal(150m, EmissionsPerformance.Of(Reading(1000m, 900m, 850m), new AchievementCap(-100m, 200m)).ScorePercent);
    }

    [Fact]
    public void WithoutActualEmissions_ThereIsNoGapAndNoScore_AndAnActualMustNameItsEdition()
    {
        var p = EmissionsPerformance.Of(Reading(1000m, 900m, null));

        Assert.Null(p.Gap);
        Assert.Null(p.OnTrack);
        Assert.Null(p.ScorePercent);
        Assert.Equal("미보고", p.Achievement.FlagKo);
        Assert.Throws<ArgumentException>(() => Reading(1000m, 900m, 950m, edition: null));
    }

    [Fact]
    public void TheTotal_AddsUpTheSectors_BeforeComputingTheAchievement()
    {
        // base 1000 + 500, path 900 + 450, actual 940 + 430: (1500 − 1370) / (1500 − 1350) = 130 / 150 = 86.67 %
        var total = EmissionsPerformance.Total([
            Reading(1000m, 900m, 940m, SectorTaxonomy.Buildings.Code),
            Reading(500m, 450m, 430m, SectorTaxonomy.Transport.Code),
        ]);

        Assert.Null(total.Reading.Sector);
        Assert.Equal(20m, total.Gap!.Value.Value);
        Assert.Equal(86.67m, Math.Round(total.ScorePercent!.Value, 2));
        Assert.Equal(Edition, total.Reading.EditionId);
    }

    [Fact]
    public void TheTotal_HasNoActualIfASectorLacksOne_AndRefusesToMixEditions()
    {
        Assert.Null(EmissionsPerformance.Total([Reading(1000m, 900m, 940m), Reading(500m, 450m, null)]).ScorePercent);
        Assert.Throws<ArgumentException>(() => EmissionsPerformance.Total([Reading(1000m, 900m, 940m), Reading(500m, 450m, 430m, edition: 8)]));
    }

    [Fact]
    public void TheTrajectoryValue_CanBeTakenFromAYearlyPath()
    {
        var (path, _) = Trajectory.Build(new YearValue(2020, new TonnesCo2e(1000m)), [new YearValue(2030, new TonnesCo2e(500m))], Interpolation.StraightLine);

        var reading = EmissionsReading.FromPath(null, 2024, new TonnesCo2e(1000m), path, new TonnesCo2e(850m), Edition);

        Assert.Equal(800m, reading!.TrajectoryValue.Value);                          // 1000 − 4 × 50
        Assert.Equal(75m, EmissionsPerformance.Of(reading).ScorePercent);             // 150 / 200
        Assert.Null(EmissionsReading.FromPath(null, 2035, new TonnesCo2e(1000m), path, null, null));
    }
}

using Tanso.Core.Checks;
using Tanso.Core.Plans;

namespace Tanso.Core.Tests.Checks;

public sealed class KpiAchievementTests
{
    private static KpiAchievement Achieve(KpiDirection direction, decimal baseValue, decimal target, decimal? actual,
        AchievementMode mode = AchievementMode.Progress, AchievementCap? cap = null) =>
        KpiAchievements.Compute(new KpiReading("지표", direction, baseValue, target, actual, mode), cap);

    [Theory]
    [InlineData(KpiDirection.Increase, 100, 200, 150, 50, 50)]      // (150 − 100) / (200 − 100)
    [InlineData(KpiDirection.Increase, 100, 200, 200, 100, 100)]    // target met exactly
    [InlineData(KpiDirection.Increase, 100, 200, 260, 160, 120)]    // 160 / 100, capped at 120
    [InlineData(KpiDirection.Increase, 100, 200, 80, -20, 0)]       // went backwards: −20, floored at 0
    [InlineData(KpiDirection.Decrease, 500, 400, 430, 70, 70)]      // (500 − 430) / (500 − 400)
    [InlineData(KpiDirection.Decrease, 500, 400, 350, 150, 120)]    // 150 / 100, capped
    [InlineData(KpiDirection.Decrease, 500, 400, 520, -20, 0)]      // rose instead of falling
    [InlineData(KpiDirection.Increase, 0, 40, 30, 75, 75)]          // zero base: 30 / 40
    [InlineData(KpiDirection.Increase, -50, 50, 0, 50, 50)]         // negative base: 50 / 100
    [InlineData(KpiDirection.Decrease, -10, -30, -25, 75, 75)]      // negative base: (−10 + 25) / (−10 + 30) = 15 / 20
    [InlineData(KpiDirection.Decrease, 0, -20, -5, 25, 25)]         // zero base going negative: 5 / 20
    public void Progress_IsProgressMadeOverProgressPlanned_InTheKpisDirection(KpiDirection direction, decimal baseValue, decimal target, decimal actual,
        decimal uncapped, decimal capped)
    {
        var a = Achieve(direction, baseValue, target, actual);

        Assert.Equal(KpiFormula.Progress, a.Formula);
        Assert.Equal(uncapped, a.UncappedPercent);
        Assert.Equal(capped, a.CappedPercent);
        Assert.Equal(uncapped != capped, a.WasCapped);
    }

    [Theory]
    [InlineData(KpiDirection.Increase, 100, 100, 100, 100)]   // planned no change, kept: 100
    [InlineData(KpiDirection.Increase, 100, 100, 130, 100)]   // better than no change: still 100
    [InlineData(KpiDirection.Increase, 100, 100, 99, 0)]      // worse: 0
    [InlineData(KpiDirection.Decrease, 100, 100, 90, 100)]
    [InlineData(KpiDirection.Decrease, 100, 100, 101, 0)]
    [InlineData(KpiDirection.Increase, 100, 90, 95, 100)]     // target on the wrong side: judged against the target only
    [InlineData(KpiDirection.Increase, 100, 90, 85, 0)]
    [InlineData(KpiDirection.Decrease, 100, 110, 105, 100)]
    [InlineData(KpiDirection.Decrease, 100, 110, 115, 0)]
    public void WithoutPlannedProgress_MeetingTheTargetIs100AndMissingItIs0(KpiDirection direction, decimal baseValue, decimal target, decimal actual, decimal expected)
    {
        var a = Achieve(direction, baseValue, target, actual);

        Assert.Equal(KpiFormula.AtLeastTarget, a.Formula);
        Assert.Equal(expected, a.UncappedPercent);
        Assert.Equal(expected, a.CappedPercent);
    }

    [Theory]
    [InlineData(KpiDirection.Increase, 80, 60, KpiFormula.RatioToTarget, 75, 75)]     // 60 / 80
    [InlineData(KpiDirection.Increase, 80, 100, KpiFormula.RatioToTarget, 125, 120)]  // 100 / 80, capped
    [InlineData(KpiDirection.Decrease, 80, 60, KpiFormula.RatioToTarget, 125, 120)]   // (160 − 60) / 80
    [InlineData(KpiDirection.Decrease, 80, 100, KpiFormula.RatioToTarget, 75, 75)]    // (160 − 100) / 80
    [InlineData(KpiDirection.Decrease, 80, 200, KpiFormula.RatioToTarget, -50, 0)]    // (160 − 200) / 80
    [InlineData(KpiDirection.Increase, 0, 5, KpiFormula.AtLeastTarget, 100, 100)]     // no ratio to a zero target
    [InlineData(KpiDirection.Decrease, -5, -3, KpiFormula.AtLeastTarget, 0, 0)]       // nor to a negative one
    public void RatioToTarget_IgnoresTheBase_AndMirrorsForADecrease(KpiDirection direction, decimal target, decimal actual, KpiFormula formula,
        decimal uncapped, decimal capped)
    {
        var a = Achieve(direction, 999m, target, actual, AchievementMode.RatioToTarget);

        Assert.Equal(formula, a.Formula);
        Assert.Equal(uncapped, a.UncappedPercent);
        Assert.Equal(capped, a.CappedPercent);
    }

    [Fact]
    public void TheCap_IsConfigurable_AndKeepsZeroAndHundredInsideIt()
    {
        Assert.Equal(100m, Achieve(KpiDirection.Increase, 100m, 200m, 260m, cap: new AchievementCap(0m, 100m)).CappedPercent);
        Assert.Equal(-20m, Achieve(KpiDirection.Increase, 100m, 200m, 80m, cap: new AchievementCap(-50m, 150m)).CappedPercent);
        Assert.Throws<ArgumentOutOfRangeException>(() => new AchievementCap(10m, 120m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AchievementCap(0m, 90m));
    }

    [Fact]
    public void AMissingActual_HasNoScore_AndIsFlaggedAsNotReported()
    {
        var a = Achieve(KpiDirection.Increase, 100m, 200m, null);

        Assert.Equal(KpiFormula.NotReported, a.Formula);
        Assert.False(a.IsReported);
        Assert.Null(a.UncappedPercent);
        Assert.Null(a.CappedPercent);
        Assert.Equal("미보고", a.FlagKo);
        Assert.Null(Achieve(KpiDirection.Increase, 100m, 200m, 150m).FlagKo);
    }

    [Fact]
    public void TheResult_CarriesItsInputsAndFormulaInBothLanguages()
    {
        var a = Achieve(KpiDirection.Decrease, 500m, 400m, 430m);

        Assert.Equal((500m, 400m, 430m), (a.Reading.BaseValue, a.Reading.TargetValue, a.Reading.ActualValue));
        Assert.Equal("(기준 − 실적) ÷ (기준 − 목표) × 100", a.FormulaKo);
        Assert.Equal("(base − actual) ÷ (base − target) × 100", a.FormulaEn);
        Assert.Same(AchievementCap.Default, a.Cap);
        Assert.Contains("변화 없음", Achieve(KpiDirection.Increase, 1m, 1m, 1m).FormulaKo, StringComparison.Ordinal);
    }

    [Fact]
    public void AReadingOfAPlanKpi_TakesTheYearsTarget_OrIsNullWithoutOne()
    {
        var kpi = new Kpi("전기차 보급", "대", KpiDirection.Increase, 1_000m, new Dictionary<int, decimal> { [2024] = 3_000m });

        var reading = KpiReading.From(kpi, 2024, 2_500m);

        Assert.Equal(75m, KpiAchievements.Compute(reading!).CappedPercent); // 1,500 / 2,000
        Assert.Null(KpiReading.From(kpi, 2025, 2_500m));
        Assert.Throws<ArgumentException>(() => new KpiReading("지표", KpiDirection.Increase, 0m, 1m, 1m, weight: 0m));
    }
}

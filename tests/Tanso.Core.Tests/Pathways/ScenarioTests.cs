using Tanso.Core.Figures;
using Tanso.Core.Pathways;
using Tanso.Core.Plans;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;

namespace Tanso.Core.Tests.Pathways;

public sealed class ScenarioTests
{
    private static readonly SectorCode Power = SectorTaxonomy.Power.Code;
    private static readonly SectorCode Industry = SectorTaxonomy.Industry.Code;
    private static readonly SectorCode Lulucf = SectorTaxonomy.Lulucf.Code;
    private static readonly SectorCode Credits = SectorTaxonomy.InternationalCredits.Code;

    private static TonnesCo2e T(decimal t) => new(t);

    private static TonnesCo2e Mt(decimal mt) => new MegatonnesCo2e(mt).ToTonnes();

    private static ScenarioDefinition Definition(int baseYear, int endYear, Interpolation method, params (SectorCode Sector, int Year, decimal Value)[] points) =>
        new(baseYear, endYear, method, points.Select(p => new LinePoint(p.Sector, p.Year, T(p.Value))).ToList(), new Dictionary<SectorCode, Interpolation>());

    [Theory]
    // Each interpolation from 100 (2020) to 25 (2030), read at 2025:
    [InlineData(Interpolation.StraightLine, 62.5)]  // 100 − 75 × ½
    [InlineData(Interpolation.ConstantRate, 50)]    // 100 × (25/100)^½
    [InlineData(Interpolation.SCurve, 62.5)]        // 3(½)² − 2(½)³ = ½ as well, at the midpoint
    public void EachInterpolation_DrawsTheLineBetweenMilestones(Interpolation method, double at2025)
    {
        var pathway = Definition(2020, 2030, method, (Power, 2020, 100m), (Power, 2030, 25m)).Compute();

        Assert.Equal((decimal)at2025, Math.Round(pathway.ValueOf(Power, 2025).Value, 6));
        Assert.Equal(25m, pathway.ValueOf(Power, 2030).Value);
    }

    [Fact]
    public void SCurve_DiffersFromStraightLine_AwayFromTheMiddle()
    {
        var s = Definition(2020, 2030, Interpolation.SCurve, (Power, 2020, 100m), (Power, 2030, 0m)).Compute();

        Assert.Equal(97.2m, s.ValueOf(Power, 2021).Value); // 100 × (1 − (3·0.01 − 2·0.001))
        Assert.Equal(2.8m, s.ValueOf(Power, 2029).Value);
    }

    [Fact]
    public void ManualLine_TakesEveryYearAsGiven()
    {
        var d = Definition(2020, 2023, Interpolation.StraightLine, (Power, 2020, 10m), (Power, 2021, 30m), (Power, 2022, 5m), (Power, 2023, 7m)) with
        {
            LineMethods = new Dictionary<SectorCode, Interpolation> { [Power] = Interpolation.Manual },
        };

        Assert.Equal([10m, 30m, 5m, 7m], d.Compute().Lines.Single().Values);
    }

    [Fact]
    public void ALineWithoutABaseValue_StartsAtZero_AndALineStaysLevelAfterItsLastPoint()
    {
        var pathway = Definition(2018, 2050, Interpolation.StraightLine,
            (Power, 2018, 100m), (Power, 2030, 40m), (Credits, 2030, -12m)).Compute();

        Assert.Equal(0m, pathway.ValueOf(Credits, 2018).Value);
        Assert.Equal(-6m, pathway.ValueOf(Credits, 2024).Value);
        Assert.Equal(40m, pathway.ValueOf(Power, 2050).Value);
        Assert.Equal(-12m, pathway.ValueOf(Credits, 2050).Value);
        Assert.Contains(pathway.Notes, n => n.Sector == Credits && n.En.Contains("starts at 0", StringComparison.Ordinal));
        Assert.Contains(pathway.Notes, n => n.Sector == Power && n.En.Contains("held level after 2030", StringComparison.Ordinal));
    }

    [Fact]
    public void NetTotal_AddsRemovalsAndCredits_GrossOnlyTheSources()
    {
        var pathway = Definition(2018, 2030, Interpolation.StraightLine,
            (Power, 2018, 100m), (Industry, 2018, 50m), (Lulucf, 2018, -20m), (Credits, 2030, -10m)).Compute();

        Assert.Equal(150m, pathway.GrossIn(2030).Value);
        Assert.Equal(120m, pathway.NetIn(2030).Value);
        Assert.Equal(150m, pathway.HeadlineIn(2018).Value); // the base year counts gross, as the NDC does
        Assert.Equal(120m, pathway.HeadlineIn(2030).Value);
    }

    [Fact]
    public void RequiredRates_From727Point6To436Point6_Are4Point17Compound_And3Point33StraightLine()
    {
        var pathway = Definition(2018, 2030, Interpolation.StraightLine, (Power, 2018, Mt(727.6m).Value), (Power, 2030, Mt(436.6m).Value)).Compute();

        var metrics = ScenarioMetrics.Measure(pathway, MetricsRequest.For(pathway), []);

        Assert.Equal("4.17 %", metrics.CompoundRate!.Value.ToString(2));
        Assert.Equal("3.33 %", metrics.StraightLineRate!.Value.ToString(2));
        Assert.Equal("-40.0 %", metrics.EndVsBase!.Value.ToString(1)); // 436.6 / 727.6 − 1 = −0.39995
    }

    [Fact]
    public void Budget_RunsOutInTheFirstYearTheCumulativeTotalExceedsIt()
    {
        // 100, 90, 80 … 0 from 2020 to 2030. Cumulative: 2020 100, 2021 190, 2022 270, 2023 340, 2024 400,
        // 2025 450, 2026 490, 2027 520 > 500: a 500 t budget from 2020 runs out in 2027; the whole path uses 550.
        var pathway = Definition(2020, 2030, Interpolation.StraightLine, (Power, 2020, 100m), (Power, 2030, 0m)).Compute();

        var metrics = ScenarioMetrics.Measure(pathway, MetricsRequest.For(pathway, T(500m)), []);

        Assert.Equal(2027, metrics.BudgetRunOutYear);
        Assert.Equal(550m, metrics.Cumulative.Value);
        Assert.Equal(2030, metrics.NetZeroYear);
        Assert.Null(ScenarioMetrics.Measure(pathway, MetricsRequest.For(pathway, T(550m)), []).BudgetRunOutYear);
    }

    [Fact]
    public void Gap_IsActualMinusPath_InTheLatestYearBothHave()
    {
        var pathway = Definition(2020, 2030, Interpolation.StraightLine, (Power, 2020, 100m), (Power, 2030, 0m)).Compute();

        var metrics = ScenarioMetrics.Measure(pathway, MetricsRequest.For(pathway), [new YearValue(2021, T(95m)), new YearValue(2022, T(84m))]);

        Assert.Equal((2022, T(4m)), metrics.Gap); // 84 − 80
    }

    [Fact]
    public void RequestsOutsideTheSpan_AreProblems_NotSilentlyClamped()
    {
        var pathway = Definition(2020, 2030, Interpolation.StraightLine, (Power, 2020, 100m)).Compute();

        var problems = (MetricsRequest.For(pathway) with { SpanTo = 2040, RateTo = 2020 }).Problems(pathway);

        Assert.Equal(["spanTo", "rateTo"], problems.Select(p => p.Field));
    }

    [Fact]
    public void WhatIf_ChangesOneMilestone_AndEveryMeasureMoves()
    {
        var d = Definition(2018, 2050, Interpolation.StraightLine, (Power, 2018, 100m), (Power, 2030, 60m), (Power, 2050, 0m));
        // A 1200 t budget: before, 2018–2030 use 13 × 80 = 1040, then 57 + 54 + 51 → exceeded in 2033; after,
        // 2018–2030 use 13 × 90 = 1170, then 76 → exceeded in 2031.
        var before = ScenarioMetrics.Measure(d.Compute(), MetricsRequest.For(d.Compute(), T(1200m)), []);

        var changed = d.WithPoint(Power, 2030, T(80m)).Compute();
        var after = ScenarioMetrics.Measure(changed, MetricsRequest.For(changed, T(1200m)), []);

        Assert.Equal(80m, after.RateToValue.Value);
        Assert.True(after.Cumulative > before.Cumulative);
        Assert.True(after.CompoundRate < before.CompoundRate);
        Assert.Equal((2033, 2031), (before.BudgetRunOutYear, after.BudgetRunOutYear));
        Assert.Single(d.Points, p => p.Year == 2030); // the original is untouched
    }

    [Fact]
    public void OfficialScenario_IsReadOnly_ButItsCopyIsNot()
    {
        var official = new Scenario(1, "2050 A안", "Scenario A", 2018, 2050, Interpolation.StraightLine);
        official.SetPoint(Power, 2018, Mt(269.6m), FigureStatus.Verified, "ref");
        official.MarkOfficial("scenario-2050-a", "");

        Assert.Throws<InvalidOperationException>(() => official.SetPoint(Power, 2030, T(1m), FigureStatus.Unverified, ""));
        var copy = official.CopyFor(2, "내 시나리오", "");
        copy.SetPoint(Power, 2030, T(1m), FigureStatus.Unverified, "my assumption");
        Assert.Equal(2, copy.Points.Count);
        Assert.False(copy.IsOfficial || copy.IsPublic);
        Assert.Throws<ArgumentException>(() => copy.SetPoint(Power, 2051, T(1m), FigureStatus.Unverified, ""));
    }
}

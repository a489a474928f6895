using Tanso.Core.Inventory;
using Tanso.Core.Checks;
using Tanso.Core.Plans;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;

namespace Tanso.Core.Tests.Checks;

public sealed class HeadlineTests
{
    private static EmissionsPerformance Performance(decimal baseMt, decimal targetMt, decimal? actualMt, SectorCode? sector = null) =>
        EmissionsPerformance.Of(new EmissionsReading(sector, 2023, Mt(baseMt), Mt(targetMt), actualMt is { } a ? Mt(a) : null, actualMt is null ? null : 1));

    private static TonnesCo2e Mt(decimal mt) => new(mt * 1_000_000m);

    public static TheoryData<string, decimal, decimal, decimal?, TargetVerdict, decimal?, decimal?, string> Figures => new()
    {
        // base, the year's target, actual → verdict, % from target, achievement %, English text
        { "below target: met", 727.6m, 633.9m, 586.0m, TargetVerdict.Met, -7.6m, 151.1m, "7.6 % below target (met)" },
        { "above target: missed", 727.6m, 625.1m, 638.97m, TargetVerdict.Missed, 2.2m, 86.5m, "2.2 % above target (missed)" },
        { "on target: met", 100m, 90m, 90m, TargetVerdict.Met, 0m, 100m, "on target (met)" },
        { "achievement above 100 % is shown uncapped", 100m, 90m, 70m, TargetVerdict.Met, -22.2m, 300m, "22.2 % below target (met)" },
        { "emissions above the base: negative achievement", 100m, 90m, 110m, TargetVerdict.Missed, 22.2m, -100m, "22.2 % above target (missed)" },
        { "no actual: not judged", 100m, 90m, null, TargetVerdict.NotJudged, null, null, "not judged (no comparable actual)" },
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public void TheHeadlineFigure_ReadsAsPublished(string rule, decimal baseMt, decimal targetMt, decimal? actualMt, TargetVerdict verdict,
        decimal? percent, decimal? achievement, string text)
    {
        var f = HeadlineFigure.Of(Performance(baseMt, targetMt, actualMt));
        Assert.True((verdict, percent, achievement, text) == (f.Verdict, Round(f.PercentFromTarget), Round(f.AchievementPercent), f.TextEn),
            $"{rule}: {f.Verdict} {f.PercentFromTarget} {f.AchievementPercent} {f.TextEn}");
    }

    [Fact]
    public void TheKoreanText_SaysBelowAndMet()
    {
        var f = HeadlineFigure.Of(Performance(727.6m, 633.9m, 586.0m));
        Assert.Equal("목표 대비 7.6 % 낮음 (달성)", f.TextKo);
        Assert.Equal("연간 감축목표의 151.1 % 달성", f.AchievementKo);
    }

    [Fact]
    public void TheScore_IsCapped_WhileTheHeadlineIsNot()
    {
        var p = Performance(100m, 90m, 70m);
        Assert.Equal((300m, 120m), (HeadlineFigure.Of(p).AchievementPercent, p.ScorePercent));
    }

    [Fact]
    public void ARemovalLine_MeetsItsTarget_WhenItRemovesMore()
    {
        var f = HeadlineFigure.Of(Performance(-41.3m, -30m, -35m, SectorTaxonomy.Lulucf.Code));
        Assert.Equal((TargetVerdict.Met, -16.7m), (f.Verdict, Round(f.PercentFromTarget)));
    }

    [Fact]
    public void ASectorThatMissed_IsFlagged_EvenWhenTheTotalMet()
    {
        var total = Performance(500m, 450m, 440m);
        var power = Performance(200m, 170m, 150m, SectorTaxonomy.Power.Code);
        var industry = Performance(300m, 280m, 290m, SectorTaxonomy.Industry.Code);
        var headline = new Headline(2023, HeadlineFigure.Of(total), [HeadlineFigure.Of(power), HeadlineFigure.Of(industry)], null);
        Assert.True(headline.SectorsMissedWhileTotalMet);
        Assert.Equal([SectorTaxonomy.Industry.Code], headline.MissedSectors.Select(s => s.Sector!.Value));
    }

    [Fact]
    public void ARegionWithNoLulucf_IsNotJudgedOnANetTarget()
    {
        var plan = new Plan(1, "plan", 2024, 2033, 2018, Mt(20m), "source");
        plan.CountOn(new EmissionsBasis(BasisKind.Net, BasisAdjustments.None, IpccGuidelines.Unknown));
        plan.SetTargets([new PlanTarget(2030, null, TargetKind.Amount, 12_000_000m)], merge: true).OrThrow();
        var inventory = ComparableEmissionsTests.Inventory(2023, (SectorTaxonomy.Power, 10m), (SectorTaxonomy.Transport, 6m));
        var headline = Headline.Of(ComparableEmissions.Readings(plan, inventory, ComparableEmissionsTests.Edition(IpccGuidelines.Unknown), 2023));
        Assert.Equal(TargetVerdict.NotJudged, headline.Total!.Verdict);
        Assert.Equal(Comparability.LulucfMissing, headline.Actual!.Status);
    }

    private static decimal? Round(decimal? value) => value is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero) : null;
}

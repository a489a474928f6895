using Tanso.Core.Pathways;
using Tanso.Core.Plans;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;

namespace Tanso.Core.Tests.Pathways;

public sealed class BauAndPlanEffectTests
{
    private static readonly SectorCode Power = SectorTaxonomy.Power.Code;
    private static readonly SectorCode Lulucf = SectorTaxonomy.Lulucf.Code;
    private static readonly SectorCode Transport = SectorTaxonomy.Transport.Code;

    private static List<YearValue> Years(int from, params decimal[] values) =>
        values.Select((v, i) => new YearValue(from + i, new TonnesCo2e(v))).ToList();

    [Fact]
    public void Bau_KeepsTheReportedYears_ThenExtendsEachSectorsTrend()
    {
        var bau = Bau.Pathway(new Dictionary<SectorCode, IReadOnlyList<YearValue>>
        {
            [Power] = Years(2018, 100m, 98m, 96m, 94m),   // −2 a year
            [Lulucf] = Years(2018, -10m, -8m, -6m, -4m),  // a shrinking sink: +2 a year, capped at 0
        }, n: 4, 2018, 2025)!;

        Assert.Equal(94m, bau.ValueOf(Power, 2021).Value);
        Assert.Equal(86m, bau.ValueOf(Power, 2025).Value);
        Assert.Equal(-2m, bau.ValueOf(Lulucf, 2022).Value);
        Assert.Equal(0m, bau.ValueOf(Lulucf, 2025).Value);
        Assert.Contains("last 4 reported years", bau.Notes[0].En, StringComparison.Ordinal);
    }

    [Fact]
    public void Bau_JoinsGapsWithStraightLines_AndHoldsASingleYearLevel()
    {
        var bau = Bau.Pathway(new Dictionary<SectorCode, IReadOnlyList<YearValue>>
        {
            [Power] = [new(2018, new TonnesCo2e(100m)), new(2020, new TonnesCo2e(80m))],
            [Transport] = Years(2018, 50m),
        }, n: 5, 2016, 2022)!;

        Assert.Equal(100m, bau.ValueOf(Power, 2016).Value); // before the first report: its value
        Assert.Equal(90m, bau.ValueOf(Power, 2019).Value);
        Assert.Equal(60m, bau.ValueOf(Power, 2022).Value);  // trend of 2018 and 2020: −10 a year
        Assert.Equal(50m, bau.ValueOf(Transport, 2022).Value);
    }

    [Fact]
    public void Bau_FromASingleReportedYear_IsFrozen_AndSaysSo()
    {
        var bau = Bau.Pathway(new Dictionary<SectorCode, IReadOnlyList<YearValue>> { [Power] = Years(2018, 100m) }, 5, 2018, 2030)!;

        Assert.Equal(100m, bau.ValueOf(Power, 2030).Value);
        Assert.Contains("frozen BAU", bau.Notes[0].En, StringComparison.Ordinal);
    }

    [Fact]
    public void Bau_WithoutHistory_IsNull() =>
        Assert.Null(Bau.Pathway(new Dictionary<SectorCode, IReadOnlyList<YearValue>>(), 5, 2018, 2050));

    [Fact]
    public void PlanEffect_CountsTheLowestLevelOnce_AndInheritsTheParentsSector()
    {
        var area = new PlanTask(TaskLevel.Area, "1", "수송", "", Transport, 2024, 2030);
        var task = new PlanTask(TaskLevel.Task, "1-1", "전기차", "", null, 2024, 2030) { Parent = area };
        var sub1 = new PlanTask(TaskLevel.SubProject, "1-1-1", "보조금", "", null, 2024, 2030) { Parent = task };
        var sub2 = new PlanTask(TaskLevel.SubProject, "1-1-2", "충전기", "", null, 2024, 2030) { Parent = task };
        task.WithYear(new PlanTaskYear(2025, null, new TonnesCo2e(999m))); // the sum its sub-projects also give: not counted twice
        sub1.WithYear(new PlanTaskYear(2025, 1_000_000m, new TonnesCo2e(600m)));
        sub2.WithYear(new PlanTaskYear(2025, 500_000m, new TonnesCo2e(400m)));
        var loose = new PlanTask(TaskLevel.Area, "9", "홍보", "", null, 2024, 2030);
        loose.WithYear(new PlanTaskYear(2025, null, new TonnesCo2e(50m)));

        var (bySector, without) = PlanEffect.ExpectedReductions([area, task, sub1, sub2, loose]);

        Assert.Equal(1000m, bySector[(Transport, 2025)].Value);
        Assert.Equal(50m, without.Value);
    }

    [Fact]
    public void PlanEffect_TakesTheReductionsOffTheBaseline()
    {
        var bau = Bau.Pathway(new Dictionary<SectorCode, IReadOnlyList<YearValue>> { [Transport] = Years(2020, 5000m) }, 5, 2020, 2030)!;
        var task = new PlanTask(TaskLevel.Task, "1", "버스", "", Transport, 2025, 2026);
        task.WithYear(new PlanTaskYear(2025, null, new TonnesCo2e(300m)));
        task.WithYear(new PlanTaskYear(2026, null, new TonnesCo2e(700m)));

        var withPlan = PlanEffect.Apply(bau, [task]);

        Assert.Equal(5000m, withPlan.NetIn(2024).Value);
        Assert.Equal(4700m, withPlan.NetIn(2025).Value);
        Assert.Equal(4300m, withPlan.NetIn(2026).Value);
        Assert.Equal(5000m, withPlan.NetIn(2027).Value); // a reduction counts only in the years it is expected
    }
}

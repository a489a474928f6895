using Tanso.Core.Inventory;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;

namespace Tanso.Core.Tests.Inventory;

public sealed class InventoryTests
{
    private static InventoryEntry E(Sector s, int year, decimal t, string sub = "", Gas gas = Gas.Total) =>
        new(1, 7, s.Code, sub, gas, ReportingYear.Of(year), new TonnesCo2e(t));

    [Theory]
    [InlineData("", Gas.Total)]
    [InlineData("CO2eq", Gas.Total)]
    [InlineData("합계", Gas.Total)]
    [InlineData("co2", Gas.CO2)]
    [InlineData("HFC", Gas.HFCs)]
    [InlineData("SF6", Gas.SF6)]
    public void Gas_ParsesWhatTablesWrite(string text, Gas gas)
    {
        Assert.True(Gases.TryParse(text, out var parsed));
        Assert.Equal(gas, parsed);
    }

    [Fact]
    public void NegativeValues_AreAllowedOnlyOnRemovalLines()
    {
        Assert.NotNull(InventoryEntry.ProblemWith(SectorTaxonomy.Transport, new TonnesCo2e(-1m)));
        Assert.Null(InventoryEntry.ProblemWith(SectorTaxonomy.Lulucf, new TonnesCo2e(-1m)));
        Assert.Null(InventoryEntry.ProblemWith(SectorTaxonomy.Transport, TonnesCo2e.Zero));
    }

    [Fact]
    public void Summary_UsesTheSectorLine_OrElseAddsItsSubSectors_AndIgnoresSingleGases()
    {
        var summary = InventorySummary.Build(
        [
            E(SectorTaxonomy.Buildings, 2020, 30m), E(SectorTaxonomy.Buildings, 2020, 20m, "가정"), // the sector line wins
            E(SectorTaxonomy.Transport, 2020, 15m, "도로"), E(SectorTaxonomy.Transport, 2020, 5m, "철도"),
            E(SectorTaxonomy.Power, 2020, 999m, gas: Gas.CO2),
            E(SectorTaxonomy.Power, 2020, 50m), E(SectorTaxonomy.Lulucf, 2020, -10m),
            E(SectorTaxonomy.Power, 2018, 80m), E(SectorTaxonomy.Buildings, 2018, 20m),
        ]);

        Assert.Equal([2018, 2020], summary.Years);
        Assert.Equal(30m, summary.Value(2020, SectorTaxonomy.Buildings)!.Value.Value);
        Assert.Equal(20m, summary.Value(2020, SectorTaxonomy.Transport)!.Value.Value);
        Assert.Equal(100m, summary.Gross(2020).Value); // 50 + 30 + 20
        Assert.Equal(90m, summary.Net(2020).Value);
        Assert.Equal(0.5m, summary.Share(2020, SectorTaxonomy.Power)!.Value.Fraction);
        Assert.Null(summary.Share(2020, SectorTaxonomy.Lulucf));
        Assert.Equal(0m, summary.GrossChange(2018, 2020)!.Value.Fraction); // 100 → 100
        Assert.Equal(-0.375m, summary.SectorChange(SectorTaxonomy.Power, 2018, 2020)!.Value.Fraction); // 80 → 50
        Assert.Null(summary.GrossChange(2019, 2020));
    }

    [Fact]
    public void Diff_ListsChangedAddedAndRemovedLines_AndTheNetChangePerYear()
    {
        var older = new[] { E(SectorTaxonomy.Power, 2020, 100m), E(SectorTaxonomy.Waste, 2020, 10m), E(SectorTaxonomy.Power, 2019, 90m) };
        var newer = new[] { E(SectorTaxonomy.Power, 2020, 120m), E(SectorTaxonomy.Power, 2019, 90m), E(SectorTaxonomy.Buildings, 2019, 5m) };

        var changes = InventoryDiff.Compare(older, newer);

        Assert.Equal(
            [("buildings", 2019, (decimal?)null, (decimal?)5m), ("power", 2020, 100m, 120m), ("waste", 2020, 10m, null)],
            changes.Select(c => (c.Sector, c.Year, c.Before?.Value, c.After?.Value)));
        Assert.Equal(new Dictionary<int, TonnesCo2e> { [2019] = new(5m), [2020] = new(10m) }, InventoryDiff.ByYear(changes));
    }
}

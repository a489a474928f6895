using Tanso.Core.Checks;
using Tanso.Core.Figures;
using Tanso.Core.Inventory;
using Tanso.Core.Plans;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;

namespace Tanso.Core.Tests.Checks;

public sealed class ComparableEmissionsTests
{
    private static readonly EmissionsBasis Gross = new(BasisKind.Gross, BasisAdjustments.None, IpccGuidelines.Ipcc1996);
    private static readonly EmissionsBasis Net = new(BasisKind.Net, BasisAdjustments.None, IpccGuidelines.Ipcc1996);

    internal static InventoryEdition Edition(IpccGuidelines guidelines, int id = 7) =>
        new("e", "판", "edition", "GIR", new DateOnly(2024, 9, 10), "", "") { Id = id, Guidelines = guidelines };

    /// <summary>An inventory of one year from (sector, Mt) lines.</summary>
    internal static InventorySummary Inventory(int year, params (Sector Sector, decimal Mt)[] lines) =>
        InventorySummary.Build(lines.Select(l => new InventoryEntry(7, 1, l.Sector.Code, "", Gas.Total, ReportingYear.Of(year), new TonnesCo2e(l.Mt * 1_000_000m))));

    // Mt: power 200, industry 300, LULUCF −40, CCUS −2, international −3 (a year of a made-up inventory).
    private static readonly InventorySummary Full = Inventory(2023,
        (SectorTaxonomy.Power, 200m), (SectorTaxonomy.Industry, 300m), (SectorTaxonomy.Lulucf, -40m), (SectorTaxonomy.Ccus, -2m), (SectorTaxonomy.InternationalCredits, -3m));

    private static readonly InventorySummary NoSink = Inventory(2023, (SectorTaxonomy.Power, 200m), (SectorTaxonomy.Industry, 300m));

    public static TheoryData<string, BasisKind, BasisAdjustments, IpccGuidelines, IpccGuidelines, bool, decimal?, Comparability> Cases => new()
    {
        { "gross counts the emission sources only", BasisKind.Gross, BasisAdjustments.None, IpccGuidelines.Ipcc1996, IpccGuidelines.Ipcc1996, true, 500m, Comparability.Comparable },
        { "net adds the LULUCF line", BasisKind.Net, BasisAdjustments.None, IpccGuidelines.Ipcc1996, IpccGuidelines.Ipcc1996, true, 460m, Comparability.Comparable },
        { "net with CCUS adds its line", BasisKind.NetWithAdjustments, BasisAdjustments.Ccus, IpccGuidelines.Ipcc1996, IpccGuidelines.Ipcc1996, true, 458m, Comparability.Comparable },
        { "NDC basis adds CCUS and international reductions", BasisKind.NetWithAdjustments, BasisAdjustments.Ccus | BasisAdjustments.InternationalCredits, IpccGuidelines.Ipcc1996, IpccGuidelines.Ipcc1996, true, 455m, Comparability.Comparable },
        { "a region with no LULUCF line gets no net actual", BasisKind.Net, BasisAdjustments.None, IpccGuidelines.Ipcc1996, IpccGuidelines.Ipcc1996, false, null, Comparability.LulucfMissing },
        { "a region with no LULUCF line is still compared on gross", BasisKind.Gross, BasisAdjustments.None, IpccGuidelines.Ipcc1996, IpccGuidelines.Ipcc1996, false, 500m, Comparability.Comparable },
        { "a 2006-GL edition is not compared with a 1996-GL target", BasisKind.Gross, BasisAdjustments.None, IpccGuidelines.Ipcc1996, IpccGuidelines.Ipcc2006, true, null, Comparability.GuidelinesDiffer },
        { "an edition that does not state its guidelines is compared", BasisKind.Net, BasisAdjustments.None, IpccGuidelines.Ipcc1996, IpccGuidelines.Unknown, true, 460m, Comparability.Comparable },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheComparableActual_FollowsTheBasis(string rule, BasisKind kind, BasisAdjustments adjustments, IpccGuidelines target, IpccGuidelines edition,
        bool withSink, decimal? expectedMt, Comparability expected)
    {
        var actual = ComparableEmissions.For(withSink ? Full : NoSink, Edition(edition), 2023, new EmissionsBasis(kind, adjustments, target));
        Assert.True((expectedMt, expected) == (actual.Value?.Value / 1_000_000m, actual.Status), rule);
    }

    [Fact]
    public void AMissingAdjustmentLine_CountsAsZero_AndSaysSo()
    {
        var sinkOnly = Inventory(2023, (SectorTaxonomy.Power, 200m), (SectorTaxonomy.Lulucf, -40m));
        var actual = ComparableEmissions.For(sinkOnly, Edition(IpccGuidelines.Ipcc1996), 2023, EmissionsBasis.NationalNdc);
        Assert.Equal(160_000_000m, actual.Value!.Value.Value);
        Assert.Equal(2, actual.Notes.Count(n => n.En.Contains("counted as 0", StringComparison.Ordinal)));
    }

    [Fact]
    public void AMissingLulucfLine_IsNamedInTheNote()
    {
        var actual = ComparableEmissions.For(NoSink, Edition(IpccGuidelines.Ipcc1996), 2023, Net);
        Assert.Contains(actual.Notes, n => n.En.Contains("no LULUCF line for 2023", StringComparison.Ordinal) && n.Ko.Contains("흡수원", StringComparison.Ordinal));
    }

    [Fact]
    public void TheEditionUnderTheTargetsGuidelines_IsChosenOverANewerOne()
    {
        var newer2006 = Edition(IpccGuidelines.Ipcc2006, id: 2);
        var older1996 = Edition(IpccGuidelines.Ipcc1996, id: 1);
        Assert.Equal(1, ComparableEmissions.ChooseEdition([newer2006, older1996], Gross)!.Id);
        Assert.Equal(2, ComparableEmissions.ChooseEdition([newer2006, older1996], EmissionsBasis.Unstated)!.Id);
    }

    [Fact]
    public void AdjustmentsNeedTheAdjustedBasis()
    {
        Assert.Throws<ArgumentException>(() => new EmissionsBasis(BasisKind.Net, BasisAdjustments.Ccus, IpccGuidelines.Ipcc1996));
        Assert.Throws<ArgumentException>(() => new EmissionsBasis(BasisKind.NetWithAdjustments, BasisAdjustments.None, IpccGuidelines.Ipcc1996));
    }
}

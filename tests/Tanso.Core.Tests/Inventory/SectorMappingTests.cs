using Tanso.Core.Inventory;
using Tanso.Core.Sectors;

namespace Tanso.Core.Tests.Inventory;

/// <summary>
/// Lines of published tables placed through a mapping table built here (rows as the shipped table writes them):
/// aggregates are recognised and never become sectors, IPCC codes find their national sector in either numbering,
/// and an unknown name is refused with the closest known names.
/// </summary>
public sealed class SectorMappingTests
{
    private static SectorAlias Name(string key, string mapsTo, string top = "") => new("name", key, mapsTo, top, "");

    private static readonly SectorAlias[] Table =
    [
        Name("총배출량", "total"), Name("합계", "total"), Name("계", "total"), Name("순배출량", "net"), Name("소계", "subtotal"),
        Name("전환", "power"), Name("수송", "transport"), Name("건물", "buildings"), Name("폐기물", "waste", "5"),
        Name("농업", "agriculture", "3"), Name("에너지", "mixed", "1"), Name("에너지산업", "code:1.A.1"),
        new("energy", "1", "mixed", "", ""), new("energy", "1.A", "mixed", "", ""), new("energy", "1.A.1", "power", "", ""),
        new("energy", "1.A.3", "transport", "", ""), new("nir", "3", "agriculture", "", ""), new("nir", "5", "waste", "", ""),
        new("ipcc1996", "4", "agriculture", "", ""), new("ipcc2006", "3", "mixed", "", ""), new("ipcc2006", "3.A", "agriculture", "", ""),
    ];

    private static LinePlacement Placed(string sector, string sub = "", string code = "", string numbering = "nir")
    {
        var (placement, problem) = new SectorMapping(Table, numbering).Place(sector, sub, code);
        Assert.Null(problem);
        return placement!;
    }

    [Theory]
    [InlineData("총배출량", "", LineRole.Total)]
    [InlineData("총배출량(kt CO2-eq)", "", LineRole.Total)]
    [InlineData("합계", "", LineRole.Total)]
    [InlineData("순배출량", "", LineRole.Net)]
    [InlineData("순배출량(천톤CO2eq)", "", LineRole.Net)]
    [InlineData("소계", "", LineRole.Subtotal)]
    [InlineData("수송 소계", "", LineRole.Subtotal)]
    [InlineData("Energy subtotal", "", LineRole.Subtotal)]
    [InlineData("건물", "계", LineRole.Subtotal)]
    [InlineData("건물", "소계", LineRole.Subtotal)]
    public void AggregateRows_AreRecognised_AndNeverStoredAsSectors(string sector, string sub, LineRole role)
    {
        var placed = Placed(sector, sub);
        Assert.Equal(role, placed.Role);
        Assert.True(placed.IsAggregate);
    }

    [Fact]
    public void ASubtotalUnderASector_BelongsToThatSector_SoItIsCheckedAgainstItsLines() =>
        Assert.Equal(SectorTaxonomy.Buildings, Placed("건물", "계").Sector);

    [Theory]
    [InlineData("전환", "", "", "power", false)]
    [InlineData("수송", "도로", "", "transport", false)]
    [InlineData("에너지", "1.A.1 에너지산업", "", "power", false)]
    [InlineData("1. 에너지", "1.A.3 수송", "", "transport", false)]
    [InlineData("에너지산업", "", "", "power", false)]
    [InlineData("농업", "", "", "agriculture", false)]
    [InlineData("농업", "장내발효", "3.A", "agriculture", true)]
    [InlineData("폐기물", "", "", "waste", false)]
    public void PublishedNamesAndCodes_MapOntoTheNationalSectors(string sector, string sub, string code, string expected, bool nested)
    {
        var placed = Placed(sector, sub, code);
        Assert.Equal((LineRole.Sector, expected, nested), (placed.Role, placed.Sector!.Code.Value, placed.Nested));
    }

    [Fact]
    public void TheSameCode_MeansWhatItsNumberingSays()
    {
        // Agriculture is sector 4 in the 1996 guidelines and part of AFOLU (3) in 2006.
        Assert.Equal("agriculture", Placed("4.A 장내발효", numbering: "ipcc1996").Sector!.Code.Value);
        Assert.Equal("agriculture", Placed("3.A 가축", numbering: "ipcc2006").Sector!.Code.Value);
        Assert.Equal(LineRole.Mixed, Placed("3 AFOLU", numbering: "ipcc2006").Role);
    }

    [Fact]
    public void AnUnknownName_IsRefusedWithTheClosestKnownNames()
    {
        var (placement, problem) = new SectorMapping(Table).Place("수송부문", "", "");

        Assert.Null(placement);
        Assert.Contains("unknown sector '수송부문'", problem!.Value.En, StringComparison.Ordinal);
        Assert.Contains("수송", problem.Value.En, StringComparison.Ordinal);
        Assert.Equal("수송", new SectorMapping(Table).Suggest("수송부문")[0]);
    }

    [Fact]
    public void AnUnknownCode_NamesItsNumbering() =>
        Assert.Contains("'9.Z' (nir numbering)", new SectorMapping(Table).Place("에너지", "", "9.Z").Problem!.Value.En, StringComparison.Ordinal);

    [Theory]
    [InlineData("1A1a", "1.A.1.a")]
    [InlineData("1.A.1.a.", "1.A.1.a")]
    [InlineData(" 1.A ", "1.A")]
    public void Codes_AreKeyedOneWay(string code, string normal) => Assert.Equal(normal, SectorMapping.NormalizeCode(code));
}

using Tanso.Core.Sectors;

namespace Tanso.Core.Tests.Sectors;

public sealed class SectorTaxonomyTests
{
    [Fact]
    public void Taxonomy_HasTheTwelveNationalSectorsInOrder()
    {
        Assert.Equal(
            ["전환", "산업", "건물", "수송", "농축수산", "폐기물", "수소", "탈루등", "흡수원", "CCUS", "국제감축", "직접공기포집"],
            SectorTaxonomy.All.Select(s => s.NameKo));
        Assert.Equal(Enumerable.Range(1, 12), SectorTaxonomy.All.Select(s => s.Order));
        Assert.Equal(12, SectorTaxonomy.All.Select(s => s.Code).Distinct().Count());
    }

    [Theory]
    [InlineData("전환", "Power", SectorKind.EmissionSource, "1.A.1")]
    [InlineData("산업", "Industry", SectorKind.EmissionSource, "1.A.2, 2")]
    [InlineData("건물", "Buildings", SectorKind.EmissionSource, "1.A.4.a, 1.A.4.b")]
    [InlineData("수송", "Transport", SectorKind.EmissionSource, "1.A.3")]
    [InlineData("농축수산", "Agriculture", SectorKind.EmissionSource, "3.A, 3.C, 1.A.4.c")]
    [InlineData("폐기물", "Waste", SectorKind.EmissionSource, "4")]
    [InlineData("수소", "Hydrogen", SectorKind.EmissionSource, null)]
    [InlineData("탈루등", "Fugitive etc", SectorKind.EmissionSource, "1.B")]
    [InlineData("흡수원", "LULUCF sink", SectorKind.Removal, "3.B")]
    [InlineData("CCUS", "CCUS", SectorKind.Removal, "1.C")]
    [InlineData("국제감축", "International credits", SectorKind.InternationalCredit, null)]
    [InlineData("직접공기포집", "Direct air capture", SectorKind.Removal, null)]
    public void EachSector_HasItsEnglishNameKindAndIpccCategory(string ko, string en, SectorKind kind, string? ipcc)
    {
        var sector = SectorTaxonomy.Find(ko)!;

        Assert.Equal((en, kind, ipcc), (sector.NameEn, sector.Kind, sector.IpccCategory));
        Assert.Equal(kind != SectorKind.EmissionSource, sector.IsNegativeLine);
    }

    [Theory]
    [InlineData("power", "power")]
    [InlineData("전환", "power")]
    [InlineData("POWER", "power")]
    [InlineData(" LULUCF sink ", "lulucf")]
    [InlineData("국제감축", "intl-credits")]
    public void SectorCode_ParsesCodesAndNamesInEitherLanguage(string text, string code)
    {
        Assert.True(SectorCode.TryParse(text, out var parsed));
        Assert.Equal(code, parsed.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("총배출량")]
    [InlineData("nuclear")]
    public void SectorCode_RefusesWhatIsNotASector(string? text)
    {
        Assert.False(SectorCode.TryParse(text, out _));
        if (text is not null)
        {
            var e = Assert.Throws<FormatException>(() => SectorCode.Parse(text));
            Assert.Contains("not a sector of the national taxonomy", e.Message);
        }
    }
}

using Tanso.Core.Governments;

namespace Tanso.Core.Tests.Governments;

public sealed class GovernmentTests
{
    [Theory]
    [InlineData("11", true, GovernmentLevel.Province)]
    [InlineData("11010", true, GovernmentLevel.Municipality)]
    [InlineData("1", false, null)]
    [InlineData("111", false, null)]
    [InlineData("1a", false, null)]
    [InlineData("", false, null)]
    public void RegionCode_IsTwoDigitsForAProvinceAndFiveForAMunicipality(string text, bool ok, GovernmentLevel? level)
    {
        Assert.Equal(ok, RegionCode.TryParse(text, out var code));
        if (ok)
        {
            Assert.Equal(level, code.Level);
        }
    }

    [Theory]
    [InlineData("특별시", GovernmentType.SpecialCity, GovernmentLevel.Province)]
    [InlineData("광역시", GovernmentType.MetropolitanCity, GovernmentLevel.Province)]
    [InlineData("특별자치시", GovernmentType.SpecialSelfGoverningCity, GovernmentLevel.Province)]
    [InlineData("도", GovernmentType.Province, GovernmentLevel.Province)]
    [InlineData("특별자치도", GovernmentType.SpecialSelfGoverningProvince, GovernmentLevel.Province)]
    [InlineData("시", GovernmentType.City, GovernmentLevel.Municipality)]
    [InlineData("군", GovernmentType.County, GovernmentLevel.Municipality)]
    [InlineData("구", GovernmentType.District, GovernmentLevel.Municipality)]
    public void GovernmentTypes_ParseTheKoreanNamesAndKnowTheirLevel(string ko, GovernmentType type, GovernmentLevel level)
    {
        Assert.Equal(type, GovernmentTypes.FromKorean(ko));
        Assert.Equal(ko, type.Korean());
        Assert.Equal(level, type.Level());
    }

    [Fact]
    public void Province_NeedsBothCodes_AtProvinceLength()
    {
        var busan = new Government(GovernmentType.MetropolitanCity, "부산광역시", "Busan", RegionCode.Parse("26"), RegionCode.Parse("21"));

        Assert.Equal(GovernmentLevel.Province, busan.Level);
        Assert.Equal("Busan", busan.Name("en"));
        Assert.Equal("부산광역시", busan.Name("ko"));
        Assert.Throws<ArgumentException>(() => new Government(GovernmentType.MetropolitanCity, "부산광역시", "Busan", null, RegionCode.Parse("21")));
        Assert.Throws<ArgumentException>(() => new Government(GovernmentType.MetropolitanCity, "부산광역시", "Busan", RegionCode.Parse("26110"), RegionCode.Parse("21")));
    }

    [Fact]
    public void Nation_HasNoRegionalCodes()
    {
        var nation = new Government(GovernmentType.Nation, "대한민국", "Republic of Korea", null, null);

        Assert.Equal(GovernmentLevel.National, nation.Level);
        Assert.True(nation.IsValidOn(new DateOnly(2026, 11, 23)));
    }
}

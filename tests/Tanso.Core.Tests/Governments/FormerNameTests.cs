using Tanso.Core.Governments;

namespace Tanso.Core.Tests.Governments;

public sealed class FormerNameTests
{
    private static Government NamGu() => new(GovernmentType.District, "남구", "Nam-gu", null, RegionCode.Parse("23030"));

    [Fact]
    public void ARenamedDistrict_IsCalledByTheNameOfEachDay()
    {
        var g = NamGu();
        g.Rename("미추홀구", "Michuhol-gu", new DateOnly(2018, 7, 1), "행정안전부");

        Assert.Equal("남구", g.NameOn(new DateOnly(2018, 6, 30), "ko"));
        Assert.Equal("미추홀구", g.NameOn(new DateOnly(2018, 7, 1), "ko"));
        Assert.Equal("Nam-gu", g.NameOn(new DateOnly(2010, 1, 1), "en"));
        Assert.Equal("미추홀구", g.NameKo);
        Assert.Equal(new FormerName("남구", "Nam-gu", new DateOnly(2018, 6, 30), "행정안전부"), Assert.Single(g.FormerNames));
    }

    [Fact]
    public void TwoRenames_EachYearGetsItsOwnName()
    {
        var g = NamGu();
        g.Rename("가구", "Ga-gu", new DateOnly(2010, 1, 1), "s");
        g.Rename("나구", "Na-gu", new DateOnly(2020, 1, 1), "s");

        Assert.Equal("남구", g.NameOn(new DateOnly(2005, 1, 1), "ko"));
        Assert.Equal("가구", g.NameOn(new DateOnly(2015, 1, 1), "ko"));
        Assert.Equal("나구", g.NameOn(new DateOnly(2025, 1, 1), "ko"));
    }

    [Fact]
    public void ARenameToTheSameName_OrNotAfterTheLastOne_IsRefused()
    {
        var g = NamGu();
        Assert.Throws<ArgumentException>(() => g.Rename("남구", "Nam-gu", new DateOnly(2018, 7, 1), "s"));
        g.Rename("미추홀구", "Michuhol-gu", new DateOnly(2018, 7, 1), "s");
        Assert.Throws<ArgumentException>(() => g.Rename("다구", "Da-gu", new DateOnly(2018, 7, 1), "s"));
    }

    [Fact]
    public void AFormerNameRecordedLater_TakesItsPlaceInTime_AndOnlyOnce()
    {
        var g = new Government(GovernmentType.District, "미추홀구", "Michuhol-gu", null, RegionCode.Parse("23030"));
        Assert.True(g.RecordFormerName(new FormerName("남구", "Nam-gu", new DateOnly(2018, 6, 30), "s")));
        Assert.False(g.RecordFormerName(new FormerName("남구", "Nam-gu", new DateOnly(2018, 6, 30), "s")));

        Assert.Equal("남구", g.NameOn(new DateOnly(2017, 12, 31), "ko"));
        Assert.Single(g.FormerNames);
    }
}

using Tanso.Core.Figures;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;

namespace Tanso.Core.Tests.Figures;

public sealed class FigureTests
{
    [Theory]
    [InlineData("verified", FigureStatus.Verified, "검증")]
    [InlineData("Derived", FigureStatus.Derived, "산출")]
    [InlineData("UNVERIFIED", FigureStatus.Unverified, "미검증")]
    public void Status_ParsesAndHasAKoreanLabel(string text, FigureStatus status, string ko)
    {
        Assert.True(FigureStatuses.TryParse(text, out var parsed));
        Assert.Equal(status, parsed);
        Assert.Equal(ko, parsed.Korean());
    }

    [Theory]
    [InlineData("official")]
    [InlineData("3")]
    [InlineData("")]
    public void Status_RefusesUnknownWords(string text) => Assert.False(FigureStatuses.TryParse(text, out _));

    [Theory]
    [InlineData("total-gross", "총배출량")]
    [InlineData("total-net", "순배출량")]
    [InlineData("power", "전환")]
    public void FigureLine_RoundTripsThroughItsCode(string code, string ko)
    {
        var line = FigureLine.Parse(code);

        Assert.Equal(code, line.Code);
        Assert.Equal(ko, line.NameKo);
        Assert.Equal(line, FigureLine.Parse(line.Code));
    }

    [Fact]
    public void OfficialFigure_MustCiteASource()
    {
        var line = FigureLine.ForSector(SectorTaxonomy.Power.Code);

        Assert.Throws<ArgumentException>(() => new OfficialFigure(1, ReportingYear.Of(2030), line, new TonnesCo2e(1m), FigureStatus.Verified, " ", 1));
        var figure = new OfficialFigure(1, ReportingYear.Of(2030), line, new TonnesCo2e(1m), FigureStatus.Unverified, "KTV", 7);
        Assert.Equal((FigureStatus.Unverified, "KTV", 7), (figure.Status, figure.Source, figure.EditionId));
    }
}

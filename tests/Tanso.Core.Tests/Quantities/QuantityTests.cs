using Tanso.Core.Quantities;

namespace Tanso.Core.Tests.Quantities;

public sealed class QuantityTests
{
    [Theory]
    [InlineData(727_600_000, 727.6)]
    [InlineData(-26_700_000, -26.7)]
    [InlineData(1, 0.000001)]
    [InlineData(0, 0)]
    public void Tonnes_ConvertExplicitlyToMegatonnesAndBack(decimal tonnes, decimal megatonnes)
    {
        Assert.Equal(megatonnes, new TonnesCo2e(tonnes).ToMegatonnes().Value);
        Assert.Equal(tonnes, new MegatonnesCo2e(megatonnes).ToTonnes().Value);
    }

    [Fact]
    public void Tonnes_AddSubtractAndSum()
    {
        var a = new TonnesCo2e(10m);
        var b = new TonnesCo2e(4m);

        Assert.Equal(new TonnesCo2e(14m), a + b);
        Assert.Equal(new TonnesCo2e(6m), a - b);
        Assert.Equal(new TonnesCo2e(-4m), -b);
        Assert.Equal(new TonnesCo2e(14m), TonnesCo2e.Sum([a, b]));
        Assert.True(b < a);
    }

    [Theory]
    [InlineData(0.05, 0.1)]
    [InlineData(-0.05, -0.1)]
    [InlineData(0.04, 0.0)]
    public void Megatonnes_RoundHalfAwayFromZero_AsPublishedTablesDo(decimal value, decimal rounded)
    {
        Assert.Equal(rounded, new MegatonnesCo2e(value).Round(1).Value);
    }

    [Theory]
    [InlineData(1990, true)]
    [InlineData(2100, true)]
    [InlineData(1989, false)]
    [InlineData(2101, false)]
    public void ReportingYear_Accepts1990To2100(int year, bool valid)
    {
        Assert.Equal(valid, ReportingYear.IsValid(year));
        if (valid)
        {
            Assert.Equal(year, ReportingYear.Of(year).Value);
        }
        else
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => ReportingYear.Of(year));
            Assert.Contains("outside 1990–2100", e.Message);
        }
    }

    [Theory]
    [InlineData("2030", true)]
    [InlineData(" 2018 ", true)]
    [InlineData("abc", false)]
    [InlineData("2030.5", false)]
    [InlineData("-2030", false)]
    [InlineData("1800", false)]
    [InlineData(null, false)]
    public void ReportingYear_ParsesOnlyWholeYearsInRange(string? text, bool ok)
    {
        Assert.Equal(ok, ReportingYear.TryParse(text, out _));
    }

    [Fact]
    public void ReportingYear_CountsYearsBetween()
    {
        Assert.Equal(12, ReportingYear.Of(2018).YearsUntil(ReportingYear.Of(2030)));
    }

    [Fact]
    public void Percentage_FromPointsAndFromFraction_AreTheSame()
    {
        Assert.Equal(Percentage.FromPoints(40m), Percentage.FromFraction(0.4m));
        Assert.Equal(40m, Percentage.FromFraction(0.4m).Points);
        Assert.Equal(new TonnesCo2e(291.04m), Percentage.FromPoints(40m).Of(new TonnesCo2e(727.6m)));
    }

    [Theory]
    [InlineData(727.6, 436.6, "-40.0 %")]
    [InlineData(100, 150, "50.0 %")]
    [InlineData(727.6, 0, "-100.0 %")]
    public void Percentage_ChangeIsRelativeToTheStart(decimal from, decimal to, string expected)
    {
        Assert.Equal(expected, Percentage.Change(new TonnesCo2e(from), new TonnesCo2e(to))!.Value.ToString(1));
    }

    [Fact]
    public void Percentage_ChangeFromZero_DoesNotExist()
    {
        Assert.Null(Percentage.Change(TonnesCo2e.Zero, new TonnesCo2e(5m)));
    }
}

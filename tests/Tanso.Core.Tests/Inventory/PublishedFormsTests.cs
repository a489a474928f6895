using Tanso.Core.Inventory;

namespace Tanso.Core.Tests.Inventory;

/// <summary>The forms published inventory tables write years, units and missing values in, read one cell at a time.</summary>
public sealed class PublishedFormsTests
{
    [Theory]
    [InlineData("2024", 2024, false)]
    [InlineData(" 2021 ", 2021, false)]
    [InlineData("2024년", 2024, false)]
    [InlineData("2024년도", 2024, false)]
    [InlineData("2024(잠정)", 2024, true)]
    [InlineData("2024 잠정", 2024, true)]
    [InlineData("2024잠정치", 2024, true)]
    [InlineData("2024p", 2024, true)]
    [InlineData("2024(p)", 2024, true)]
    [InlineData("2024년(잠정)", 2024, true)]
    [InlineData("'24", 2024, false)]
    [InlineData("’05", 2005, false)]
    [InlineData("'95", 1995, false)]
    public void YearHeading_ReadsEveryPublishedForm_AndMarksProvisionalYears(string text, int year, bool provisional) =>
        Assert.Equal(new YearHeading(year, provisional), YearHeading.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("합계")]
    [InlineData("24")]
    [InlineData("20245")]
    [InlineData("2024.5")]
    [InlineData("p")]
    [InlineData("잠정")]
    [InlineData("'2024")]
    public void YearHeading_IsNull_ForTextThatIsNoYear(string text) => Assert.Null(YearHeading.Parse(text));

    [Fact]
    public void YearHeading_KnowsWhichYearsAnInventoryMayHold()
    {
        Assert.True(YearHeading.Parse("1990")!.Value.InRange);
        Assert.False(YearHeading.Parse("1850")!.Value.InRange);
    }

    [Theory]
    [InlineData("천톤CO2eq", "kt")]
    [InlineData("(단위: 천톤CO2eq)", "kt")]
    [InlineData("Gg", "kt")]
    [InlineData("kt", "kt")]
    [InlineData("value_kt_co2eq", "kt")]
    [InlineData("Emissions (Gg)", "kt")]
    [InlineData("tCO2eq", "t")]
    [InlineData("톤CO2eq", "t")]
    [InlineData("단위: 톤", "t")]
    [InlineData("만톤CO2eq", "10kt")]
    [InlineData("백만톤", "Mt")]
    [InlineData("MtCO2eq", "Mt")]
    [InlineData("Tg CO2-eq", "Mt")]
    public void EmissionUnit_IsFoundInHeadersCellsAndChoices(string text, string code) =>
        Assert.Equal(code, EmissionUnit.Find(text)?.Code);

    [Theory]
    [InlineData("")]
    [InlineData("부문")]
    [InlineData("2021")]
    public void EmissionUnit_IsNull_WhereTheTextNamesNone_SoNothingIsAssumed(string text) => Assert.Null(EmissionUnit.Find(text));

    [Fact]
    public void EmissionUnits_ConvertToTonnes()
    {
        Assert.Equal([1m, 1_000m, 10_000m, 1_000_000m], EmissionUnit.All.Select(u => u.Tonnes));
        Assert.Equal(1_000m, EmissionUnit.Find("Gg")!.Tonnes);
    }

    [Theory]
    [InlineData("-", ValueMark.Nil)]
    [InlineData("–", ValueMark.Nil)]
    [InlineData("—", ValueMark.Nil)]
    [InlineData("NE", ValueMark.NotEstimated)]
    [InlineData("ne", ValueMark.NotEstimated)]
    [InlineData(" NO ", ValueMark.NotOccurring)]
    [InlineData("IE", ValueMark.IncludedElsewhere)]
    [InlineData("C", ValueMark.Confidential)]
    [InlineData("*", ValueMark.Confidential)]
    public void ValueMark_CarriesItsMeaning(string text, ValueMark mark)
    {
        Assert.Equal(mark, ValueMarks.Parse(text));
        Assert.Equal(mark, ValueMarks.Parse(mark.Code())); // what is written back reads the same
    }

    [Theory]
    [InlineData("12.5")]
    [InlineData("0")]
    [InlineData("x")]
    [InlineData("N/A")]
    public void ValueMark_IsNull_ForNumbersAndForGarbage_WhichMustStopTheImport(string text) => Assert.Null(ValueMarks.Parse(text));
}

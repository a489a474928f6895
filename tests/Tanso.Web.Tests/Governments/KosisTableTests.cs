using Tanso.Data.Statistics;
using Tanso.Data.Tabular;

namespace Tanso.Web.Tests.Governments;

/// <summary>The KOSIS layouts read from bytes laid out as real downloads (<see cref="KosisDownloads"/>), before any
/// government is looked up: which item, which unit, which figures, which periods.</summary>
public sealed class KosisTableTests
{
    private static readonly string[] Provinces = ["특별시", "광역시", "특별자치시", "도"];

    private static KosisRead Read(byte[] file, string table, string name = "kosis.csv") =>
        KosisTable.Read(name, [.. BoundedTable.Rows(name, file, UploadLimits.Workbook)], table);

    private static decimal Sum17(KosisRead read, string period) =>
        read.Values.Where(v => v.Period.Text == period && Provinces.Any(v.Region.EndsWith)).Sum(v => v.Value!.Value);

    private static decimal Nation(KosisRead read, string period) => read.Values.Single(v => v.Region == "전국" && v.Period.Text == period).Value!.Value;

    [Fact]
    public void PeriodsAcross_AsDownloadedIn2025_GiveTotalPopulation_AndThe17ProvincesAddUpToTheNation()
    {
        var read = Read(KosisDownloads.PopulationPeriodsAcross, "DT_1B040A3");

        Assert.Empty(read.Problems);
        Assert.Equal(KosisMeasure.Population, read.Measure);
        Assert.Equal("총인구수 (명)", read.Item);
        Assert.Equal(51_829_023m, Nation(read, "2020.12"));
        Assert.Equal(51_705_905m, Nation(read, "2021.03"));
        Assert.Equal(51_829_023m, Sum17(read, "2020.12"));
        Assert.Equal(51_705_905m, Sum17(read, "2021.03"));
        Assert.Equal(63 * 2, read.Values.Count); // every row of the file, both periods: 출장소 rows at 0 included, left out later
        Assert.Equal(63, read.Regions.Count);
    }

    [Fact]
    public void PeriodsInRows_AsDownloadedIn2021_ReadTheTotalColumnOnly_InThe2021PeriodForm()
    {
        var read = Read(KosisDownloads.PopulationPeriodsInRows, "DT_1B040A3");

        Assert.Empty(read.Problems);
        Assert.Equal("총인구수 (명)", read.Item);
        Assert.All(read.Values, v => Assert.Equal(new KosisPeriod(2020, 8, null), v.Period));
        Assert.Equal(51_839_953m, Nation(read, "2020.08"));
        Assert.Equal(51_839_953m, Sum17(read, "2020.08"));
        Assert.Equal(26, read.Values.Count); // 남자인구수 and 여자인구수 are not read, nor the empty column after the last comma
    }

    [Fact]
    public void ItemAndUnitColumns_UnderATitleLine_InUtf8WithBom_AreRead_AndAnEmptyCellIsNoValue()
    {
        var read = Read(KosisDownloads.PopulationWithItemAndUnitColumns, "DT_1B040A3");

        Assert.Empty(read.Problems);
        Assert.Equal("총인구수 (명)", read.Item);
        Assert.Equal(50_734_284m, Nation(read, "2011.12"));
        Assert.Equal(51_849_861m, Nation(read, "2019.12"));
        Assert.DoesNotContain(read.Values, v => v.Region.StartsWith("세종", StringComparison.Ordinal) && v.Period.Year == 2011);
        Assert.Equal(0m, read.Values.Single(v => v.Region == "사천남양출장소").Value);
    }

    [Fact]
    public void CodeColumns_AreReadBesideTheNames()
    {
        var read = Read(KosisDownloads.PopulationWithCodes, "DT_1B040A3");

        Assert.Empty(read.Problems);
        Assert.Equal(["00", "11", "11140", "26", "26110", "42", "48", "48120", "48121"], read.Regions.Select(r => r.Code));
        Assert.Equal(41_630m, read.Values.Single(v => v.RegionCode == "26110").Value);
    }

    [Fact]
    public void Grdp_ByActivity_TakesTheNominalMarketPriceRow_InTheTablesUnit_AndThe17ProvincesAddUpToTheNation()
    {
        var read = Read(KosisDownloads.GrdpByActivity, "DT_1C81");

        Assert.Empty(read.Problems);
        Assert.Equal(KosisMeasure.Grdp, read.Measure);
        Assert.Equal("지역내총생산(시장가격) 명목 (백만원)", read.Item);
        Assert.Equal(18 * 2, read.Values.Count); // 순생산물세, 총부가가치 and 광업 rows, 실질 and 실질기여도 columns are not read
        Assert.Equal(110_847_012m, read.Values.Single(v => v.Region == "경상남도" && v.Period.Year == 2020).Value);
        Assert.Equal(2_083_794_973m, Nation(read, "2021"));
        Assert.Equal(2_083_794_973m, Sum17(read, "2021"));
    }

    [Fact]
    public void Grdp_ProvisionalYear_InUtf8WithoutBom_KeepsItsMark()
    {
        var read = Read(KosisDownloads.GrdpProvisional, "DT_1C81");

        Assert.Empty(read.Problems);
        Assert.All(read.Values, v => Assert.Equal("2022 p)", v.Period.Text));
        Assert.Equal(2_165_717_327m, Nation(read, "2022 p)"));
        Assert.Equal(2_165_717_327m, Sum17(read, "2022 p)"));
    }

    [Fact]
    public void Grdp_WithoutAUnit_FromATableTansoDoesNotKnow_IsRefused_NamingTheTablesItKnows()
    {
        var read = Read(KosisDownloads.GrdpProvisional, "KOSIS 지역내총생산");

        var problem = Assert.Single(read.Problems);
        Assert.Equal(1, problem.Row);
        Assert.Contains("DT_1C81 (백만원)", problem.Message, StringComparison.Ordinal);
        Assert.Empty(read.Values);
    }

    [Fact]
    public void AHouseholdsTable_IsRefused_SayingWhatItHolds()
    {
        var read = Read(KosisDownloads.Households, "DT_1B040B3");

        var problem = Assert.Single(read.Problems);
        Assert.Contains("총인구수", problem.MessageKo, StringComparison.Ordinal);
        Assert.Contains("one unnamed item", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileResavedByASpreadsheet_IsRefusedAtTheMonthItCannotTell()
    {
        var read = Read(KosisDownloads.PopulationResavedBySpreadsheet, "DT_1B040A3");

        var problem = Assert.Single(read.Problems);
        Assert.Equal((1, "C (2011.1)"), (problem.Row, problem.Column));
        Assert.Contains("2023.10 as 2023.1", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnotherDimension_LikeTheAgeBandsOf5세별_IsReadAtItsTotal()
    {
        // DT_1B04005N's layout: 행정구역(시군구)별 and 연령별 rows, 항목 column, periods across. The 계 rows carry the real
        // 2020 year-end totals (as in DT_1B040A3); the age-band figures are test values, not statistics.
        var file = new System.Text.UTF8Encoding(false).GetBytes(string.Join("\r\n",
            "\"행정구역(시군구)별\",\"연령별\",\"항목\",2020 년",
            "\"전국\",\"계\",\"총인구수[명]\",51829023",
            "\"전국\",\"0 - 4세\",\"총인구수[명]\",1",
            "\"경상남도\",\"계\",\"총인구수[명]\",3340216",
            "\"경상남도\",\"0 - 4세\",\"총인구수[명]\",2") + "\r\n");

        var read = Read(file, "DT_1B04005N");

        Assert.Empty(read.Problems);
        Assert.Equal([("전국", 51_829_023m), ("경상남도", 3_340_216m)], read.Values.Select(v => (v.Region, v.Value!.Value)));
        Assert.Equal("총인구수 (명)", read.Item);
    }

    [Fact]
    public void YearsBeforeTansosFirst_AreLeftOutAndReported_NotRefused()
    {
        // DT_1C81 reaches back to 1985; Tanso keeps years from 1990. The 2020 figure is the real 전국 명목; 1989's is a test value.
        var file = KosisDownloads.Cp949Lines(
            "\"시도별\",\"경제활동별\",1989,2020",
            "\"시도별\",\"경제활동별\",명목,명목",
            "\"전국\",\"지역내총생산(시장가격)\",1,1944644393");

        var read = Read(file, "DT_1C81");

        Assert.Empty(read.Problems);
        Assert.Equal(1_944_644_393m, Assert.Single(read.Values).Value);
        Assert.Equal(["1989: before 1990 / 1990년 이전"], read.LeftOut);
    }

    [Theory]
    [InlineData("2023", 2023, null, null, "2023")]
    [InlineData("2023.12", 2023, 12, null, "2023.12")]
    [InlineData("2020. 08 월", 2020, 8, null, "2020.08")]
    [InlineData("2022 p)", 2022, null, "p)", "2022 p)")]
    [InlineData("2023 년", 2023, null, null, "2023")]
    [InlineData("2024.06 e)", 2024, 6, "e)", "2024.06 e)")]
    public void Periods_InEveryFormKosisWrites_AreRead(string text, int year, int? month, string? mark, string normal)
    {
        var (period, problem) = KosisPeriod.Parse(text);

        Assert.Null(problem);
        Assert.Equal(new KosisPeriod(year, month, mark), period);
        Assert.Equal(normal, period!.Text);
    }

    [Theory]
    [InlineData("2023.1")]
    [InlineData("2023.13")]
    [InlineData("2023 1/4")]
    public void Periods_ThatCannotBeTold_AreRefused(string text) => Assert.NotNull(KosisPeriod.Parse(text).Problem);
}

using Microsoft.EntityFrameworkCore;
using Tanso.Core.Inventory;
using Tanso.Data.Inventory;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Inventory;

/// <summary>Files in the shapes 시·도 publish: each test builds its file and asserts what is stored.</summary>
public sealed class PublishedLayoutTests(SeededApp fixture) : IClassFixture<SeededApp>
{
    private async Task<(ImportResult Result, Dictionary<(string Sector, int Year), decimal> Stored, List<InventoryEntry> Entries)> Import(
        (string Name, byte[] Content) file, ImportOptions? options = null)
    {
        _ = fixture.App.Server;
        var code = "p-" + Guid.NewGuid().ToString("N")[..10];
        await using var db = fixture.Database.Open();
        var result = await InventoryImporter.RunAsync(db, file.Name, file.Content, ImportFiles.NewEdition(code), options ?? new ImportOptions { Government = "부산광역시" }, _ => true, dryRun: false);
        var entries = await db.InventoryEntries.Where(e => db.InventoryEditions.Any(x => x.Code == code && x.Id == e.EditionId)).ToListAsync();
        var summary = InventorySummary.Build(entries);
        var stored = summary.Years.SelectMany(y => summary.Sectors.Select(s => ((s.Code.Value, y), summary.Value(y, s)!.Value.Value))).ToDictionary(p => p.Item1, p => p.Item2);
        return (result, stored, entries);
    }

    [Theory]
    [InlineData("utf8")]
    [InlineData("cp949")]
    [InlineData("xlsx")]
    public async Task TitleUnitAndNoteRows_AreSkipped_TheUnitIsRead_AndTheTotalIsCheckedNotStored(string format)
    {
        var (result, stored, _) = await Import(PublishedTables.Make(format,
            "2022년 부산광역시 온실가스 배출량",
            "(단위: 천톤CO2eq)",
            "부문,세부부문,2021,2022",
            "전환,,1200,1100",
            "수송,도로,500,480",
            ",철도,20,21",
            "합계,,1720,1601",
            "주: 2022년 값은 확정 전입니다"));

        Assert.Empty(result.Problems);
        Assert.Equal(3, result.Report.Layout!.HeaderRow);
        Assert.Equal("kt", result.Report.Unit!.Code);
        Assert.Empty(result.Report.Warnings);
        Assert.Single(result.Report.NoteRows);
        Assert.Equal(new Dictionary<(string, int), decimal>
        {
            [("power", 2021)] = 1_200_000m, [("power", 2022)] = 1_100_000m, [("transport", 2021)] = 520_000m, [("transport", 2022)] = 501_000m,
        }, stored);
    }

    [Fact]
    public async Task SubtotalsThatDoNotAddUp_AreShownWithRowExpectedAndFound_AndNeverStoredAsSectors()
    {
        var (result, stored, _) = await Import(PublishedTables.Make("utf8",
            "부문,세부부문,2021",
            "수송,도로,500",
            "수송,철도,20",
            "수송,소계,530",
            "건물,가정,300",
            "건물,상업,100",
            "건물,소계,400",
            "총배출량,,930"), new ImportOptions { Government = "부산광역시", Unit = "t" });

        Assert.Empty(result.Problems);
        var warning = Assert.Single(result.Report.Warnings);
        Assert.Equal(4, warning.Row);
        Assert.Contains("the file says 530 톤CO2eq, its parts add up to 520 톤CO2eq (difference 10 톤CO2eq)", warning.Message, StringComparison.Ordinal);
        Assert.Equal(920m, stored.Values.Sum()); // 14.7 % more if 소계 rows were sectors
    }

    [Theory]
    [InlineData("utf8")]
    [InlineData("cp949")]
    [InlineData("xlsx")]
    public async Task SubtotalsThatAddUp_AreCheckedQuietly_AndNeverStoredAsSectors(string format)
    {
        var (result, stored, entries) = await Import(PublishedTables.Make(format,
            "(단위: 천톤CO2eq)",
            "부문,세부부문,2021,2022",
            "수송,도로,500.5,480",
            "수송,철도,20,21",
            "수송 소계,,520.5,501",
            "건물,가정,300,290",
            "건물,상업,100,110",
            "건물,계,400,400",
            "총배출량,,920.5,901"));

        Assert.Empty(result.Problems);
        Assert.Empty(result.Report.Warnings);
        Assert.DoesNotContain(entries, e => e.SubSector.Contains('계'));
        Assert.Equal(new Dictionary<(string, int), decimal>
        {
            [("buildings", 2021)] = 400_000m, [("buildings", 2022)] = 400_000m, [("transport", 2021)] = 520_500m, [("transport", 2022)] = 501_000m,
        }, stored);
        Assert.Equal(920_500m, result.Report.FileTotals.Single(t => t.Key.Year == 2021).Value);
    }

    [Theory]
    [InlineData("utf8")]
    [InlineData("cp949")]
    [InlineData("xlsx")]
    public async Task TwoRowHeaders_AndEveryYearForm_AreRead_AndProvisionalYearsMarked(string format)
    {
        var (result, stored, entries) = await Import(PublishedTables.Make(format,
            "구분,,배출량(tCO2eq),,,,",
            "부문,세부부문,2020,2021년,2022(잠정),2023p,'24",
            "산업,,10,11,12,13,14"));

        Assert.Empty(result.Problems);
        Assert.Equal(2, result.Report.Layout!.HeaderRows);
        Assert.Equal([2020, 2021, 2022, 2023, 2024], stored.Keys.Select(k => k.Year).Order());
        Assert.Equal([2022, 2023], entries.Where(e => e.Provisional).Select(e => e.Year.Value).Order());
        Assert.Equal(60m, stored.Values.Sum());
    }

    [Fact]
    public async Task AnUnrecognisedColumn_StopsTheImportNamingIt_UnlessIgnored()
    {
        var file = PublishedTables.Make("utf8", "부문,2021,담당자", "전환,5,김주무관");

        var (refused, _, _) = await Import(file, new ImportOptions { Government = "부산광역시", Unit = "t" });
        var (imported, stored, _) = await Import(file, new ImportOptions { Government = "부산광역시", Unit = "t", IgnoreColumns = ["C"] });

        Assert.Contains(refused.Problems, p => p.Column == "C (담당자)" && p.Message.Contains("not recognised", StringComparison.Ordinal));
        Assert.Empty(imported.Problems);
        Assert.Equal(5m, stored[("power", 2021)]);
    }

    [Theory]
    [InlineData("천톤CO2eq", 1_000, "utf8")]
    [InlineData("천톤CO2eq", 1_000, "cp949")]
    [InlineData("천톤CO2eq", 1_000, "xlsx")]
    [InlineData("Gg", 1_000, "utf8")]
    [InlineData("Gg", 1_000, "xlsx")]
    [InlineData("kt", 1_000, "utf8")]
    [InlineData("kt", 1_000, "cp949")]
    [InlineData("tCO2eq", 1, "utf8")]
    [InlineData("tCO2eq", 1, "xlsx")]
    [InlineData("백만톤", 1_000_000, "utf8")]
    [InlineData("백만톤", 1_000_000, "cp949")]
    [InlineData("백만톤", 1_000_000, "xlsx")]
    public async Task EachUnit_IsReadAndConverted(string unit, int tonnes, string format)
    {
        var (result, stored, _) = await Import(PublishedTables.Make(format, $"(단위: {unit})", "부문,2021", "전환,2.5"));

        Assert.Empty(result.Problems);
        Assert.Equal(2.5m * tonnes, stored[("power", 2021)]);
    }

    [Fact]
    public async Task AFileWithoutUnit_AsksForOne_InsteadOfAssuming()
    {
        var (result, _, _) = await Import(PublishedTables.Make("utf8", "부문,2021", "전환,2.5"));

        Assert.True(result.Report.NeedsUnit);
        Assert.Contains(result.Problems, p => p.Column == "unit");
        Assert.False(result.Committed);
    }

    [Theory]
    [InlineData("utf8")]
    [InlineData("xlsx")]
    public async Task EveryMissingValueMark_IsStoredWithItsMeaning_AndNeverAddedAsANumber(string format)
    {
        var (result, stored, entries) = await Import(PublishedTables.Make(format, "(단위: tCO2eq)", "부문,세부부문,2021,2022,2023,2024,2025,2026,2027,2028",
            "산업,공정,-,–,*,NE,NO,IE,C,", "산업,연소,1,1,1,1,1,1,1,1"));

        Assert.Empty(result.Problems);
        var marks = entries.Where(e => e.SubSector == "공정").OrderBy(e => e.Year.Value).Select(e => (e.Mark, e.Emissions.Value)).ToList();
        Assert.Equal([(ValueMark.Nil, 0m), (ValueMark.Nil, 0m), (ValueMark.Confidential, 0m), (ValueMark.NotEstimated, 0m), (ValueMark.NotOccurring, 0m),
            (ValueMark.IncludedElsewhere, 0m), (ValueMark.Confidential, 0m)], marks);
        Assert.Equal(1, result.Report.BlankCells);
        Assert.All(stored.Values, v => Assert.Equal(1m, v));
    }

    [Fact]
    public async Task AnUnknownSector_StopsTheImport_WithTheClosestKnownNames()
    {
        var (result, _, _) = await Import(PublishedTables.Make("utf8", "부문,2021", "수송부문,5"), new ImportOptions { Government = "부산광역시", Unit = "t" });

        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("unknown sector '수송부문'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("수송", problem.Message.Split("Closest known names:")[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task IpccCodesAndNames_MapOntoTheNationalSectors()
    {
        var (result, stored, _) = await Import(PublishedTables.Make("utf8", "(단위: kt CO2eq)", "구분,2021",
            "1. 에너지,100", "1.A.1 에너지산업,40", "1.A.3 수송,30", "1.A.4.b 가정,20", "1.B 탈루배출,10", "2. 산업공정,50", "4. LULUCF,-5", "총배출량,150"));

        Assert.Empty(result.Problems);
        Assert.Empty(result.Report.Warnings);
        Assert.Equal(new Dictionary<(string, int), decimal>
        {
            [("power", 2021)] = 40_000m, [("industry", 2021)] = 50_000m, [("buildings", 2021)] = 20_000m, [("transport", 2021)] = 30_000m,
            [("fugitive", 2021)] = 10_000m, [("lulucf", 2021)] = -5_000m,
        }, stored);
    }

    [Fact]
    public async Task TheMarksCp949CanHold_AreReadFromACp949File()
    {
        var (result, stored, entries) = await Import(PublishedTables.Make("cp949", "(단위: 천톤CO2eq)", "부문,세부부문,2021,2022,2023,2024,2025,2026,2027",
            "산업,공정,-,*,NE,NO,IE,C,", "산업,연소,1.5,1.5,1.5,1.5,1.5,1.5,1.5"));

        Assert.Empty(result.Problems);
        Assert.Equal([ValueMark.Nil, ValueMark.Confidential, ValueMark.NotEstimated, ValueMark.NotOccurring, ValueMark.IncludedElsewhere, ValueMark.Confidential],
            entries.Where(e => e.SubSector == "공정").OrderBy(e => e.Year.Value).Select(e => e.Mark));
        Assert.All(stored.Values, v => Assert.Equal(1_500m, v));
    }
}

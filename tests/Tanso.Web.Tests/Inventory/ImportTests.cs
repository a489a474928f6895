using Microsoft.EntityFrameworkCore;
using Tanso.Core.Inventory;
using Tanso.Data.Inventory;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Inventory;

public sealed class ImportTests(SeededApp fixture) : IClassFixture<SeededApp>
{
    private static string Code() => "t-" + Guid.NewGuid().ToString("N")[..10];

    // These files name no unit: the officer chooses tCO2eq, as the upload form asks.
    private async Task<ImportResult> Import((string Name, byte[] Content) file, EditionSpec edition, bool dryRun = false)
    {
        _ = fixture.App.Server;
        await using var db = fixture.Database.Open();
        return await InventoryImporter.RunAsync(db, file.Name, file.Content, edition, new ImportOptions { Unit = "t" }, _ => true, dryRun);
    }

    private async Task<List<(string, string, string, Gas, int, decimal)>> Stored(string edition)
    {
        await using var db = fixture.Database.Open();
        var names = await db.Governments.ToDictionaryAsync(g => g.Id, g => g.NameKo);
        return (await db.InventoryEntries.Where(e => db.InventoryEditions.Any(x => x.Code == edition && x.Id == e.EditionId)).ToListAsync())
            .Select(e => (names[e.GovernmentId], e.Sector.Value, e.SubSector, e.Gas, e.Year.Value, e.Emissions.Value))
            .Order().ToList();
    }

    private static readonly (string, string, string, Gas, int, decimal)[] Expected =
    [
        ("대구광역시", "lulucf", "", Gas.Total, 2020, -30.25m),
        ("부산광역시", "power", "", Gas.Total, 2019, 1200000m),
        ("부산광역시", "power", "", Gas.Total, 2020, 1150000.5m),
        ("부산광역시", "transport", "도로", Gas.CO2, 2019, 500m),
    ];

    [Theory]
    [InlineData("utf8")]
    [InlineData("utf8bom")]
    [InlineData("cp949")]
    [InlineData("xlsx")]
    public async Task WideLayout_InEveryEncodingAndFormat_ImportsTheSameEntries(string format)
    {
        var code = Code();
        var file = ImportFiles.Make(format,
            "지자체,부문,세부부문,가스,2019,2020",
            "부산광역시,전환,,CO2eq,1200000,1150000.5",
            "부산광역시,수송,도로,CO2,500,",
            "대구광역시,흡수원,,,,-30.25");

        var result = await Import(file, ImportFiles.NewEdition(code));

        Assert.Empty(result.Problems);
        Assert.True(result.Committed);
        Assert.Equal("wide", result.Report.Layout!.Name);
        Assert.Equal(Expected, await Stored(code));
    }

    [Theory]
    [InlineData("utf8")]
    [InlineData("utf8bom")]
    [InlineData("cp949")]
    [InlineData("xlsx")]
    public async Task LongLayout_InEveryEncodingAndFormat_ImportsTheSameEntries(string format)
    {
        var code = Code();
        var file = ImportFiles.Make(format,
            "government,sector,sub_sector,gas,year,value_tco2eq",
            "26,power,,,2019,1200000",
            "SGIS:21,Power,,CO2eq,2020,1150000.5",
            "Busan,Power,,CO2eq,2021,7",
            "부산광역시,수송,도로,CO2,2019,500",
            "대구광역시,LULUCF sink,,합계,2020,-30.25");

        var result = await Import(file, ImportFiles.NewEdition(code));

        Assert.Empty(result.Problems);
        Assert.Equal("long", result.Report.Layout!.Name);
        Assert.Equal(Expected.Append(("부산광역시", "power", "", Gas.Total, 2021, 7m)).Order(), await Stored(code));
    }

    [Theory]
    [InlineData("부산,전환,,,1", 2, "A (government)", "unknown government '부산'")]
    [InlineData("중구,전환,,,1", 2, "A (government)", "'중구' is ambiguous (6 governments have this name)")]
    [InlineData("부산광역시,원자력,,,1", 2, "B (sector)", "unknown sector '원자력'")]
    [InlineData("부산광역시,전환,,XeF,1", 2, "D (gas)", "unknown gas 'XeF'")]
    [InlineData("부산광역시,전환,,,1t", 2, "E (2021)", "'1t' is not a number")]
    [InlineData("부산광역시,전환,,,-1", 2, "E (2021)", "negative value -1 for 전환 (Power), an emission-source sector")]
    public async Task EachRowProblem_IsReportedWithRowColumnAndReason(string row, int line, string column, string message)
    {
        var result = await Import(ImportFiles.Make("utf8", "government,sector,sub_sector,gas,2021", row), ImportFiles.NewEdition(Code()));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("inventory.csv", line, column), (problem.Location, problem.Row, problem.Column));
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
        Assert.Matches("[가-힣]", problem.MessageKo); // officers read Korean
        Assert.False(result.Committed);
    }

    [Fact]
    public async Task DuplicateRow_IsReportedAtTheSecondOccurrence()
    {
        var result = await Import(ImportFiles.Make("utf8", "government,sector,year,value", "부산광역시,전환,2021,1", "부산광역시,전환,2021,2"), ImportFiles.NewEdition(Code()));

        var problem = Assert.Single(result.Problems);
        Assert.Equal((3, "D (value)"), (problem.Row, problem.Column));
        Assert.StartsWith("duplicate: row 2 already gives 부산광역시 / 전환 / (sector total) / CO2eq / 2021", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("government,sector,year,value\n부산광역시,전환,1850,1", 2, "C (year)", "'1850' is not a year from 1990 to 2100")]
    [InlineData("government,sector,1850,2021\n부산광역시,전환,1,1", 1, "C (1850)", "year 1850 is out of range (1990–2100)")]
    [InlineData("government,sector,year,value\n부산광역시,전환,2021,", 2, "-", "the file has a header but no values")]
    [InlineData("sector,2021\n전환,1", 2, "-", "the file has no government column")]
    [InlineData("government,2021\n부산광역시,1", 1, "-", "no sector column")]
    [InlineData("government,sector,amount\n부산광역시,전환,1", 1, "-", "no year data")]
    public async Task YearsValuesAndHeaders_AreChecked(string text, int line, string column, string message)
    {
        var result = await Import(("inventory.csv", System.Text.Encoding.UTF8.GetBytes(text)), ImportFiles.NewEdition(Code()));

        Assert.Contains(result.Problems, p => p.Row == line && p.Column == column && p.Message.StartsWith(message, StringComparison.Ordinal));
        Assert.False(result.Committed);
    }

    [Fact]
    public async Task OneBadRowInTheMiddle_ImportsNothing_NotEvenTheEdition()
    {
        var code = Code();
        var lines = new List<string> { "government,sector,year,value" };
        lines.AddRange(Enumerable.Range(0, 500).Select(i => $"부산광역시,전환,{1990 + i % 100},{i}").Select((l, i) => i < 100 ? l : l.Replace("전환", i < 200 ? "산업" : i < 300 ? "건물" : i < 400 ? "수송" : "폐기물", StringComparison.Ordinal)));
        lines.Insert(251, "부산광역시,건물,2099,not-a-number");

        var result = await Import(ImportFiles.Make("utf8", [.. lines]), ImportFiles.NewEdition(code));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(252, problem.Row);
        Assert.False(result.Committed);
        Assert.Empty(await Stored(code));
        await using var db = fixture.Database.Open();
        Assert.False(await db.InventoryEditions.AnyAsync(e => e.Code == code));
    }

    [Fact]
    public async Task DryRun_ChecksEverything_AndWritesNothing()
    {
        var code = Code();
        var result = await Import(ImportFiles.Make("utf8", "government,sector,2021", "부산광역시,전환,5"), ImportFiles.NewEdition(code), dryRun: true);

        Assert.Empty(result.Problems);
        Assert.Equal(1, result.Report.Entries);
        Assert.False(result.Committed);
        Assert.Empty(await Stored(code));
    }

    [Fact]
    public async Task AnEdition_IsNeverOverwritten()
    {
        var code = Code();
        var file = ImportFiles.Make("utf8", "government,sector,2021", "부산광역시,전환,5");
        await Import(file, ImportFiles.NewEdition(code));

        var again = await Import(ImportFiles.Make("utf8", "government,sector,2021,2022", "부산광역시,전환,6,7"), new EditionSpec(code));

        var problem = Assert.Single(again.Problems);
        Assert.Contains("editions are never overwritten", problem.Message, StringComparison.Ordinal);
        Assert.Equal([("부산광역시", "power", "", Gas.Total, 2021, 5m)], await Stored(code));
    }

    [Fact]
    public async Task NewEdition_NeedsItsNamePublisherDateAndSource()
    {
        var result = await Import(ImportFiles.Make("utf8", "government,sector,2021", "부산광역시,전환,5"), new EditionSpec(Code()));

        Assert.Equal(["edition name", "edition publisher", "edition published", "edition source"], result.Problems.Select(p => p.Column));
    }

    [Fact]
    public async Task OnlyGovernmentsTheImporterMayWrite_AreAccepted()
    {
        _ = fixture.App.Server;
        await using var db = fixture.Database.Open();
        var file = ImportFiles.Make("utf8", "government,sector,2021", "부산광역시,전환,5", "대구광역시,전환,5");

        var result = await InventoryImporter.RunAsync(db, file.Name, file.Content, ImportFiles.NewEdition(Code()), new ImportOptions { Unit = "t" }, g => g.NameKo == "부산광역시", dryRun: false);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((3, "you may not import data for 대구광역시"), (problem.Row, problem.Message));
    }

    [Fact]
    public async Task SampleData_CannotBeImportedInto()
    {
        var result = await Import(ImportFiles.Make("utf8", "government,sector,2031", "부산광역시,전환,5"), new EditionSpec("sample-provinces"));

        Assert.Contains(result.Problems, p => p.Message.Contains("generated sample data", StringComparison.Ordinal));
    }
}

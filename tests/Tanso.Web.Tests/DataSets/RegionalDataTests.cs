using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.DataSets;

public sealed class RegionalDataTests(SeededApp seeded) : IClassFixture<SeededApp>
{
    private static readonly string[] BuildingLines = ["건물", "a. 상업/공공", "b. 가정", "c. 상업/공공", "d. 가정", "4. 기타"];

    // The oracle: the committed copy of the reference file, split by a few lines of code of its own.
    private static List<Dictionary<string, string>> Reference(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Oracle", "Reference", file));
        var header = Split(lines[0]);
        return lines.Skip(1).Where(l => l.Length > 0).Select(l => header.Zip(Split(l)).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
            else if (c == '"') { quoted = !quoted; }
            else if (c == ',' && !quoted) { fields.Add(field.ToString()); field.Clear(); }
            else { field.Append(c); }
        }
        fields.Add(field.ToString());
        return fields;
    }

    [Fact]
    public async Task EveryGyeongnamValue_EqualsTheReferenceFile_WithItsStatus()
    {
        var api = await seeded.App.CreateRawClient().GetFromJsonAsync<JsonObject>("/api/regional/48/figures");
        var figures = api!["figures"]!.AsArray();
        var reference = Reference("regional-inventory-gyeongnam.csv");
        Assert.Equal(reference.Count, figures.Count);
        Assert.Equal(1362, figures.Count);
        for (var i = 0; i < reference.Count; i++)
        {
            var (expected, actual) = (reference[i], figures[i]!);
            Assert.Equal(expected["area"], (string)actual["government"]!);
            Assert.Equal(expected["sector"], (string)actual["lineKo"]!);
            Assert.Equal(int.Parse(expected["year"], CultureInfo.InvariantCulture), (int)actual["year"]!);
            Assert.Equal(expected["status"], (string)actual["status"]!);
            decimal? value = expected["value"].Length == 0 ? null : decimal.Parse(expected["value"], CultureInfo.InvariantCulture) * 1000m;
            Assert.Equal(value, (decimal?)actual["valueTCo2eq"]);
        }
        var total2018 = figures.Single(f => (string)f!["government"]! == "경상남도" && (int)f["year"]! == 2018 && (string)f["lineKo"]! == "총배출량" && (string)f["scope"]! == "direct");
        Assert.Equal(64_448_600m, (decimal)total2018!["valueTCo2eq"]!); // 64,448.60 Gg in the file
    }

    [Fact]
    public async Task KnownInconsistencies_AreShown_NotSmoothed()
    {
        var api = await seeded.App.CreateRawClient().GetFromJsonAsync<JsonObject>("/api/regional/48/figures");
        var figures = api!["figures"]!.AsArray();
        var net2013 = figures.Single(f => (string)f!["government"]! == "경상남도" && (int)f["year"]! == 2013 && (string)f["lineKo"]! == "순배출량")!;
        Assert.Equal(70_117_470m, (decimal)net2013["valueTCo2eq"]!); // the source's typo stays as published
        Assert.Equal("unverified", (string)net2013["status"]!);
        Assert.Contains("3000.01", (string)net2013["note"]!, StringComparison.Ordinal);
        Assert.Equal(408, figures.Count(f => (string)f!["status"]! == "unverified"));

        // Province ≠ sum of its 시·군 only on the buildings lines, where the reference README says so.
        var gaps = api["provinceAgainstParts"]!.AsArray().Where(c => (bool)c!["differs"]!).ToList();
        Assert.NotEmpty(gaps);
        Assert.All(gaps, g => Assert.Contains((string)g!["lineKo"]!, BuildingLines));
        var html = await seeded.App.CreateRawClient().GetStringAsync("/data/regions/48");
        Assert.Contains($"{gaps.Count}개 줄에서 도의 값이 시·군 합계와 다릅니다", html, StringComparison.Ordinal);
        Assert.Contains("fig--unverified", html, StringComparison.Ordinal);
        Assert.DoesNotContain("예시", SampleDataSwitchTests.Footer().Replace(html, ""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gyeongnam_OpensOnItsPublishedLocalManagementSeries_AndGetsNoSampleInventory()
    {
        await using var db = seeded.Database.Open();
        var gyeongnam = (await db.Governments.ToListAsync()).Single(g => g.AdministrativeCode?.Value == "48");
        var editions = await db.InventoryEntries.Where(e => e.GovernmentId == gyeongnam.Id).Select(e => e.EditionId).Distinct().ToListAsync();
        var edition = Assert.Single(editions);
        Assert.False((await db.InventoryEditions.SingleAsync(e => e.Id == edition)).IsSample);
        var gross2018 = (await db.InventoryEntries.Where(e => e.GovernmentId == gyeongnam.Id && e.Year == Core.Quantities.ReportingYear.Of(2018)).ToListAsync())
            .Where(e => e.Sector.Value != "lulucf").Sum(e => e.Emissions.Value);
        Assert.Equal(20_767_400m, gross2018); // 총 배출 합계 2018, thousand tCO2eq 20,767.40
    }

    [Fact]
    public async Task PublishedTargets_KeepTheirBasisAndStatus()
    {
        var targets = (await seeded.App.CreateRawClient().GetFromJsonAsync<JsonArray>("/api/regional/targets"))!;
        Assert.Equal(Reference("regional-targets.csv").Count, targets.Count);
        var gyeongnam = targets.Single(t => (string)t!["regionCode"]! == "48")!;
        Assert.Equal(("verified", 20.99m, 40.4m, 12.52m, 2018), ((string)gyeongnam["status"]!, (decimal)gyeongnam["baseEmissionsMt"]!,
            (decimal)gyeongnam["reductionPercent"]!, (decimal)gyeongnam["targetEmissionsMt"]!, (int)gyeongnam["baseYear"]!));
        var daegu = targets.Single(t => (string)t!["regionCode"]! == "27")!;
        Assert.Equal("8.97 or 9.43", (string)daegu["baseEmissionsPublished"]!);
        Assert.Null((decimal?)daegu["baseEmissionsMt"]);
        Assert.Equal("unverified", (string)daegu["status"]!);
        var html = await seeded.App.CreateRawClient().GetStringAsync("/data");
        Assert.Contains("16.628", html, StringComparison.Ordinal);
        Assert.Contains("fig-status--unverified", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownRegion_IsNotFound()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await seeded.App.CreateRawClient().GetAsync("/api/regional/99/figures")).StatusCode);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MiniExcelLibs;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Scenarios;

// One app for the class: each test signs in officers of its own (unique e-mails) and writes only scenarios and an
// inventory edition of its own; the official scenarios and Busan's sample plan it reads are never changed here.
public sealed class ScenarioApiTests(SeededApp shared) : IClassFixture<SeededApp>
{
    private sealed record World(TestDatabase Database, TansoApp App, int Busan, int Daegu, HttpClient BusanOfficer, HttpClient DaeguOfficer, HttpClient Public) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask; // the app and database belong to the class fixture
    }

    private async Task<World> StartAsync()
    {
        var app = shared.App;
        var me = Guid.NewGuid().ToString("N")[..8];
        var busan = await People.GovernmentIdAsync(app, "26");
        var daegu = await People.GovernmentIdAsync(app, "27");
        var busanOfficer = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, $"b-{me}@busan.example", [Role.RegionalOfficer], busan), true, busan);
        var daeguOfficer = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, $"d-{me}@daegu.example", [Role.RegionalOfficer], daegu), true, daegu);
        return new World(shared.Database, app, busan, daegu, busanOfficer, daeguOfficer, app.CreateRawClient());
    }

    private static async Task<JsonObject> Json(HttpResponseMessage response) => (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    private static async Task<int> IdOf(HttpClient client, string code) =>
        (int)(await client.GetFromJsonAsync<JsonArray>("/api/scenarios"))!.Single(s => (string?)s!["code"] == code)!["id"]!;

    private static decimal Net(JsonObject scenario, int year) =>
        (decimal)scenario["pathway"]!["netTCo2eq"]![year - (int)scenario["pathway"]!["baseYear"]!]!;

    [Theory]
    [InlineData("scenario-2050-a")]
    [InlineData("scenario-2050-b")]
    public async Task Scenarios2050_NetToZeroIn2050_AndSumTo436Point6In2030(string code)
    {
        await using var w = await StartAsync();
        var scenario = (await w.Public.GetFromJsonAsync<JsonObject>($"/api/scenarios/{await IdOf(w.Public, code)}"))!;

        Assert.Equal(0m, Net(scenario, 2050));
        Assert.Equal(436_600_000m, Net(scenario, 2030));
        Assert.Equal(2050, (int)scenario["pathway"]!["metrics"]!["netZeroYear"]!);
        // Every point keeps its figure's provenance; the unverified 2050 sinks are marked.
        var points = scenario["points"]!.AsArray();
        Assert.Contains(points, p => (string)p!["sector"]! == "ccus" && (int)p["year"]! == 2050 && (string)p["status"]! == "unverified");
        Assert.All(points, p => Assert.False(string.IsNullOrWhiteSpace((string)p!["source"]!)));
    }

    [Theory]
    [InlineData("ndc-2021")]
    [InlineData("basic-plan-2023")]
    public async Task The2030Targets_Sum436Point6_AndNeedTheNdcsRates(string code)
    {
        await using var w = await StartAsync();
        var scenario = (await w.Public.GetFromJsonAsync<JsonObject>($"/api/scenarios/{await IdOf(w.Public, code)}"))!;
        var metrics = scenario["pathway"]!["metrics"]!;

        Assert.Equal(436_600_000m, Net(scenario, 2030));
        // 2018 gross as the sum of the sector lines is 727.7 (the published, rounded total is 727.6):
        // 1 − (436.6/727.7)^(1/12) = 4.168 %; (727.7 − 436.6)/12/727.7 = 3.334 %.
        Assert.Equal(727_700_000m, (decimal)metrics["rateFromTCo2eq"]!);
        Assert.Equal(4.17m, Math.Round((decimal)metrics["compoundRatePercent"]!, 2));
        Assert.Equal(3.33m, Math.Round((decimal)metrics["straightLineRatePercent"]!, 2));
    }

    [Fact]
    public async Task OfficialScenarios_AreReadOnly_ButCanBeCopiedAndTheCopyEdited()
    {
        await using var w = await StartAsync();
        var a = await IdOf(w.Public, "scenario-2050-a");

        var refused = await w.BusanOfficer.PutAsJsonAsync($"/api/scenarios/{a}/lines", new { version = 0, set = new[] { new { sector = "power", year = 2040, valueTCo2eq = 1m } } });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);

        var copy = await w.BusanOfficer.PostAsJsonAsync($"/api/scenarios/{a}/copies", new { governmentId = w.Busan });
        Assert.Equal(HttpStatusCode.Created, copy.StatusCode);
        var copied = await Json(copy);
        var id = (int)copied["id"]!;
        Assert.False((bool)copied["isOfficial"]!);
        Assert.False((bool)copied["isPublic"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await w.Public.GetAsync($"/api/scenarios/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await w.DaeguOfficer.GetAsync($"/api/scenarios/{id}")).StatusCode);

        var before = (await w.BusanOfficer.GetFromJsonAsync<JsonObject>($"/api/scenarios/{id}"))!;
        var edited = await w.BusanOfficer.PutAsJsonAsync($"/api/scenarios/{id}/lines",
            new { version = (int)copied["version"]!, set = new[] { new { sector = "power", year = 2040, valueTCo2eq = 100_000_000m, source = "slower coal phase-out" } } });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var after = (await w.BusanOfficer.GetFromJsonAsync<JsonObject>($"/api/scenarios/{id}"))!;
        Assert.True((decimal)after["pathway"]!["metrics"]!["cumulativeTCo2eq"]! > (decimal)before["pathway"]!["metrics"]!["cumulativeTCo2eq"]!);

        var stale = await w.BusanOfficer.PutAsJsonAsync($"/api/scenarios/{id}/lines", new { version = (int)copied["version"]!, remove = new[] { new { sector = "power", year = 2040 } } });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal((int)(await Json(edited))["version"]!, (int)(await Json(stale))["current"]!["version"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await w.DaeguOfficer.PutAsJsonAsync($"/api/scenarios/{id}/lines", new { version = 1 })).StatusCode);
    }

    [Fact]
    public async Task ANewScenario_TakesItsBaseFromTheInventory_AndRefusesPointsOutsideItsSpan()
    {
        await using var w = await StartAsync();
        var created = await w.BusanOfficer.PostAsJsonAsync($"/api/governments/{w.Busan}/scenarios",
            new { version = 0, nameKo = "부산 2045 탄소중립", baseYear = 2018, endYear = 2045, method = "s-curve", isPublic = true, fromInventory = true });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (int)(await Json(created))["id"]!;

        var scenario = (await w.Public.GetFromJsonAsync<JsonObject>($"/api/scenarios/{id}"))!;
        Assert.True((bool)scenario["scenario"]!["isSample"]!); // Busan's inventory here is the sample edition
        Assert.NotEmpty(scenario["points"]!.AsArray());
        Assert.All(scenario["points"]!.AsArray(), p => Assert.Equal(2018, (int)p!["year"]!));
        Assert.NotNull(scenario["bau"]);
        Assert.Contains("least squares", (string)scenario["bauMethod"]!, StringComparison.Ordinal);

        var outside = await w.BusanOfficer.PutAsJsonAsync($"/api/scenarios/{id}/lines",
            new { version = (int)scenario["scenario"]!["version"]!, set = new[] { new { sector = "power", year = 2050, valueTCo2eq = 0m } } });
        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        Assert.Contains("set[0].year", (await Json(outside))["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task OfficialScenarios_StateTheirBasis_AndAreMeasuredOnAnEditionOfTheirGuidelines()
    {
        await using var w = await StartAsync();
        var scenario = (await w.Public.GetFromJsonAsync<JsonObject>($"/api/scenarios/{await IdOf(w.Public, "scenario-2050-b")}"))!;

        Assert.Equal("net-with-adjustments", (string)scenario["basis"]!["basis"]!);
        Assert.Equal(["ccus", "international-credits", "direct-air-capture"], scenario["basis"]!["adjustments"]!.AsArray().Select(a => (string)a!));
        Assert.Equal("1996", (string)scenario["basis"]!["guidelines"]!);
        Assert.Equal("1996", (string?)scenario["inventoryGuidelines"]); // the NDC base-year edition, never a 2006-guideline series
    }

    [Fact]
    public async Task AScenarioIsMeasuredOnItsOwnBasis_NetWithTheSink_GrossWithout_AndNotAgainstOtherGuidelines()
    {
        await using var w = await StartAsync();
        var suseong = await People.MunicipalityIdAsync(w.App, "대구광역시", "수성구");
        var officer = await People.ClientWithTokenAsync(w.App, await People.CreateUserAsync(w.App, $"s-{Guid.NewGuid():N}@suseong.example", [Role.RegionalOfficer], suseong), true, suseong);
        // A district inventory on the 1996 guidelines, with a sink line (t CO2eq).
        var csv = "government,sector,2018,2022\n대구광역시 수성구,수송,1000,900\n대구광역시 수성구,건물,800,700\n대구광역시 수성구,흡수원,-100,-120"u8.ToArray();
        var import = await officer.PostAsync("/api/inventory/imports", new MultipartFormDataContent
        {
            { new ByteArrayContent(csv), "file", "suseong.csv" }, { new StringContent("suseong-1996"), "edition" }, { new StringContent("수성구 인벤토리"), "editionName" },
            { new StringContent("수성구"), "publisher" }, { new StringContent("2024-06-01"), "publishedOn" }, { new StringContent("test"), "source" },
            { new StringContent("t"), "unit" }, { new StringContent("1996"), "guidelines" },
        });
        Assert.True(import.IsSuccessStatusCode, await import.Content.ReadAsStringAsync());

        async Task<JsonObject> MeasuredAsync(string basis, string guidelines)
        {
            var created = await officer.PostAsJsonAsync($"/api/governments/{suseong}/scenarios",
                new { version = 0, nameKo = $"수성 {basis} {guidelines}", baseYear = 2018, endYear = 2050, isPublic = false, fromInventory = true, basis, guidelines });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            return (await officer.GetFromJsonAsync<JsonObject>($"/api/scenarios/{(int)(await Json(created))["id"]!}"))!;
        }

        // The pathway holds each line at its 2018 value; the gap in 2022 is the actual on the scenario's basis minus it.
        var net = await MeasuredAsync("net", "1996");
        Assert.Equal("net", (string)net["basis"]!["basis"]!);
        Assert.Equal((1600m - 120m) - (1800m - 100m), (decimal)net["pathway"]!["metrics"]!["gapTCo2eq"]!);
        var gross = await MeasuredAsync("gross", "1996");
        Assert.Equal(1600m - 1800m, (decimal)gross["pathway"]!["metrics"]!["gapTCo2eq"]!); // no sink line on either side
        Assert.DoesNotContain(gross["points"]!.AsArray(), p => (string)p!["sector"]! == "lulucf");
        // A scenario on the 2006 guidelines neither starts from nor is measured against this 1996 inventory: it says so.
        var refused = await officer.PostAsJsonAsync($"/api/governments/{suseong}/scenarios",
            new { version = 0, nameKo = "수성 2006", baseYear = 2018, endYear = 2050, isPublic = false, fromInventory = true, basis = "net", guidelines = "2006" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("guidelines", (await Json(refused))["errors"]!.AsObject().Select(e => e.Key));
        var id = (int)net["scenario"]!["id"]!;
        var moved = await officer.PutAsJsonAsync($"/api/scenarios/{id}",
            new { version = (int)net["scenario"]!["version"]!, nameKo = "수성 net 2006", baseYear = 2018, endYear = 2050, isPublic = false, basis = "net", guidelines = "2006" });
        Assert.True(moved.IsSuccessStatusCode, await moved.Content.ReadAsStringAsync());
        var other = (await officer.GetFromJsonAsync<JsonObject>($"/api/scenarios/{id}"))!;
        Assert.Equal("2006", (string)other["basis"]!["guidelines"]!);
        Assert.Null(other["pathway"]!["metrics"]!["gapTCo2eq"]);
        Assert.Contains(other["inventoryNotes"]!.AsArray(), n => ((string)n!["en"]!).Contains("guidelines", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WhatIf_ChangesOneMilestone_WithoutSavingIt()
    {
        await using var w = await StartAsync();
        var a = await IdOf(w.Public, "scenario-2050-a");

        var whatIf = (await w.Public.GetFromJsonAsync<JsonObject>($"/api/scenarios/{a}?sector=power&year=2040&valueTCo2eq=120000000&budgetTCo2eq=8000000000"))!;

        var scenarioMetrics = whatIf["pathway"]!["metrics"]!;
        var changed = whatIf["whatIf"]!["metrics"]!;
        Assert.True((decimal)changed["cumulativeTCo2eq"]! > (decimal)scenarioMetrics["cumulativeTCo2eq"]!);
        Assert.Equal(2032, (int)scenarioMetrics["budgetRunOutYear"]!); // 8 Gt from 2018 on Scenario A, see methodology.md
        Assert.Contains("Power in 2040", (string)whatIf["whatIfDescription"]!, StringComparison.Ordinal);
        var again = (await w.Public.GetFromJsonAsync<JsonObject>($"/api/scenarios/{a}"))!;
        Assert.Null(again["whatIf"]);
        Assert.Equal((decimal)scenarioMetrics["cumulativeTCo2eq"]!, (decimal)again["pathway"]!["metrics"]!["cumulativeTCo2eq"]!);

        var bad = await w.Public.GetAsync($"/api/scenarios/{a}?sector=power&year=2070&valueTCo2eq=1&spanTo=2060");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["spanTo", "year"], (await Json(bad))["errors"]!.AsObject().Select(e => e.Key).Order());
    }

    [Fact]
    public async Task WhatIf_AppliesAPlansTasks_ToTheBau()
    {
        await using var w = await StartAsync();
        var created = await Json(await w.BusanOfficer.PostAsJsonAsync($"/api/governments/{w.Busan}/scenarios",
            new { version = 0, nameKo = "부산 시험", baseYear = 2018, endYear = 2050, fromInventory = true }));
        var plan = (int)(await w.Public.GetFromJsonAsync<JsonArray>($"/api/governments/{w.Busan}/plans"))![0]!["id"]!; // the published sample plan

        var result = (await w.BusanOfficer.GetFromJsonAsync<JsonObject>($"/api/scenarios/{(int)created["id"]!}?planId={plan}"))!;

        // The sample plan expects 30 000, 40 000 and 50 000 t from its EV task in 2024–2026 (transport) and
        // 8 000 t from its retrofit task in 2024 (buildings): 38 000 t off the BAU in 2024, 50 000 t in 2026.
        var bau = result["bau"]!["netTCo2eq"]!.AsArray();
        var withPlan = result["whatIf"]!["netTCo2eq"]!.AsArray();
        Assert.Equal(38_000m, (decimal)bau[2024 - 2018]! - (decimal)withPlan[2024 - 2018]!);
        Assert.Equal(50_000m, (decimal)bau[2026 - 2018]! - (decimal)withPlan[2026 - 2018]!);
        Assert.Equal((decimal)bau[2027 - 2018]!, (decimal)withPlan[2027 - 2018]!);
    }

    [Fact]
    public async Task Compare_MeasuresTwoToFourScenariosAlike_AndExportsEveryTable()
    {
        await using var w = await StartAsync();
        var ids = new[] { "ndc-2021", "scenario-2050-a", "scenario-2050-b" };
        var query = string.Join("&", await Task.WhenAll(ids.Select(async c => $"ids={await IdOf(w.Public, c)}")));

        var compared = (await w.Public.GetFromJsonAsync<JsonArray>($"/api/scenarios/compare?{query}&budgetTCo2eq=5000000000"))!;
        Assert.Equal(3, compared.Count);
        Assert.All(compared, c => Assert.Equal(2030, (int)c!["pathway"]!["metrics"]!["spanTo"]!)); // the common span ends with the NDC

        var xlsx = await w.Public.GetAsync($"/api/scenarios/compare.xlsx?{query}");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var sheets = MiniExcel.GetSheetNames(stream);
        Assert.Contains("요약 Summary", sheets);
        Assert.Contains("차이 Differences", sheets);
        Assert.Contains("S3 근거 Points", sheets);
        var net = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "순배출 Net").Cast<IDictionary<string, object?>>().ToList();
        var row2050 = net.Single(r => Convert.ToInt32(r["연도 year"], System.Globalization.CultureInfo.InvariantCulture) == 2050);
        Assert.Null(row2050.Values.ElementAt(1)); // the NDC ends in 2030
        Assert.Equal(0m, Convert.ToDecimal(row2050.Values.ElementAt(2), System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(HttpStatusCode.BadRequest, (await w.Public.GetAsync($"/api/scenarios/compare?ids={await IdOf(w.Public, "ndc-2021")}")).StatusCode);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Inventory;

public sealed class InventoryApiTests
{
    private static async Task<(TestDatabase, TansoApp, HttpClient, int Busan)> StartAsync()
    {
        var database = TestDatabase.Create();
        var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        var officer = await People.CreateUserAsync(app, "officer@busan.example", [Role.RegionalOfficer], busan);
        return (database, app, await People.ClientWithTokenAsync(app, officer, true, busan), busan);
    }

    private static MultipartFormDataContent Upload(string fileName, byte[] content, string edition, string published = "2025-06-01", bool dryRun = false) => new()
    {
        { new ByteArrayContent(content), "file", fileName },
        { new StringContent(edition), "edition" },
        { new StringContent("부산 인벤토리 " + edition), "editionName" },
        { new StringContent("부산광역시"), "publisher" },
        { new StringContent(published), "publishedOn" },
        { new StringContent("busan report"), "source" },
        { new StringContent(dryRun ? "true" : "false"), "dryRun" },
        { new StringContent("t"), "unit" },
    };

    [Fact]
    public async Task ANewerEdition_SupersedesTheSampleAndOlderOnes_AndTheDiffShowsWhatChanged()
    {
        var (database, app, client, busan) = await StartAsync();
        await using var _ = database;
        await using var __ = app;

        var first = await client.PostAsync("/api/inventory/imports", Upload("a.csv", "government,sector,2020,2021\n부산광역시,전환,100,110\n부산광역시,수송,50,50"u8.ToArray(), "busan-2024", "2024-06-01"));
        var second = await client.PostAsync("/api/inventory/imports", Upload("b.csv", "government,sector,2020,2021\n부산광역시,전환,100,120\n부산광역시,수송,50,50\n부산광역시,건물,30,"u8.ToArray(), "busan-2025", "2025-06-01"));
        var current = (await client.GetFromJsonAsync<JsonObject>($"/api/governments/{busan}/inventory"))!;
        var diff = (await client.GetFromJsonAsync<JsonObject>($"/api/governments/{busan}/inventory/diff?from=busan-2024&to=busan-2025"))!;

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("busan-2025", (string)current["edition"]!["code"]!);
        Assert.False((bool)current["isSample"]!);
        Assert.Equal(["busan-2024", "sample-provinces"], current["otherEditions"]!.AsArray().Select(e => (string)e!["code"]!));
        var changes = diff["changes"]!.AsArray();
        Assert.Equal(2, changes.Count);
        Assert.Contains(changes, c => (int)c!["year"]! == 2021 && (string)c["sector"]! == "power" && (decimal)c["before"]! == 110 && (decimal)c["after"]! == 120 && (decimal)c["delta"]! == 10);
        Assert.Contains(changes, c => (int)c!["year"]! == 2020 && (string)c["sector"]! == "buildings" && c["before"] is null && (decimal)c["after"]! == 30);
        Assert.Equal(30m, (decimal)diff["netChangeByYear"]!["2020"]!);
    }

    [Theory]
    [InlineData("wide", "csv")]
    [InlineData("long", "csv")]
    [InlineData("wide", "xlsx")]
    [InlineData("long", "xlsx")]
    public async Task Export_ThenImport_GivesIdenticalEntries(string layout, string format)
    {
        var (database, app, client, busan) = await StartAsync();
        await using var _ = database;
        await using var __ = app;
        var original = (await client.GetFromJsonAsync<JsonObject>($"/api/governments/{busan}/inventory"))!;

        var exported = await client.GetByteArrayAsync($"/api/governments/{busan}/inventory/export?layout={layout}&format={format}");
        var imported = await client.PostAsync("/api/inventory/imports", Upload("export." + format, exported, "roundtrip"));
        var again = (await client.GetFromJsonAsync<JsonObject>($"/api/governments/{busan}/inventory?edition=roundtrip"))!;

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal("sample-provinces", (string)original["edition"]!["code"]!);
        Assert.Equal(original["entries"]!.ToJsonString(), again["entries"]!.ToJsonString());
        Assert.Equal(8 * 13, again["entries"]!.AsArray().Count);
    }

    [Fact]
    public async Task ABadFile_Gets422WithEveryProblem_AndTheDryRunWritesNothing()
    {
        var (database, app, client, busan) = await StartAsync();
        await using var _ = database;
        await using var __ = app;

        var bad = await client.PostAsync("/api/inventory/imports", Upload("bad.csv", "government,sector,2021\n부산광역시,전환,x\n대구광역시,전환,1"u8.ToArray(), "bad"));
        var dry = await client.PostAsync("/api/inventory/imports", Upload("ok.csv", "government,sector,2021\n부산광역시,전환,1"u8.ToArray(), "dry", dryRun: true));
        var editions = (await client.GetFromJsonAsync<JsonArray>("/api/inventory/editions"))!.Select(e => (string)e!["code"]!);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var problems = (await bad.Content.ReadFromJsonAsync<JsonObject>())!["problems"]!.AsArray();
        Assert.Equal(["'x' is not a number (tCO2eq)", "you may not import data for 대구광역시"], problems.Select(p => (string)p!["message"]!));
        Assert.Equal(HttpStatusCode.OK, dry.StatusCode);
        Assert.False((bool)(await dry.Content.ReadFromJsonAsync<JsonObject>())!["committed"]!);
        Assert.DoesNotContain("bad", editions);
        Assert.DoesNotContain("dry", editions);
    }

    [Theory]
    [InlineData("report.pdf", "is not a CSV or .xlsx file")]
    [InlineData("empty.csv", "Choose a CSV or .xlsx file")]
    public async Task Uploads_AreCheckedForTypeAndContent(string name, string message)
    {
        var (database, app, client, _) = await StartAsync();
        await using var __ = database;
        await using var ___ = app;

        var response = await client.PostAsync("/api/inventory/imports", Upload(name, name == "empty.csv" ? [] : "%PDF-1.7"u8.ToArray(), "x"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wide", "csv")]
    [InlineData("long", "xlsx")]
    public async Task Templates_ImportCleanly(string layout, string format)
    {
        var (database, app, client, _) = await StartAsync();
        await using var __ = database;
        await using var ___ = app;

        var template = await client.GetByteArrayAsync($"/api/inventory/templates/{layout}.{format}");
        var check = await client.PostAsync("/api/inventory/imports", Upload("template." + format, template, "template-check", dryRun: true));

        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Access;
using Tanso.Web.Tests.Cli;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Inventory;

/// <summary>
/// Editions corrected after the fact — superseded, withdrawn with a reason, deleted only when nothing uses them — and
/// the sector mapping table extended, each through the API and through the CLI, with the stored result checked.
/// </summary>
public sealed class EditionLifecycleTests
{
    private static MultipartFormDataContent Upload(string csv, string edition, string published) => new()
    {
        { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", edition + ".csv" },
        { new StringContent(edition), "edition" },
        { new StringContent("부산 인벤토리 " + edition), "editionName" },
        { new StringContent("부산광역시"), "publisher" },
        { new StringContent(published), "publishedOn" },
        { new StringContent("busan report"), "source" },
        { new StringContent("t"), "unit" },
    };

    private static async Task<(TestDatabase, TansoApp, HttpClient, int Busan)> StartAsync()
    {
        var database = TestDatabase.Create();
        var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        var admin = await People.CreateUserAsync(app, "admin@tanso.example", [Role.SystemAdmin]);
        return (database, app, await People.ClientWithTokenAsync(app, admin, true), busan);
    }

    private static async Task ImportAsync(HttpClient client, string edition, string published, decimal power2021)
    {
        var response = await client.PostAsync("/api/inventory/imports", Upload($"government,sector,2021\n부산광역시,전환,{power2021}\n부산광역시,수송,50", edition, published));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<(string Edition, decimal Power)> CurrentAsync(HttpClient client, int busan, string? edition = null)
    {
        var inventory = (await client.GetFromJsonAsync<JsonObject>($"/api/governments/{busan}/inventory{(edition is null ? "" : "?edition=" + edition)}"))!;
        var power = inventory["entries"]!.AsArray().Single(e => (string)e!["sector"]! == "power" && (int)e["year"]! == 2021)!;
        return ((string)inventory["edition"]!["code"]!, (decimal)power["valueTCo2eq"]!);
    }

    [Fact]
    public async Task OverTheApi_ASupersededEditionStepsAside_AWithdrawnOneNeedsAReason_AndOneAPlanUsesIsNeverDeleted()
    {
        var (database, app, client, busan) = await StartAsync();
        await using var _ = database;
        await using var __ = app;
        await ImportAsync(client, "busan-june", "2025-06-01", 100);
        await ImportAsync(client, "busan-fixed", "2025-03-01", 90); // published earlier, but it is the correct one
        Assert.Equal(("busan-june", 100m), await CurrentAsync(client, busan));

        var superseded = await client.PostAsJsonAsync("/api/inventory/editions/busan-june/supersede", new { by = "busan-fixed" });
        Assert.Equal(HttpStatusCode.OK, superseded.StatusCode);
        Assert.Equal("busan-fixed", (string)(await superseded.Content.ReadFromJsonAsync<JsonObject>())!["supersededBy"]!);
        Assert.Equal(("busan-fixed", 90m), await CurrentAsync(client, busan));
        Assert.Equal(("busan-june", 100m), await CurrentAsync(client, busan, "busan-june")); // history stays

        var noReason = await client.PostAsJsonAsync("/api/inventory/editions/busan-fixed/withdraw", new { reason = " " });
        var withdrawn = await client.PostAsJsonAsync("/api/inventory/editions/busan-fixed/withdraw", new { reason = "수송 부문 산정 오류" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("reason", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal("수송 부문 산정 오류", (string)(await withdrawn.Content.ReadFromJsonAsync<JsonObject>())!["withdrawnReason"]!);
        Assert.NotEqual("busan-fixed", (await CurrentAsync(client, busan)).Edition);

        await ImportAsync(client, "busan-plan-base", "2025-07-01", 80);
        await ImportAsync(client, "busan-unused", "2025-07-02", 70);
        var plan = await client.PostAsJsonAsync($"/api/governments/{busan}/plans", new
        {
            title = "부산 계획", periodStart = 2024, periodEnd = 2033, baseYear = 2021, baseEmissionsTCo2eq = 0m, baseSource = "", baseEdition = "busan-plan-base",
            netZeroYear = 2050, interpolation = "straight-line",
        });
        Assert.Equal(HttpStatusCode.Created, plan.StatusCode); // the plan records the edition its base came from
        var refused = await client.DeleteAsync("/api/inventory/editions/busan-plan-base");
        var deleted = await client.DeleteAsync("/api/inventory/editions/busan-unused");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("is used by plan", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await using var db = database.Open();
        Assert.True(await db.InventoryEntries.AnyAsync(e => db.InventoryEditions.Any(x => x.Id == e.EditionId && x.Code == "busan-plan-base")));
        Assert.False(await db.InventoryEditions.AnyAsync(e => e.Code == "busan-unused"));
        var trail = await db.AuditEntries.Where(a => a.EntityType == "InventoryEdition").Select(a => new { a.Action, a.After }).ToListAsync();
        Assert.Contains(trail, t => t.Action == "update" && t.After!.Contains("수송 부문 산정 오류", StringComparison.Ordinal));
        Assert.Contains(trail, t => t.Action == "delete");
    }

    [Fact]
    public async Task OverTheApi_AnAdministratorExtendsTheMappingTable_AndANameThatStoppedTheImportThenMaps()
    {
        var (database, app, client, busan) = await StartAsync();
        await using var _ = database;
        await using var __ = app;
        const string csv = "government,sector,2021\n부산광역시,도로수송,40";

        var officer = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "officer@busan.example", [Role.RegionalOfficer], busan), true, busan);

        var before = await client.PostAsync("/api/inventory/imports", Upload(csv, "busan-road", "2025-06-01"));
        var byOfficer = await officer.PostAsJsonAsync("/api/inventory/sector-mapping", new { key = "도로수송", mapsTo = "power" });
        var added = await client.PostAsJsonAsync("/api/inventory/sector-mapping", new { key = "도로수송", mapsTo = "transport", note = "부산 보고서의 표기" });
        var twice = await client.PostAsJsonAsync("/api/inventory/sector-mapping", new { key = "도로 수송", mapsTo = "power" });
        var after = await client.PostAsync("/api/inventory/imports", Upload(csv, "busan-road", "2025-06-01"));
        var table = (await client.GetFromJsonAsync<JsonArray>("/api/inventory/sector-mapping"))!;

        Assert.Equal(HttpStatusCode.UnprocessableEntity, before.StatusCode);
        Assert.Contains("unknown sector '도로수송'", await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, byOfficer.StatusCode); // only an administrator extends the table
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode); // the same name, spaces aside, is already mapped
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains(table, a => (string)a!["key"]! == "도로수송" && (string)a["mapsTo"]! == "transport" && (bool)a["addedByAdministrator"]!);
        await using var db = database.Open();
        var stored = await db.InventoryEntries.Where(e => db.InventoryEditions.Any(x => x.Id == e.EditionId && x.Code == "busan-road")).ToListAsync();
        Assert.Equal(("transport", 40m), (stored.Single().Sector.Value, stored.Single().Emissions.Value));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "SectorAlias" && a.Action == "insert"));
    }

    [Fact]
    public async Task OverTheCli_EditionsAreSupersededWithdrawnAndDeleted_AndTheMappingTableIsExtended()
    {
        var (database, app, client, busan) = await StartAsync();
        await using var _ = database;
        await using var __ = app;
        await ImportAsync(client, "busan-june", "2025-06-01", 100);
        await ImportAsync(client, "busan-fixed", "2025-03-01", 90);
        await ImportAsync(client, "busan-plan-base", "2025-01-01", 80);
        await ImportAsync(client, "busan-unused", "2025-01-02", 70);
        var plan = await client.PostAsJsonAsync($"/api/governments/{busan}/plans", new
        {
            title = "부산 계획", periodStart = 2024, periodEnd = 2033, baseYear = 2021, baseEmissionsTCo2eq = 0m, baseSource = "", baseEdition = "busan-plan-base",
            netZeroYear = 2050, interpolation = "straight-line",
        });
        Assert.Equal(HttpStatusCode.Created, plan.StatusCode); // the plan records the edition its base came from
        var file = Path.Combine(Directory.CreateTempSubdirectory("tanso-cli-alias-").FullName, "busan-road.csv");
        await File.WriteAllTextAsync(file, "government,sector,2021\n부산광역시,도로수송,40");

        var supersede = await CliTests.Run(database, "inventory", "edition", "supersede", "busan-june", "--by", "busan-fixed");
        var withdraw = await CliTests.Run(database, "inventory", "edition", "withdraw", "busan-fixed", "--reason", "수송 부문 산정 오류");
        var refused = await CliTests.Run(database, "inventory", "edition", "delete", "busan-plan-base");
        var deleted = await CliTests.Run(database, "inventory", "edition", "delete", "busan-unused");
        var list = await CliTests.Run(database, "inventory", "edition", "list");
        string[] import = ["inventory", "import", file, "-e", "busan-road", "--edition-name", "부산 도로", "--publisher", "부산광역시", "--published", "2025-06-01", "--source", "busan report", "--unit", "t"];
        var unknown = await CliTests.Run(database, import);
        var alias = await CliTests.Run(database, "inventory", "alias", "add", "도로수송", "transport", "--note", "부산 보고서의 표기");
        var imported = await CliTests.Run(database, import);

        Assert.Equal(0, supersede.Exit);
        Assert.Equal(0, withdraw.Exit);
        Assert.Equal((1, true), (refused.Exit, refused.Output.Contains("is used by plan", StringComparison.Ordinal)));
        Assert.Equal(0, deleted.Exit);
        Assert.Matches(@"busan-june\s.*superseded by busan-fixed", list.Output);
        Assert.Matches(@"busan-fixed\s.*withdrawn \d{4}-\d\d-\d\d: 수송 부문 산정 오류", list.Output);
        Assert.DoesNotContain("busan-unused", list.Output, StringComparison.Ordinal);
        Assert.Equal((1, true), (unknown.Exit, unknown.Output.Contains("unknown sector '도로수송'", StringComparison.Ordinal)));
        Assert.Equal(0, alias.Exit);
        Assert.Equal(0, imported.Exit);
        Assert.Equal(("busan-fixed", 90m), (await CurrentAsync(client, busan, "busan-fixed")));
        await using var db = database.Open();
        Assert.Equal(40m, (await db.InventoryEntries.SingleAsync(e => db.InventoryEditions.Any(x => x.Id == e.EditionId && x.Code == "busan-road") && e.Sector == Tanso.Core.Sectors.SectorTaxonomy.Transport.Code)).Emissions.Value);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "InventoryEdition" && EF.Functions.Like(a.ActorName, "cli:%")));
    }
}

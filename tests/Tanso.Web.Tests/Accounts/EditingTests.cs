using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Accounts;

public sealed class EditingTests
{
    private static async Task<(TestDatabase, TansoApp, HttpClient)> StartAsync(Role role = Role.NationalOfficer, bool canWrite = true)
    {
        var database = TestDatabase.Create();
        var app = new TansoApp(database);
        var user = await People.CreateUserAsync(app, "national@tanso.example", [role]);
        return (database, app, await People.ClientWithTokenAsync(app, user, canWrite));
    }

    private static async Task<JsonNode> PowerNdcAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonArray>("/api/national/figures?series=ndc-2021&year=2030"))!.Single(f => (string)f!["line"]! == "power")!;

    [Fact]
    public async Task StaleEdit_Gets409WithTheCurrentValues_AndNothingIsLost()
    {
        var (database, app, client) = await StartAsync();
        await using var _ = database;
        await using var __ = app;
        var read = await PowerNdcAsync(client);
        var id = (int)read["id"]!;
        var version = (int)read["version"]!;

        var first = await client.PutAsJsonAsync($"/api/national/figures/{id}", new { valueMtCo2eq = 150.0m, status = "verified", source = "https://fsc.go.kr/no010101/79643", version });
        var second = await client.PutAsJsonAsync($"/api/national/figures/{id}", new { valueMtCo2eq = 140.0m, status = "verified", source = "https://fsc.go.kr/no010101/79643", version });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = JsonNode.Parse(await second.Content.ReadAsStringAsync())!;
        Assert.Equal(150.0m, (decimal)problem["current"]!["valueMtCo2eq"]!);
        Assert.Equal(version + 1, (int)problem["current"]!["version"]!);
        Assert.Equal(150.0m, (decimal)(await PowerNdcAsync(client))["valueMtCo2eq"]!);
    }

    [Fact]
    public async Task ConcurrentEdits_FromTheSameVersion_OnlyOneWins()
    {
        var (database, app, client) = await StartAsync();
        await using var _ = database;
        await using var __ = app;
        var read = await PowerNdcAsync(client);
        var id = (int)read["id"]!;
        var version = (int)read["version"]!;

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            client.PutAsJsonAsync($"/api/national/figures/{id}", new { valueMtCo2eq = 150m + i, status = "verified", source = "s", version })));

        Assert.Single(results, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(results.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(version + 1, (int)(await PowerNdcAsync(client))["version"]!);
    }

    [Fact]
    public async Task Edit_LeavesAnAuditRow_WithWhoWhenAndTheValuesBeforeAndAfter()
    {
        var (database, app, client) = await StartAsync();
        await using var _ = database;
        await using var __ = app;
        var read = await PowerNdcAsync(client);

        await client.PutAsJsonAsync($"/api/national/figures/{(int)read["id"]!}", new { valueMtCo2eq = 151.5m, status = "derived", source = "recomputed", version = (int)read["version"]! });

        var trail = (await client.GetFromJsonAsync<JsonArray>($"/api/audit?entityType=OfficialFigure&entityId={(int)read["id"]!}"))!;
        var update = trail.First(e => (string)e!["action"]! == "update")!;
        Assert.Equal("national", (string)update["actorName"]!);
        using var before = JsonDocument.Parse((string)update["before"]!);
        using var after = JsonDocument.Parse((string)update["after"]!);
        Assert.Equal(149_900_000m, before.RootElement.GetProperty("Value").GetDecimal());
        Assert.Equal(151_500_000m, after.RootElement.GetProperty("Value").GetDecimal());
        Assert.Equal("Derived", after.RootElement.GetProperty("Status").GetString());
        Assert.Equal(TestClock.Start.UtcDateTime, ((DateTime)update["atUtc"]!).ToUniversalTime());
    }

    [Fact]
    public async Task AuditExport_IsCsvWithABomForExcel()
    {
        var (database, app, client) = await StartAsync();
        await using var _ = database;
        await using var __ = app;

        var bytes = await client.GetByteArrayAsync("/api/audit/export?entityType=Government");

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("Id,AtUtc,UserId,ActorName,EntityType,EntityId,Action,Before,After", text);
        Assert.Contains("서울특별시", text); // seeding is audited too, as "system"
    }

    [Fact]
    public async Task ReadOnlyToken_CannotWrite()
    {
        var (database, app, client) = await StartAsync(canWrite: false);
        await using var _ = database;
        await using var __ = app;
        var read = await PowerNdcAsync(client);

        var response = await client.PutAsJsonAsync($"/api/national/figures/{(int)read["id"]!}", new { valueMtCo2eq = 1m, status = "verified", source = "s", version = (int)read["version"]! });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task InvalidCorrection_NamesTheField_AndChangesNothing()
    {
        var (database, app, client) = await StartAsync();
        await using var _ = database;
        await using var __ = app;
        var read = await PowerNdcAsync(client);

        var response = await client.PutAsJsonAsync($"/api/national/figures/{(int)read["id"]!}", new { valueMtCo2eq = 1m, status = "official", source = "s", version = (int)read["version"]! });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"status\"", await response.Content.ReadAsStringAsync());
        await using var db = database.Open();
        Assert.Equal(0, await db.AuditEntries.CountAsync(a => a.Action == "update" && a.EntityType == "OfficialFigure"));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Scenarios;

/// <summary>A scenario's names, description and value sources longer than their columns are refused by field, and
/// nothing is saved (PostgreSQL would fail the save; SQLite would keep the text; a source used to be cut short).</summary>
public sealed class ScenarioLongTextTests
{
    private static async Task<JsonObject> ErrorsOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
    }

    private static async Task<int> CountAsync(HttpClient client) => (await client.GetFromJsonAsync<JsonArray>("/api/scenarios"))!.Count;

    [Fact]
    public async Task OverlongNamesDescriptionsAndSources_AreRefusedByField_AndNothingIsSaved()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        var client = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "b@busan.example", [Role.RegionalOfficer], busan), true, busan);
        var before = await CountAsync(client);

        var created = await client.PostAsJsonAsync($"/api/governments/{busan}/scenarios", new
        {
            version = 0, nameKo = new string('가', 301), nameEn = new string('a', 301), description = new string('설', 4001), baseYear = 2018, endYear = 2050,
        });
        var errors = await ErrorsOf(created);
        Assert.Equal(["nameKo", "nameEn", "description"], errors.Select(e => e.Key));
        Assert.Contains("4,000", (string)errors["description"]![0]!, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync(client));

        var scenario = (await (await client.PostAsJsonAsync($"/api/governments/{busan}/scenarios", new { version = 0, nameKo = "부산 시험", baseYear = 2018, endYear = 2050 }))
            .Content.ReadFromJsonAsync<JsonObject>())!;
        var id = (int)scenario["id"]!;
        var described = await client.PutAsJsonAsync($"/api/scenarios/{id}", new { version = 0, nameKo = "부산 시험", description = new string('설', 4001), baseYear = 2018, endYear = 2050 });
        Assert.Equal(["description"], (await ErrorsOf(described)).Select(e => e.Key));

        var lines = await client.PutAsJsonAsync($"/api/scenarios/{id}/lines", new
        {
            version = 0, set = new[] { new { sector = "power", year = 2030, valueTCo2eq = 1_000m, source = new string('출', 1001) } },
        });
        Assert.Equal(["set[0].source"], (await ErrorsOf(lines)).Select(e => e.Key));

        var copied = await client.PostAsJsonAsync($"/api/scenarios/{id}/copies", new { governmentId = busan, nameKo = new string('사', 301) });
        Assert.Equal(["nameKo"], (await ErrorsOf(copied)).Select(e => e.Key));

        var saved = (await client.GetFromJsonAsync<JsonObject>($"/api/scenarios/{id}"))!;
        Assert.Equal((0, "", 0), ((int)saved["scenario"]!["version"]!, (string)saved["description"]!, saved["points"]!.AsArray().Count));
        Assert.Equal(before + 1, await CountAsync(client));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.National;

/// <summary>An official figure's source longer than its column is refused by field, and the figure is unchanged
/// (PostgreSQL would fail the save; SQLite would keep the text).</summary>
public sealed class FigureLongTextTests
{
    private static async Task<JsonNode> PowerNdcAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonArray>("/api/national/figures?series=ndc-2021&year=2030"))!.Single(f => (string)f!["line"]! == "power")!;

    [Fact]
    public async Task AnOverlongSource_IsRefusedByField_AndTheFigureIsUnchanged()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var client = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "national@tanso.example", [Role.NationalOfficer]), true);
        var before = await PowerNdcAsync(client);

        var corrected = await client.PutAsJsonAsync($"/api/national/figures/{(int)before["id"]!}",
            new { valueMtCo2eq = 150.0m, status = "verified", source = new string('출', 1001), version = (int)before["version"]! });

        Assert.Equal(HttpStatusCode.BadRequest, corrected.StatusCode);
        var errors = (await corrected.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Equal(["source"], errors.Select(e => e.Key));
        Assert.Contains("1,000", (string)errors["source"]![0]!, StringComparison.Ordinal);
        Assert.Equal(before.ToJsonString(), (await PowerNdcAsync(client)).ToJsonString());
    }
}

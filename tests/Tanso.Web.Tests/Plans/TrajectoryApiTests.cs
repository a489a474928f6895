using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Plans;

public sealed class TrajectoryApiTests
{
    [Fact]
    public async Task Paths_RunFromTheBaseThroughTheTargets_PerSectorToo_AndManualValuesAreUsedWhenChosen()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        var client = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "b@busan.example", [Role.RegionalOfficer], busan), true, busan);

        // The base comes from the (sample) inventory edition: Busan's 2018 gross.
        var created = await client.PostAsJsonAsync($"/api/governments/{busan}/plans", new
        {
            title = "부산 계획", periodStart = 2024, periodEnd = 2033, baseYear = 2018, baseEmissionsTCo2eq = 0m, baseSource = "", baseEdition = "sample-provinces",
            netZeroYear = 2050, interpolation = "straight-line",
        });
        var plan = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = (int)plan["id"]!;
        var inventory = (await client.GetFromJsonAsync<JsonObject>($"/api/governments/{busan}/inventory"))!["entries"]!.AsArray();
        decimal Actual(string sector, int year) => (decimal)inventory.Single(e => (string)e!["sector"]! == sector && (int)e["year"]! == year)!["valueTCo2eq"]!;
        var gross2018 = inventory.Where(e => (int)e!["year"]! == 2018 && (string)e["sector"]! != "lulucf").Sum(e => (decimal)e!["valueTCo2eq"]!);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(gross2018, (decimal)plan["baseEmissionsTCo2eq"]!);
        Assert.Contains("예시 데이터", (string)plan["baseSource"]!, StringComparison.Ordinal);

        var withTargets = (await (await client.PutAsJsonAsync($"/api/plans/{id}/targets", new
        {
            version = (int)plan["version"]!,
            targets = new object[] { new { year = 2030, kind = "reduction-percent", value = 40m }, new { year = 2030, sector = "transport", kind = "reduction-percent", value = 50m } },
        })).Content.ReadFromJsonAsync<JsonObject>())!;
        var paths = (await client.GetFromJsonAsync<JsonArray>($"/api/plans/{id}/trajectory"))!;

        var total = paths.Single(p => p!["sector"] is null)!["values"]!.AsArray();
        Assert.Equal(Enumerable.Range(2018, 33), total.Select(v => (int)v!["year"]!));
        Assert.Equal(Math.Round(gross2018 * 0.6m, 4), (decimal)total.Single(v => (int)v!["year"]! == 2030)!["valueTCo2eq"]!);
        Assert.Equal(0m, (decimal)total[^1]!["valueTCo2eq"]!); // net zero in 2050
        var transport = paths.Single(p => (string?)p!["sector"] == "transport")!;
        Assert.Equal(Actual("transport", 2018), (decimal)transport["baseTCo2eq"]!);
        Assert.Equal(Math.Round(Actual("transport", 2018) * 0.5m, 4), (decimal)transport["values"]!.AsArray().Single(v => (int)v!["year"]! == 2030)!["valueTCo2eq"]!);
        Assert.Equal(Actual("transport", 2022), (decimal)transport["actual"]!.AsArray().Single(v => (int)v!["year"]! == 2022)!["valueTCo2eq"]!);

        // Manual: the hand-entered values replace the drawn path; a gap is reported, not papered over.
        var manual = (await (await client.PutAsJsonAsync($"/api/plans/{id}", new
        {
            title = "부산 계획", periodStart = 2024, periodEnd = 2033, baseYear = 2018, baseEmissionsTCo2eq = 0m, baseSource = "", baseEdition = "sample-provinces",
            interpolation = "manual", version = (int)withTargets["version"]!,
        })).Content.ReadFromJsonAsync<JsonObject>())!;
        var points = Enumerable.Range(2019, 11).Where(y => y != 2025).Select(y => new { year = y, valueTCo2eq = 1_000m * y }).ToArray();
        var set = await client.PutAsJsonAsync($"/api/plans/{id}/trajectory", new { version = (int)manual["version"]!, points });
        var manualTotal = (await client.GetFromJsonAsync<JsonArray>($"/api/plans/{id}/trajectory"))!.Single(p => p!["sector"] is null)!;

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(2_019_000m, (decimal)manualTotal["values"]!.AsArray().Single(v => (int)v!["year"]! == 2019)!["valueTCo2eq"]!);
        Assert.Contains("missing 2025", (string)manualTotal["notes"]![0]!, StringComparison.Ordinal);
    }
}

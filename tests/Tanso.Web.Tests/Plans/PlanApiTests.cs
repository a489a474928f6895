using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Plans;

public sealed class PlanApiTests
{
    private sealed record World(TestDatabase Database, TansoApp App, int Busan, int Daegu, HttpClient BusanOfficer, HttpClient DaeguOfficer, HttpClient Public) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await App.DisposeAsync();
            await Database.DisposeAsync();
        }
    }

    private static async Task<World> StartAsync()
    {
        var database = TestDatabase.Create();
        var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        var daegu = await People.GovernmentIdAsync(app, "27");
        var busanOfficer = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "b@busan.example", [Role.RegionalOfficer], busan), true, busan);
        var daeguOfficer = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "d@daegu.example", [Role.RegionalOfficer], daegu), true, daegu);
        return new World(database, app, busan, daegu, busanOfficer, daeguOfficer, app.CreateRawClient());
    }

    private static object Header(int version = 0) => new
    {
        title = "부산광역시 탄소중립 녹색성장 기본계획", periodStart = 2024, periodEnd = 2033, baseYear = 2018, baseEmissionsTCo2eq = 16_628_000m,
        baseSource = "donga.com/news/amp/all/20240327/124190435/1", scopeNote = "시 관할 배출량", netZeroYear = 2050, interpolation = "straight-line", version,
    };

    private static async Task<JsonObject> Json(HttpResponseMessage response) => (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    [Fact]
    public async Task ADraft_IsSeenOnlyByItsGovernment_UntilItIsPublished()
    {
        await using var w = await StartAsync();
        var created = await w.BusanOfficer.PostAsJsonAsync($"/api/governments/{w.Busan}/plans", Header());
        var plan = await Json(created);
        var id = (int)plan["id"]!;

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("draft", (string)plan["status"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await w.DaeguOfficer.GetAsync($"/api/plans/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await w.Public.GetAsync($"/api/plans/{id}")).StatusCode);
        Assert.DoesNotContain(id, (await w.DaeguOfficer.GetFromJsonAsync<JsonArray>($"/api/governments/{w.Busan}/plans"))!.Select(p => (int)p!["id"]!));
        Assert.Equal(HttpStatusCode.Forbidden, (await w.DaeguOfficer.PostAsJsonAsync($"/api/governments/{w.Busan}/plans", Header())).StatusCode);

        await PlanReviewFlow.RunAsync(w.App, w.BusanOfficer, id, (int)plan["version"]!);

        Assert.Equal("published", (string)(await w.Public.GetFromJsonAsync<JsonObject>($"/api/plans/{id}"))!["status"]!);
        Assert.Contains(id, (await w.Public.GetFromJsonAsync<JsonArray>($"/api/governments/{w.Busan}/plans"))!.Select(p => (int)p!["id"]!));
    }

    [Fact]
    public async Task TargetsTasksAndKpis_AreAdded_WithCostPerTonne_AndResolvedTargets()
    {
        await using var w = await StartAsync();
        var plan = await Json(await w.BusanOfficer.PostAsJsonAsync($"/api/governments/{w.Busan}/plans", Header()));
        var id = (int)plan["id"]!;

        var targeted = await Json(await w.BusanOfficer.PutAsJsonAsync($"/api/plans/{id}/targets", new
        {
            version = (int)plan["version"]!,
            targets = new object[] { new { year = 2030, kind = "reduction-percent", value = 45m }, new { year = 2030, sector = "수송", kind = "amount", value = 2_000_000m } },
        }));
        var area = await Json(await w.BusanOfficer.PostAsJsonAsync($"/api/plans/{id}/tasks", new { version = (int)targeted["version"]!, level = "area", code = "1", name = "수송", department = "교통국", sector = "transport", startYear = 2024, endYear = 2033 }));
        var withTask = await w.BusanOfficer.PostAsJsonAsync($"/api/plans/{id}/tasks", new
        {
            version = (int)area["version"]!, level = "task", code = "1-1", parentCode = "1", name = "전기차 보급 확대", department = "교통국", sector = "transport", startYear = 2024, endYear = 2030,
            years = new[] { new { year = 2024, budgetKrw = 1_000_000_000m, expectedReductionTCo2eq = 2_000m }, new { year = 2025, budgetKrw = 1_000_000_000m, expectedReductionTCo2eq = 3_000m } },
            kpis = new[] { new { name = "전기차 보급 대수", unit = "대", direction = "increase", baseValue = 10_000m, targets = new Dictionary<int, decimal> { [2030] = 100_000m } } },
        });
        var result = await Json(withTask);

        Assert.Equal(HttpStatusCode.OK, withTask.StatusCode);
        var total = result["targets"]!.AsArray().Single(t => t!["sector"] is null)!;
        Assert.Equal(9_145_400m, (decimal)total["resolvedTCo2eq"]!);
        Assert.Equal(-45m, (decimal)total["changeFromBasePercent"]!);
        var task = result["tasks"]!.AsArray().Single(t => (string)t!["code"]! == "1-1")!;
        Assert.Equal("1", (string)task["parentCode"]!);
        Assert.Equal(400_000m, (decimal)task["costPerTonneKrw"]!);
        Assert.Equal("전기차 보급 대수", (string)task["kpis"]![0]!["name"]!);
    }

    [Fact]
    public async Task BadInput_StaleVersions_IllegalMovesAndEditsAfterSubmission_AreRefused()
    {
        await using var w = await StartAsync();
        var plan = await Json(await w.BusanOfficer.PostAsJsonAsync($"/api/governments/{w.Busan}/plans", Header()));
        var id = (int)plan["id"]!;
        var version = (int)plan["version"]!;

        var badTask = await w.BusanOfficer.PostAsJsonAsync($"/api/plans/{id}/tasks", new
        {
            version, level = "task", code = "9-1", parentCode = "9", name = "x", startYear = 2024, endYear = 2030,
            kpis = new[] { new { name = "에너지 사용량", unit = "TOE", direction = "decrease", baseValue = 100m, targets = new Dictionary<int, decimal> { [2030] = 120m } } },
        });
        var stale = await w.BusanOfficer.PutAsJsonAsync($"/api/plans/{id}/targets", new { version = version + 7, targets = Array.Empty<object>() });
        var illegal = await w.BusanOfficer.PostAsJsonAsync($"/api/plans/{id}/transitions", new { action = "publish", version });
        var early = await w.BusanOfficer.PostAsJsonAsync($"/api/plans/{id}/transitions", new { action = "submit", version });
        var deliberated = await PlanReviewFlow.RecordCommitteeAsync(w.BusanOfficer, id, version);
        var late = await w.BusanOfficer.PutAsJsonAsync($"/api/plans/{id}", Header(deliberated));

        Assert.Equal(HttpStatusCode.BadRequest, badTask.StatusCode);
        var errors = (await Json(badTask))["errors"]!.AsObject();
        Assert.Contains("parentCode", errors.Select(e => e.Key));
        Assert.Contains("kpis[0]", errors.Select(e => e.Key));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, illegal.StatusCode);
        Assert.Contains("작성 중 상태의 계획은 '공개'할 수 없습니다", (string)(await Json(illegal))["detail"]!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Contains("가능한 작업: 수정, 위원회 심의 기록", (string)(await Json(early))["detail"]!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("위원회 심의 완료 상태입니다: 작성 중인 계획만 고칠 수 있습니다", (string)(await Json(late))["detail"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangingAnApprovedPlan_MakesANewRevision_AndTheOldOneStays()
    {
        await using var w = await StartAsync();
        var plan = await Json(await w.BusanOfficer.PostAsJsonAsync($"/api/governments/{w.Busan}/plans", Header()));
        var id = (int)plan["id"]!;
        var version = (int)plan["version"]!;
        version = await PlanReviewFlow.RunAsync(w.App, w.BusanOfficer, id, version, publish: false);

        var revised = await w.BusanOfficer.PostAsJsonAsync($"/api/plans/{id}/revisions", new { version });
        var again = await w.BusanOfficer.PostAsJsonAsync($"/api/plans/{id}/revisions", new { version });
        var next = await Json(revised);

        Assert.Equal(HttpStatusCode.Created, revised.StatusCode);
        Assert.Equal((2, "draft", (int)plan["lineageId"]!), ((int)next["revision"]!, (string)next["status"]!, (int)next["lineageId"]!));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("approved", (string)(await w.BusanOfficer.GetFromJsonAsync<JsonObject>($"/api/plans/{id}"))!["status"]!);

        var nextId = (int)next["id"]!;
        await w.BusanOfficer.PutAsJsonAsync($"/api/plans/{nextId}/targets", new { version = (int)next["version"]!, targets = new[] { new { year = 2030, kind = "reduction-percent", value = 50m } } });
        var diff = (await w.BusanOfficer.GetFromJsonAsync<JsonObject>($"/api/plans/{id}/compare/{nextId}"))!;
        var change = Assert.Single(diff["targets"]!.AsArray())!;
        Assert.Equal((2030, null, "50 %"), ((int)change["year"]!, (string?)change["before"], (string?)change["after"]));
        Assert.Equal(HttpStatusCode.NotFound, (await w.DaeguOfficer.GetAsync($"/api/plans/{id}/compare/{nextId}")).StatusCode);
    }
}

public sealed class SamplePlanTests(SeededApp fixture) : IClassFixture<SeededApp>
{
    [Fact]
    public async Task BusansSamplePlan_IsPublishedAndLabelled_OnItsSampleInventory()
    {
        var client = fixture.App.CreateClient();
        var busan = await People.GovernmentIdAsync(fixture.App, "26");

        var plans = (await client.GetFromJsonAsync<JsonArray>($"/api/governments/{busan}/plans"))!;
        var sample = plans.Single(p => (bool)p!["isSample"]!)!;
        var plan = (await client.GetFromJsonAsync<JsonObject>($"/api/plans/{(int)sample["id"]!}"))!;

        Assert.Equal("published", (string)plan["status"]!);
        Assert.StartsWith("[예시]", (string)plan["title"]!, StringComparison.Ordinal);
        Assert.All(plan["tasks"]!.AsArray().Where(t => (string)t!["level"]! != "area"), t => Assert.StartsWith("[예시]", (string)t!["name"]!, StringComparison.Ordinal));

        // The sample plan stands on the sample inventory (never on Busan's published 16.628 Mt beside made-up actuals):
        // its base is the sample 2018 gross, and its −40 % target resolves against it.
        var inventory = (await client.GetFromJsonAsync<JsonObject>($"/api/governments/{busan}/inventory"))!;
        var gross2018 = inventory["entries"]!.AsArray().Where(e => (int)e!["year"]! == 2018 && (string)e["sector"]! != "lulucf").Sum(e => (decimal)e!["valueTCo2eq"]!);
        Assert.Equal(gross2018, (decimal)plan["baseEmissionsTCo2eq"]!);
        Assert.NotEqual(16_628_000m, gross2018);
        Assert.Equal(gross2018 * 0.6m, (decimal)plan["targets"]!.AsArray().Single(t => t!["sector"] is null)!["resolvedTCo2eq"]!);

        // A sector target of −40 % resolves against the sector's own base-year value, not the plan's total.
        var transport2018 = (decimal)inventory["entries"]!.AsArray().Single(e => (string)e!["sector"]! == "transport" && (int)e["year"]! == 2018)!["valueTCo2eq"]!;
        var transport = plan["targets"]!.AsArray().Single(t => (string?)t!["sector"] == "transport")!;
        Assert.Equal(transport2018, (decimal)transport["baseTCo2eq"]!);
        Assert.Equal(transport2018 * 0.6m, (decimal)transport["resolvedTCo2eq"]!);
        Assert.Equal(-40m, (decimal)transport["changeFromBasePercent"]!);
    }
}

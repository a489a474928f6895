using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Fuzz;

/// <summary>Input that cannot be read is the caller's mistake: 400 naming the field, 413 naming the limit, never 500.</summary>
public sealed class InputProblemTests
{
    private static async Task<(TansoApp App, HttpClient Client, int Busan)> OfficerAsync(TestDatabase database)
    {
        var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        var client = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "b@busan.example", [Role.RegionalOfficer], busan), true, busan);
        return (app, client, busan);
    }

    [Fact]
    public async Task MalformedJson_Is400_NamingTheField()
    {
        await using var database = TestDatabase.Create();
        var (app, client, busan) = await OfficerAsync(database);
        await using var _ = app;

        var response = await client.PostAsync($"/api/governments/{busan}/plans",
            new StringContent("""{"title":"x","periodStart":"not a year"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(problem["errors"]!.AsObject().ContainsKey("periodStart"), problem.ToJsonString());
    }

    [Fact]
    public async Task ABodyLargerThanItsLimit_Is413_NamingTheLimit()
    {
        await using var database = TestDatabase.Create();
        var (app, client, busan) = await OfficerAsync(database);
        await using var _ = app;
        HttpContent Body()
        {
            var body = new ByteArrayContent(new byte[2 * 1024 * 1024]);
            body.Headers.ContentType = new("application/json");
            return body;
        }

        var response = await client.PostAsync($"/api/governments/{busan}/plans", Body());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("request-bytes", (string)problem["limit"]!);
        Assert.Equal(1024 * 1024, (long)problem["allowed"]!);
    }

    [Fact]
    public async Task AWorkbookBomb_UploadedAsPlanTasks_Is413_NamingTheLimit_AndAddsNothing()
    {
        await using var database = TestDatabase.Create();
        var (app, client, busan) = await OfficerAsync(database);
        await using var _ = app;
        var draft = (await (await client.PostAsJsonAsync($"/api/governments/{busan}/plans", new
        {
            title = "부산 새 계획", periodStart = 2024, periodEnd = 2033, baseYear = 2018, baseEmissionsTCo2eq = 16_628_000m, baseSource = "test",
        })).Content.ReadFromJsonAsync<JsonObject>())!;
        await using var db = database.Open();
        var tasksBefore = await db.Set<Tanso.Core.Plans.PlanTask>().CountAsync();

        var response = await client.PostAsync($"/api/plans/{(int)draft["id"]!}/tasks/import", new MultipartFormDataContent
        {
            { new ByteArrayContent(BombFiles.Dimension()), "file", "tasks.xlsx" },
            { new StringContent(((int)draft["version"]!).ToString(System.Globalization.CultureInfo.InvariantCulture)), "version" },
        });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("dimension", (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["limit"]!);
        Assert.Equal(tasksBefore, await db.Set<Tanso.Core.Plans.PlanTask>().CountAsync());
    }

    [Theory]
    [InlineData("dimension")]
    [InlineData("rows")]
    [InlineData("cell-characters")]
    public async Task AWorkbookBomb_UploadedAsAnInventory_Is413_NamingTheLimit_AndStoresNothing(string limit)
    {
        await using var database = TestDatabase.Create();
        var (app, client, _) = await OfficerAsync(database);
        await using var __ = app;
        var bomb = limit switch { "dimension" => BombFiles.Dimension(), "rows" => BombFiles.Rows(1_200_000), _ => BombFiles.Zip(1) };
        await using var db = database.Open();
        var (editions, entries) = (await db.InventoryEditions.CountAsync(), await db.InventoryEntries.CountAsync());

        var response = await client.PostAsync("/api/inventory/imports", new MultipartFormDataContent
        {
            { new ByteArrayContent(bomb), "file", "inventory.xlsx" },
            { new StringContent("bomb-" + limit), "edition" },
            { new StringContent("2025-06-01"), "publishedOn" },
            { new StringContent("t"), "unit" },
        });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(limit, (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["limit"]!);
        Assert.Equal((editions, entries), (await db.InventoryEditions.CountAsync(), await db.InventoryEntries.CountAsync()));
    }

    [Theory]
    [InlineData("/%5Cevil", "/")]
    [InlineData("//evil.example", "/")]
    [InlineData("/plans?x=1", "/plans?x=1")]
    public async Task TheLanguageSwitch_RedirectsOnlyToLocalPaths(string returnUrl, string expected)
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);

        var response = await app.CreateRawClient().GetAsync($"/language/en?returnUrl={returnUrl}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task APlanBudgetBeyondThePlausibleRange_IsRefused_NamingTheField()
    {
        await using var database = TestDatabase.Create();
        var (app, client, busan) = await OfficerAsync(database);
        await using var _ = app;

        var response = await client.PostAsJsonAsync($"/api/governments/{busan}/plans", new
        {
            title = "부산 새 계획", periodStart = 2024, periodEnd = 2033, baseYear = 2018, baseEmissionsTCo2eq = 79_000_000_000_000_000_000_000_000_000m, baseSource = "test",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(problem["errors"]!.AsObject().ContainsKey("baseEmissionsTCo2eq"), problem.ToJsonString());
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Tanso.Core.Access;
using Tanso.Web.Infrastructure;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Portal;

/// <summary>
/// What evicts a cached public page: any write, on any instance, through the data version (the newest audit id). Each
/// kind of write the portal shows is made on a second instance while the first holds the page in its cache.
/// </summary>
public sealed class PublicCacheEvictionTests
{
    private static bool FromCache(HttpResponseMessage response) => response.Headers.Age is not null;

    private static MultipartFormDataContent Inventory(string csv) => new()
    {
        { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", "busan.csv" },
        { new StringContent("busan-cache"), "edition" },
        { new StringContent("부산 인벤토리 (캐시 시험)"), "editionName" },
        { new StringContent("부산광역시"), "publisher" },
        { new StringContent("2026-06-01"), "publishedOn" },
        { new StringContent("cache test"), "source" },
        { new StringContent("false"), "dryRun" },
        { new StringContent("t"), "unit" },
    };

    [Theory]
    [InlineData("an inventory import")]
    [InlineData("a plan published")]
    public async Task AWriteOnAnotherInstance_EvictsTheCachedDashboard(string write)
    {
        await using var database = TestDatabase.Create();
        await using var reader = new TansoApp(database);
        await using var writer = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(reader, "26");
        var anonymous = reader.CreateRawClient();
        var path = $"/portal/governments/{busan}";
        await anonymous.GetAsync(path);
        Assert.True(FromCache(await anonymous.GetAsync(path)));
        var officer = await People.ClientWithTokenAsync(writer, await People.CreateUserAsync(writer, "cache@busan.example", [Role.RegionalOfficer], busan), true, busan);

        if (write == "an inventory import")
        {
            var imported = await officer.PostAsync("/api/inventory/imports", Inventory("government,sector,2020,2021\n부산광역시,전환,100,110\n부산광역시,수송,50,50"));
            Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        }
        else
        {
            var created = await officer.PostAsJsonAsync($"/api/governments/{busan}/plans", new
            {
                title = "부산광역시 캐시 시험 계획", periodStart = 2024, periodEnd = 2033, baseYear = 2018, baseEmissionsTCo2eq = 16_628_000m,
                baseSource = "cache test", scopeNote = "시 관할 배출량", netZeroYear = 2050, interpolation = "straight-line", version = 0,
            });
            var plan = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
            var version = (int)plan["version"]!;
            await Plans.PlanReviewFlow.RunAsync(writer, officer, (int)plan["id"]!, version);
        }

        var after = await anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.False(FromCache(after), $"{path} came from the cache after {write}");
    }

    [Fact]
    public async Task RequestsThatFindTheVersionDue_ShareOneQuery()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database, [new("PublicCache:VersionCheck", "00:10:00")]);
        _ = app.Server;
        var version = app.Services.GetRequiredService<PublicDataVersion>();
        var before = version.Reads;

        var keys = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => version.CurrentAsync(CancellationToken.None).AsTask()));
        var again = await version.CurrentAsync(CancellationToken.None);

        Assert.Single(keys.Distinct());
        Assert.Equal(keys[0], again);
        Assert.InRange(version.Reads - before, 1, 2); // one query, or two when the first finished before the last request asked
        version.Changed();
        Assert.NotEqual(again, await version.CurrentAsync(CancellationToken.None));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Governments;

public sealed class StatisticsTests
{
    private static MultipartFormDataContent Upload(string csv, string? source = "KOSIS 주민등록인구·지역소득") => new()
    {
        { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", "stats.csv" },
        { new StringContent(source ?? ""), "source" },
    };

    [Fact]
    public async Task PopulationAndGrdp_ImportAllOrNothing_AndALaterFileRevisesThem()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        var client = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "admin@tanso.example", [Role.SystemAdmin]), true);

        var bad = await client.PostAsync("/api/governments/statistics", Upload("지자체,연도,인구,지역내총생산(백만원)\n부산광역시,2021,3350000,100\n부산광역시,2022,many,100"));
        var first = await client.PostAsync("/api/governments/statistics", Upload("지자체,연도,인구,지역내총생산(백만원)\n부산광역시,2021,\"3,350,000\",100000\n부산광역시,2022,3320000,"));
        var revised = await client.PostAsync("/api/governments/statistics", Upload("government,year,population\n부산광역시,2022,3317000"));
        var stats = (await client.GetFromJsonAsync<JsonArray>($"/api/governments/{busan}/statistics"))!;

        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("'many'은(는) 인구(0보다 큰 정수)가 아닙니다", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(2, (int)(await first.Content.ReadFromJsonAsync<JsonObject>())!["inserted"]!);
        Assert.Equal(1, (int)(await revised.Content.ReadFromJsonAsync<JsonObject>())!["updated"]!);
        Assert.Equal([(2021, 3_350_000L, (decimal?)100000m), (2022, 3_317_000L, null)],
            stats.Select(s => ((int)s!["year"]!, (long)s["population"]!, (decimal?)s["grdpMillionKrw"])));
    }

    [Fact]
    public async Task AFileWithoutASource_IsRefused()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var client = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "admin@tanso.example", [Role.SystemAdmin]), true);

        var response = await client.PostAsync("/api/governments/statistics", Upload("government,year,population\n부산광역시,2022,3317000", source: null));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("give a 'source' column", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Governments;

/// <summary>A government's names and the sources of its statistics longer than their columns are refused by field (or by
/// file, row and column), and nothing is saved (PostgreSQL would fail the save; SQLite would keep the text).</summary>
public sealed class GovernmentLongTextTests
{
    private static MultipartFormDataContent Upload(string csv, string source) => new()
    {
        { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", "stats.csv" },
        { new StringContent(source), "source" },
    };

    [Fact]
    public async Task AnOverlongName_IsRefusedByField_AndTheGovernmentKeepsItsName()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        var admin = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "admin@tanso.example", [Role.SystemAdmin]), true);
        var before = (await admin.GetFromJsonAsync<JsonArray>("/api/governments"))!.Single(g => (int)g!["id"]! == busan)!;

        var renamed = await admin.PutAsJsonAsync($"/api/governments/{busan}", new { nameKo = new string('부', 101), nameEn = "Busan", version = 0 });

        Assert.Equal(HttpStatusCode.BadRequest, renamed.StatusCode);
        var errors = (await renamed.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Equal(["nameKo"], errors.Select(e => e.Key));
        Assert.Contains("100", (string)errors["nameKo"]![0]!, StringComparison.Ordinal);
        var after = (await admin.GetFromJsonAsync<JsonArray>("/api/governments"))!.Single(g => (int)g!["id"]! == busan)!;
        Assert.Equal((string)before["nameKo"]!, (string)after["nameKo"]!);
    }

    [Fact]
    public async Task AnOverlongStatisticSource_IsRefusedByRowAndColumn_OrAsTheFilesSource_AndNothingIsImported()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        var admin = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "admin@tanso.example", [Role.SystemAdmin]), true);

        var byRow = await admin.PostAsync("/api/governments/statistics",
            Upload($"government,year,population,source\n부산광역시,2021,3350000,KOSIS\n부산광역시,2022,3320000,{new string('출', 501)}", "KOSIS"));
        var byFile = await admin.PostAsync("/api/governments/statistics", Upload("government,year,population\n부산광역시,2022,3320000", new string('출', 501)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, byRow.StatusCode);
        var problem = Assert.Single((await byRow.Content.ReadFromJsonAsync<JsonObject>())!["problems"]!.AsArray())!;
        Assert.Equal(("stats.csv", 3, "D (source)"), ((string)problem["location"]!, (int)problem["row"]!, (string)problem["column"]!));
        Assert.Contains("500", (string)problem["messageKo"]!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, byFile.StatusCode);
        Assert.Equal("source", (string)(await byFile.Content.ReadFromJsonAsync<JsonObject>())!["problems"]![0]!["column"]!);
        Assert.Empty((await admin.GetFromJsonAsync<JsonArray>($"/api/governments/{busan}/statistics"))!);
    }
}

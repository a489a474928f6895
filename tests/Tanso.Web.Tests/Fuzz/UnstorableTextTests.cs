using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Fuzz;

/// <summary>
/// Inputs CI's fuzzing found on PostgreSQL: a NUL character in a scenario copy's name (PostgreSQL refuses NUL in
/// text: the save failed with a 500) and a workbook cell of 1E+300 (beyond a decimal: the reader threw). Each is now
/// refused as the caller's mistake, naming the field or the row and column, and writes nothing.
/// </summary>
public sealed class UnstorableTextTests
{
    private static async Task<(TestDatabase Database, TansoApp App, HttpClient Client, int Busan)> StartAsync()
    {
        var database = TestDatabase.Create();
        var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        var client = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "b@busan.example", [Role.RegionalOfficer], busan), true, busan);
        return (database, app, client, busan);
    }

    private static async Task<JsonObject> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    [Fact]
    public async Task ANulInAScenarioCopysName_Is400NamingTheField_AndNoScenarioIsAdded()
    {
        var (database, app, client, busan) = await StartAsync();
        await using var _ = database;
        await using var __ = app;
        await using var db = database.Open();
        var official = await db.Scenarios.Where(s => s.Code != null).Select(s => s.Id).FirstAsync();
        var before = await db.Scenarios.CountAsync();

        var problem = await ProblemAsync(await client.PostAsJsonAsync($"/api/scenarios/{official}/copies", new { governmentId = busan, nameKo = "부산\u0000사본" }));

        Assert.Equal(["nameKo"], problem["errors"]!.AsObject().Select(e => e.Key));
        Assert.Contains("U+0000", problem["errors"]!["nameKo"]![0]!.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, await db.Scenarios.CountAsync());
    }

    [Fact]
    public async Task ANulInAValueLookedUp_Is400NamingIt_OnEveryEngine()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var admin = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "admin@tanso.example", [Role.SystemAdmin]), true);

        // PostgreSQL cannot even compare a text with a NUL in it; SQLite can. Both now answer the same.
        var problem = await ProblemAsync(await admin.PostAsJsonAsync("/api/inventory/editions/gir-1996gl-1990-2021/supersede", new { by = "gir\u0000fixed" }));

        // Named as the query knows it (the code of the "by" edition).
        Assert.Equal(["byCode"], problem["errors"]!.AsObject().Select(e => e.Key));
        Assert.Contains("U+0000", problem["errors"]!["byCode"]![0]!.ToString(), StringComparison.Ordinal);
    }

    private static MultipartFormDataContent Upload(byte[] file, string name) => new()
    {
        { new ByteArrayContent(file), "file", name },
        { new StringContent("busan-unstorable"), "edition" },
        { new StringContent("부산 인벤토리"), "editionName" },
        { new StringContent("부산광역시"), "publisher" },
        { new StringContent("2025-06-01"), "publishedOn" },
        { new StringContent("busan report"), "source" },
        { new StringContent("t"), "unit" },
    };

    [Fact]
    public async Task ANulInACsvCell_IsRefusedNamingTheFileRowAndColumn_AndNoEditionIsKept()
    {
        var (database, app, client, _) = await StartAsync();
        await using var __ = database;
        await using var ___ = app;

        var response = await client.PostAsync("/api/inventory/imports",
            Upload(Encoding.UTF8.GetBytes("government,sector,2021\n부산광역시,전환,5\n부산광역시,수\u0000송,3"), "busan.csv"));

        // A problem of the import like any other, with its place (it was an exception out of the import, which the
        // upload page could show only as "the request could not be read").
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = Assert.Single((await response.Content.ReadFromJsonAsync<JsonObject>())!["problems"]!.AsArray());
        Assert.Equal("busan.csv", (string)problem!["location"]!);
        Assert.Equal(3, (int)problem["row"]!);
        Assert.Equal("B", (string)problem["column"]!);
        Assert.Contains("U+0000", (string)problem["message"]!, StringComparison.Ordinal);
        await using var db = database.Open();
        Assert.False(await db.InventoryEditions.AnyAsync(e => e.Code == "busan-unstorable"));
    }

    [Fact]
    public async Task AWorkbookCellBeyondADecimal_IsRefusedAsAnUnreadableNumber_NotA500()
    {
        var (database, app, client, _) = await StartAsync();
        await using var __ = database;
        await using var ___ = app;
        using var workbook = new MemoryStream();
        await workbook.SaveAsAsync(new[]
        {
            new Dictionary<string, object> { ["government"] = "부산광역시", ["sector"] = "전환", ["2021"] = 1e300 },
        });

        var response = await client.PostAsync("/api/inventory/imports", Upload(workbook.ToArray(), "busan.xlsx"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problems = (await response.Content.ReadFromJsonAsync<JsonObject>())!["problems"]!.AsArray();
        var problem = Assert.Single(problems);
        Assert.Equal(2, (int)problem!["row"]!);
        Assert.Contains("1E+300", (string)problem["message"]!, StringComparison.OrdinalIgnoreCase);
        await using var db = database.Open();
        Assert.False(await db.InventoryEditions.AnyAsync(e => e.Code == "busan-unstorable"));
    }
}

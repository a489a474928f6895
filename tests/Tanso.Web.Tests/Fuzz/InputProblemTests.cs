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

    [Fact]
    public async Task AWorkbookWhoseSheetXmlIsBroken_IsRefused_NamingTheFile_AndStoresNothing()
    {
        await using var database = TestDatabase.Create();
        var (app, client, _) = await OfficerAsync(database);
        await using var __ = app;
        await using var db = database.Open();
        var (editions, entries) = (await db.InventoryEditions.CountAsync(), await db.InventoryEntries.CountAsync());

        var response = await client.PostAsync("/api/inventory/imports", new MultipartFormDataContent
        {
            { new ByteArrayContent(BrokenSheet()), "file", "broken.xlsx" },
            { new StringContent("broken-sheet"), "edition" },
            { new StringContent("2025-06-01"), "publishedOn" },
            { new StringContent("t"), "unit" },
        });

        var body = await response.Content.ReadAsStringAsync();
        // Not a 500: the import's refusal lists it among the file's problems (422), as any unreadable table.
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, body);
        Assert.Contains("broken.xlsx, sheet 'Sheet1': not a readable .xlsx workbook ('>' is an unexpected token.", body, StringComparison.Ordinal);
        Assert.Equal((editions, entries), (await db.InventoryEditions.CountAsync(), await db.InventoryEntries.CountAsync()));
    }

    // A workbook that opens (its parts are listed) but whose sheet XML breaks in its third row, as a cut or hand-edited file does.
    private static byte[] BrokenSheet()
    {
        using var built = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(built, Enumerable.Range(2018, 5).Select(y => new Dictionary<string, object> { ["연도"] = y, ["부문"] = "에너지", ["배출량"] = 1000 + y }));
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(built.ToArray()), System.IO.Compression.ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var copy = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in zip.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                var text = reader.ReadToEnd();
                if (entry.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal))
                {
                    var rows = System.Text.RegularExpressions.Regex.Matches(text, "<(x:)?row[ >]");
                    Assert.True(rows.Count >= 3, "the sheet has a third row to break");
                    var third = rows[2].Index;
                    text = text.Insert(third + 4, " r>");
                }
                using var writer = new StreamWriter(copy.CreateEntry(entry.FullName).Open());
                writer.Write(text);
            }
        }
        return output.ToArray();
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

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Plans;

/// <summary>A plan's texts longer than their columns are refused by field, through the API and the task workbook, and
/// nothing is saved (PostgreSQL would fail the save; SQLite would keep the text).</summary>
public sealed class PlanLongTextTests
{
    private static async Task<(TestDatabase, TansoApp, HttpClient, int Busan)> StartAsync()
    {
        var database = TestDatabase.Create();
        var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        var officer = await People.CreateUserAsync(app, "b@busan.example", [Role.RegionalOfficer], busan);
        return (database, app, await People.ClientWithTokenAsync(app, officer, true, busan), busan);
    }

    private static object Header(string title = "부산 새 계획", string baseSource = "test", string scopeNote = "", int version = 0) => new
    {
        title, periodStart = 2024, periodEnd = 2033, baseYear = 2018, baseEmissionsTCo2eq = 16_628_000m, baseSource, scopeNote, version,
    };

    private static async Task<JsonObject> ErrorsOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
    }

    private static async Task<JsonObject> PlanAsync(HttpClient client, int id) => (await client.GetFromJsonAsync<JsonObject>($"/api/plans/{id}"))!;

    [Fact]
    public async Task AnOverlongHeader_IsRefusedByField_WhenCreatedOrChanged_AndNothingIsSaved()
    {
        var (database, app, client, busan) = await StartAsync();
        await using var _ = database;
        await using var __ = app;
        var plansBefore = (await client.GetFromJsonAsync<JsonArray>($"/api/governments/{busan}/plans"))!.Count;

        var created = await client.PostAsJsonAsync($"/api/governments/{busan}/plans",
            Header(title: new string('계', 301), baseSource: new string('출', 1001), scopeNote: new string('범', 2001)));

        var errors = await ErrorsOf(created);
        Assert.Equal(["title", "baseSource", "scopeNote"], errors.Select(e => e.Key));
        Assert.Contains("300", (string)errors["title"]![0]!, StringComparison.Ordinal);
        Assert.Equal(plansBefore, (await client.GetFromJsonAsync<JsonArray>($"/api/governments/{busan}/plans"))!.Count);

        var plan = (await (await client.PostAsJsonAsync($"/api/governments/{busan}/plans", Header())).Content.ReadFromJsonAsync<JsonObject>())!;
        var id = (int)plan["id"]!;
        var changed = await client.PutAsJsonAsync($"/api/plans/{id}", Header(title: new string('계', 301), version: (int)plan["version"]!));

        Assert.Equal(["title"], (await ErrorsOf(changed)).Select(e => e.Key));
        Assert.Equal("부산 새 계획", (string)(await PlanAsync(client, id))["title"]!);
    }

    [Fact]
    public async Task AnOverlongTaskOrKpi_IsRefusedByField_AndNoTaskIsAdded()
    {
        var (database, app, client, busan) = await StartAsync();
        await using var _ = database;
        await using var __ = app;
        var plan = (await (await client.PostAsJsonAsync($"/api/governments/{busan}/plans", Header())).Content.ReadFromJsonAsync<JsonObject>())!;
        var id = (int)plan["id"]!;

        var added = await client.PostAsJsonAsync($"/api/plans/{id}/tasks", new
        {
            version = (int)plan["version"]!, level = "area", code = new string('1', 41), name = new string('수', 501), department = new string('과', 201),
            startYear = 2024, endYear = 2030,
            kpis = new[] { new { name = new string('지', 301), unit = new string('대', 41), direction = "increase", baseValue = 1m, targets = new Dictionary<int, decimal>() } },
        });

        Assert.Equal(["code", "name", "department", "kpis[0].name", "kpis[0].unit"], (await ErrorsOf(added)).Select(e => e.Key));
        Assert.Empty((await PlanAsync(client, id))["tasks"]!.AsArray());
    }

    [Fact]
    public async Task AWorkbookWithOverlongTexts_AddsNothing_AndNamesSheetRowAndColumn()
    {
        var (database, app, client, busan) = await StartAsync();
        await using var _ = database;
        await using var __ = app;
        var plan = (await (await client.PostAsJsonAsync($"/api/governments/{busan}/plans", Header())).Content.ReadFromJsonAsync<JsonObject>())!;
        var id = (int)plan["id"]!;
        using var stream = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(stream, new Dictionary<string, object>
        {
            ["이행과제"] = new List<Dictionary<string, object?>>
            {
                new() { ["level"] = "area", ["code"] = "1", ["parent_code"] = "", ["name"] = "수송", ["department"] = new string('과', 201), ["sector"] = "수송", ["start_year"] = 2024, ["end_year"] = 2030 },
            },
            ["성과지표"] = new List<Dictionary<string, object?>>
            {
                new() { ["code"] = "1", ["kpi"] = "전기차 보급 대수", ["unit"] = new string('대', 41), ["direction"] = "increase", ["base_value"] = 1, ["year"] = 2030, ["target"] = 2 },
            },
        });

        var imported = await client.PostAsync($"/api/plans/{id}/tasks/import", new MultipartFormDataContent
        {
            { new ByteArrayContent(stream.ToArray()), "file", "tasks.xlsx" },
            { new StringContent(((int)plan["version"]!).ToString(System.Globalization.CultureInfo.InvariantCulture)), "version" },
        });

        Assert.Equal(["tasks.xlsx, sheet '이행과제', row 2, column department", "tasks.xlsx, sheet '성과지표', row 2, column unit"],
            (await ErrorsOf(imported)).Select(e => e.Key));
        Assert.Empty((await PlanAsync(client, id))["tasks"]!.AsArray());
    }
}

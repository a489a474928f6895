using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Tanso.Core.Access;
using Tanso.Data.Inventory;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Plans;

public sealed class PlanWorkbookTests
{
    private static MultipartFormDataContent Upload(byte[] workbook, int version, string name = "tasks.xlsx") => new()
    {
        { new ByteArrayContent(workbook), "file", name },
        { new StringContent(version.ToString(System.Globalization.CultureInfo.InvariantCulture)), "version" },
    };

    [Fact]
    public async Task APlanExported_ImportsItsTasksBudgetsAndKpis_IntoAnotherDraft_Unchanged()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        var client = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "b@busan.example", [Role.RegionalOfficer], busan), true, busan);
        var sample = (await client.GetFromJsonAsync<JsonArray>($"/api/governments/{busan}/plans"))!.Single(p => (bool)p!["isSample"]!)!;
        var original = (await client.GetFromJsonAsync<JsonObject>($"/api/plans/{(int)sample["id"]!}"))!;

        var workbook = await client.GetByteArrayAsync($"/api/plans/{(int)sample["id"]!}/workbook");
        var draft = (await (await client.PostAsJsonAsync($"/api/governments/{busan}/plans", new
        {
            title = "부산 새 계획", periodStart = 2024, periodEnd = 2033, baseYear = 2018, baseEmissionsTCo2eq = 16_628_000m, baseSource = "test",
        })).Content.ReadFromJsonAsync<JsonObject>())!;
        var imported = await client.PostAsync($"/api/plans/{(int)draft["id"]!}/tasks/import", Upload(workbook, (int)draft["version"]!));

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var copy = (await imported.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(WithoutIds(original["tasks"]!), WithoutIds(copy["tasks"]!)); // rows of another plan have their own ids
    }

    [Fact]
    public async Task AWorkbookWithProblems_AddsNothing_AndNamesSheetRowAndColumn()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        var client = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "b@busan.example", [Role.RegionalOfficer], busan), true, busan);
        var draft = (await (await client.PostAsJsonAsync($"/api/governments/{busan}/plans", new
        {
            title = "부산 새 계획", periodStart = 2024, periodEnd = 2033, baseYear = 2018, baseEmissionsTCo2eq = 16_628_000m, baseSource = "test",
        })).Content.ReadFromJsonAsync<JsonObject>())!;
        using var stream = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(stream, new Dictionary<string, object>
        {
            ["이행과제"] = new List<Dictionary<string, object?>>
            {
                new() { ["level"] = "area", ["code"] = "1", ["parent_code"] = "", ["name"] = "수송", ["department"] = "교통국", ["sector"] = "수송", ["start_year"] = 2024, ["end_year"] = 2030 },
                new() { ["level"] = "task", ["code"] = "1-1", ["parent_code"] = "9", ["name"] = "전기차", ["department"] = "교통국", ["sector"] = "원자력", ["start_year"] = "이천이십사", ["end_year"] = 2030 },
            },
        });

        var response = await client.PostAsync($"/api/plans/{(int)draft["id"]!}/tasks/import", Upload(stream.ToArray(), (int)draft["version"]!));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var keys = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key).ToList();
        Assert.Contains("tasks.xlsx, sheet '이행과제', row 3, column sector", keys);
        Assert.Contains("tasks.xlsx, sheet '이행과제', row 3, column start_year", keys);
        Assert.Empty((await client.GetFromJsonAsync<JsonObject>($"/api/plans/{(int)draft["id"]!}"))!["tasks"]!.AsArray());
    }

    private static string WithoutIds(System.Text.Json.Nodes.JsonNode tasks)
    {
        var copy = tasks.DeepClone().AsArray();
        foreach (var task in copy)
        {
            task!.AsObject().Remove("id");
        }
        return copy.ToJsonString();
    }
}

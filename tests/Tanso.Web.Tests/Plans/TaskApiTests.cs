using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Access;
using Tanso.Web.Tests.Community;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Plans;

/// <summary>Tasks over the API: rewritten and deleted in a draft, retired (never deleted) once the plan is submitted.</summary>
public sealed class TaskApiTests
{
    private static async Task<(TestDatabase Database, TansoApp App, HttpClient Officer, JsonObject Plan)> DraftWithTasksAsync()
    {
        var database = TestDatabase.Create();
        var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        var officer = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "tasks@busan.example", [Role.RegionalOfficer], busan), true, busan);
        var plan = (await (await officer.PostAsJsonAsync($"/api/governments/{busan}/plans", new
        {
            title = "과제 API 시험 계획", periodStart = 2024, periodEnd = 2030, baseYear = 2018, baseEmissionsTCo2eq = 1_000_000m, baseSource = "시험", version = 0,
        })).Content.ReadFromJsonAsync<JsonObject>())!;
        plan = (await (await officer.PostAsJsonAsync($"/api/plans/{(int)plan["id"]!}/tasks", new
        {
            version = (int)plan["version"]!, level = "area", code = "1", name = "수송", department = "교통국", sector = "transport", startYear = 2024, endYear = 2030,
        })).Content.ReadFromJsonAsync<JsonObject>())!;
        plan = (await (await officer.PostAsJsonAsync($"/api/plans/{(int)plan["id"]!}/tasks", TaskBody((int)plan["version"]!, 100m))).Content.ReadFromJsonAsync<JsonObject>())!;
        return (database, app, officer, plan);
    }

    private static object TaskBody(int version, decimal reduction2026) => new
    {
        version, level = "task", code = "1-1", parentCode = "1", name = "전기버스 보급", department = "교통국", sector = "transport", startYear = 2024, endYear = 2030,
        years = new[] { new { year = 2025, budgetKrw = (decimal?)1_000_000m, expectedReductionTCo2eq = (decimal?)50m }, new { year = 2026, budgetKrw = (decimal?)null, expectedReductionTCo2eq = (decimal?)reduction2026 } },
    };

    private static int TaskId(JsonObject plan, string code) => (int)plan["tasks"]!.AsArray().Single(t => (string)t!["code"]! == code)!["id"]!;

    [Fact]
    public async Task ADraftsTask_IsRewrittenAndDeleted_WithTheVersionRead()
    {
        var (database, app, officer, plan) = await DraftWithTasksAsync();
        await using var _ = database;
        await using var __ = app;
        var (id, taskId) = ((int)plan["id"]!, TaskId(plan, "1-1"));

        var stale = await officer.PutAsJsonAsync($"/api/plans/{id}/tasks/{taskId}", TaskBody((int)plan["version"]! - 1, 300m));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var put = await officer.PutAsJsonAsync($"/api/plans/{id}/tasks/{taskId}", TaskBody((int)plan["version"]!, 300m));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var revised = (await put.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(300m, (decimal)revised["tasks"]!.AsArray().Single(t => (int)t!["id"]! == taskId)!["years"]![1]!["expectedReductionTCo2eq"]!);

        var refused = await officer.DeleteAsync($"/api/plans/{id}/tasks/{TaskId(revised, "1")}?version={(int)revised["version"]!}");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("하위 과제를 먼저 삭제하십시오", (string)(await refused.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!, StringComparison.Ordinal);
        var deleted = await officer.DeleteAsync($"/api/plans/{id}/tasks/{taskId}?version={(int)revised["version"]!}");
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(["1"], (await deleted.Content.ReadFromJsonAsync<JsonObject>())!["tasks"]!.AsArray().Select(t => (string)t!["code"]!));
    }

    [Fact]
    public async Task ASubmittedPlansTask_IsRetiredWithAReason_NotDeleted()
    {
        var (database, app, officer, plan) = await DraftWithTasksAsync();
        await using var _ = database;
        await using var __ = app;
        var (id, taskId) = ((int)plan["id"]!, TaskId(plan, "1-1"));
        await using (var db = database.Open())
        {
            var stored = await db.Plans.SingleAsync(p => p.Id == id);
            Tanso.Data.Seeding.SampleReview.Publish(stored, new DateTime(2025, 3, 2, 0, 0, 0, DateTimeKind.Utc));
            await db.SaveChangesAsync();
        }
        var version = (int)(await officer.GetFromJsonAsync<JsonObject>($"/api/plans/{id}"))!["version"]!;

        var delete = await officer.DeleteAsync($"/api/plans/{id}/tasks/{taskId}?version={version}");
        Assert.Equal(HttpStatusCode.Conflict, delete.StatusCode);
        var noReason = await officer.PostAsJsonAsync($"/api/plans/{id}/tasks/{taskId}/retirement", new { version, fromYear = 2027, reason = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("폐지 사유", (await noReason.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var retired = await officer.PostAsJsonAsync($"/api/plans/{id}/tasks/{taskId}/retirement", new { version, fromYear = 2027, reason = "국비 지원 중단" });
        Assert.Equal(HttpStatusCode.OK, retired.StatusCode);
        var task = (await retired.Content.ReadFromJsonAsync<JsonObject>())!["tasks"]!.AsArray().Single(t => (int)t!["id"]! == taskId)!;
        Assert.Equal((2027, "국비 지원 중단"), ((int)task["retiredFromYear"]!, (string)task["retiredReason"]!));
        await using var check = database.Open();
        Assert.True(await check.AuditEntries.AnyAsync(a => a.EntityType == "PlanTask" && a.EntityId == taskId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}

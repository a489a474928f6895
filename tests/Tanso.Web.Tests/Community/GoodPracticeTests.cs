using Microsoft.EntityFrameworkCore;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Community;

public sealed class GoodPracticeTests
{
    [Fact]
    public async Task AGovernmentsEditors_WriteADraft_LinkTheirTasks_AndPublishIt_ThenEveryoneFindsIt()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var (busan, daegu) = (await People.GovernmentIdAsync(app, "26"), await People.GovernmentIdAsync(app, "27"));
        var busanOfficer = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "o@busan.example", [Role.RegionalOfficer], busan), true, busan);
        var daeguOfficer = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "o@daegu.example", [Role.RegionalOfficer], daegu), true, daegu);
        var visitor = app.CreateRawClient();
        var planId = (int)(await visitor.GetFromJsonAsync<JsonArray>($"/api/governments/{busan}/plans"))![0]!["id"]!;
        int taskId;
        await using (var db = database.Open())
        {
            taskId = db.Plans.Where(p => p.Id == planId).SelectMany(p => p.Tasks).Single(t => t.Code == "2-1").Id;
        }
        var write = new { title = "공공건물 그린리모델링 12곳 완료", summary = "노후 공공건물의 단열과 설비를 바꿨습니다.", body = "추진 내용과 성과", sector = "buildings", taskIds = new[] { taskId } };

        Assert.Equal(HttpStatusCode.Forbidden, (await daeguOfficer.PostAsJsonAsync($"/api/governments/{busan}/practices", write)).StatusCode);
        var daeguWithBusanTask = await daeguOfficer.PostAsJsonAsync($"/api/governments/{daegu}/practices", write);
        Assert.Equal(HttpStatusCode.BadRequest, daeguWithBusanTask.StatusCode); // the task is not one of Daegu's
        var draft = await (await busanOfficer.PostAsJsonAsync($"/api/governments/{busan}/practices", write)).Json();
        var id = (int)draft["id"]!;
        Assert.Equal("draft", (string)draft["status"]!);
        Assert.Equal("2-1", (string)draft["tasks"]![0]!["code"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/api/practices/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await daeguOfficer.GetAsync($"/community/practices/{id}")).StatusCode);
        Assert.DoesNotContain("그린리모델링 12곳", await visitor.GetStringAsync("/community/practices?q=그린리모델링"));

        var published = await busanOfficer.PostAsJsonAsync($"/api/practices/{id}/transitions", new { action = "publish", version = (int)draft["version"]! });
        Assert.Equal("published", (string)(await published.Json())["status"]!);
        Assert.Equal(1, (int)(await visitor.GetFromJsonAsync<JsonObject>("/api/practices?q=단열"))!["total"]!);
        Assert.Equal(1, (int)(await visitor.GetFromJsonAsync<JsonObject>($"/api/practices?sector=buildings&government={busan}"))!["total"]!);
        Assert.Equal(0, (int)(await visitor.GetFromJsonAsync<JsonObject>($"/api/practices?sector=buildings&government={daegu}"))!["total"]!);
        Assert.Equal(0, (int)(await visitor.GetFromJsonAsync<JsonObject>("/api/practices?q=단열&sector=transport"))!["total"]!);
        var page = await visitor.GetStringAsync($"/community/practices/{id}");
        Assert.Contains("2-1", page);
        Assert.Contains($"/plans/{planId}", page);

        // Were the plan a draft, its tasks would show only to those who may read the draft.
        await using (var db = database.Open())
        {
            await db.Plans.Where(p => p.Id == planId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, Tanso.Core.Plans.PlanStatus.Draft));
        }
        Assert.Empty((await visitor.GetFromJsonAsync<JsonObject>($"/api/practices/{id}"))!["tasks"]!.AsArray());
        Assert.DoesNotContain($"/plans/{planId}", await visitor.GetStringAsync($"/community/practices/{id}"));
        Assert.Empty((await daeguOfficer.GetFromJsonAsync<JsonObject>($"/api/practices/{id}"))!["tasks"]!.AsArray());
        Assert.Equal("2-1", (string)(await busanOfficer.GetFromJsonAsync<JsonObject>($"/api/practices/{id}"))!["tasks"]![0]!["code"]!);
    }

    [Fact]
    public async Task Bookmarks_BelongToTheUserWhoMadeThem()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var first = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "a@me.example", [Role.Evaluator]), true);
        var second = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "b@me.example", [Role.Evaluator]), true);
        var sample = (int)(await app.CreateRawClient().GetFromJsonAsync<JsonObject>("/api/practices"))!["items"]![0]!["id"]!; // the sample practice

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateRawClient().PutAsync($"/api/practices/{sample}/bookmark", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await first.PutAsync($"/api/practices/{sample}/bookmark", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await first.PutAsync($"/api/practices/{sample}/bookmark", null)).StatusCode); // twice is once
        Assert.Equal([sample], (await first.GetFromJsonAsync<JsonArray>("/api/bookmarks"))!.Select(b => (int)b!["id"]!));
        Assert.Empty((await second.GetFromJsonAsync<JsonArray>("/api/bookmarks"))!);
        Assert.Contains("[예시] 전기·수소 시내버스", await first.GetStringAsync("/community/bookmarks"));
        Assert.DoesNotContain("[예시] 전기·수소 시내버스", await second.GetStringAsync("/community/bookmarks"));

        Assert.Equal(HttpStatusCode.NoContent, (await first.DeleteAsync($"/api/practices/{sample}/bookmark")).StatusCode);
        Assert.Empty((await first.GetFromJsonAsync<JsonArray>("/api/bookmarks"))!);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static Tanso.Web.Tests.Checks.EvaluationWorld;

namespace Tanso.Web.Tests.Checks;

public sealed class ImprovementOpinionTests
{
    private static async Task<JsonObject> IssueAsync(HttpClient client, int cycle, string text, string? taskCode = null)
    {
        var issued = await client.PostAsJsonAsync($"/api/checks/{cycle}/opinions", new { text, taskCode });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        return await Json(issued);
    }

    private static Task<HttpResponseMessage> AnswerAsync(HttpClient client, int cycle, JsonObject opinion, string response, int? planRevision = null, string? reason = null) =>
        client.PutAsJsonAsync($"/api/checks/{cycle}/opinions/{(int)opinion["id"]!}/answer", new { version = (int)opinion["version"]!, response, planRevision, reason });

    [Fact]
    public async Task TheGovernmentAnswersEachOpinion_AsTheActRequires()
    {
        await using var world = await CreateAsync(evaluators: 1);
        var (id, _) = await world.OpenInEvaluationAsync(2025);
        var byEvaluator = await IssueAsync(world.Evaluators[0], id, "전기차 보급 부진 원인을 분석하십시오.", "1-1");
        var byCommittee = await IssueAsync(world.National, id, "주민참여예산과 연계하십시오.");
        Assert.Equal("Evaluator", (string)byEvaluator["issuer"]!);
        Assert.Equal("1-1", (string)byEvaluator["taskCode"]!);
        Assert.Equal("Committee", (string)byCommittee["issuer"]!);
        Assert.Equal(HttpStatusCode.BadRequest, (await world.National.PostAsJsonAsync($"/api/checks/{id}/opinions", new { text = "과제 오류", taskCode = "9-9" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Officer.PostAsJsonAsync($"/api/checks/{id}/opinions", new { text = "자기 의견" })).StatusCode);

        // The government sees opinions as soon as they are issued; only its editors answer.
        Assert.Equal(2, (await world.Officer.GetFromJsonAsync<JsonArray>($"/api/checks/{id}/opinions"))!.Count);
        Assert.Equal(HttpStatusCode.Forbidden, (await AnswerAsync(world.National, id, byEvaluator, "accepted")).StatusCode);

        var noRevision = await AnswerAsync(world.Officer, id, byEvaluator, "reflected-in-plan");
        Assert.Equal(HttpStatusCode.BadRequest, noRevision.StatusCode);
        Assert.Contains("planRevision", (await Json(noRevision))["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(HttpStatusCode.BadRequest, (await AnswerAsync(world.Officer, id, byEvaluator, "reflected-in-plan", planRevision: 9)).StatusCode); // no such revision
        var noReason = await AnswerAsync(world.Officer, id, byCommittee, "불수용");
        Assert.Contains("reason", (await Json(noReason))["errors"]!.AsObject().Select(e => e.Key));

        var reflected = await Json(await AnswerAsync(world.Officer, id, byEvaluator, "reflected-in-plan", planRevision: 1));
        Assert.Equal("ReflectedInPlan", (string)reflected["response"]!);
        Assert.False((bool)reflected["isOpen"]!);
        Assert.Equal(HttpStatusCode.Conflict, (await AnswerAsync(world.Officer, id, reflected, "not-accepted", reason: "번복")).StatusCode); // reflected stays reflected
        var stale = await AnswerAsync(world.Officer, id, byEvaluator, "accepted"); // the version before the answer
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("ReflectedInPlan", (string)(await Json(stale))["current"]!["response"]!);

        var declined = await Json(await AnswerAsync(world.Officer, id, byCommittee, "불수용", reason: "국비 매칭 불가"));
        Assert.Equal("국비 매칭 불가", (string)declined["reason"]!);
    }

    [Fact]
    public async Task OpenOpinions_AreCarriedIntoTheNextCycle_LinkedToTheirOrigin()
    {
        await using var world = await CreateAsync(evaluators: 1);
        var (first, _) = await world.OpenInEvaluationAsync(2025);
        var unanswered = await IssueAsync(world.Evaluators[0], first, "건물 과제 성과지표를 보완하십시오.", "1-1");
        var accepted = await IssueAsync(world.National, first, "예산 집행 점검을 분기별로 하십시오.");
        var declined = await IssueAsync(world.National, first, "전담 조직을 신설하십시오.");
        accepted = await Json(await AnswerAsync(world.Officer, first, accepted, "accepted"));
        await AnswerAsync(world.Officer, first, declined, "not-accepted", reason: "정원 동결");

        var (next, _) = await world.OpenInEvaluationAsync(2026);
        var carried = (await world.Officer.GetFromJsonAsync<JsonArray>($"/api/checks/{next}/opinions"))!;
        Assert.Equal(["건물 과제 성과지표를 보완하십시오.", "예산 집행 점검을 분기별로 하십시오."], carried.Select(o => (string)o!["text"]!));
        Assert.All(carried, o => Assert.Equal("2025", (string)o!["carriedFromPeriod"]!));
        Assert.All(carried, o => Assert.Equal(1, (int)o!["timesCarried"]!));
        Assert.Equal((int)unanswered["id"]!, (int)carried[0]!["carriedFromId"]!);
        Assert.Equal("Accepted", (string)carried[1]!["response"]!); // accepted stays accepted: only the reflection is owed
        Assert.Equal("1-1", (string)carried[0]!["taskCode"]!);

        // The earlier cycle's copy is answered in the later cycle, not in its own.
        var old = await AnswerAsync(world.Officer, first, unanswered, "accepted");
        Assert.Equal(HttpStatusCode.Conflict, old.StatusCode);
        Assert.False((bool)(await world.Officer.GetFromJsonAsync<JsonArray>($"/api/checks/{first}/opinions"))![0]!["answerable"]!);
        Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(world.Officer, next, carried[0]!.AsObject(), "reflected-in-plan", planRevision: 1)).StatusCode);
    }
}

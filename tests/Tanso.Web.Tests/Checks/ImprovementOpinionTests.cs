using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Tanso.Core.Access;
using Tanso.Core.Checks;
using Tanso.Web.Tests.Infrastructure;
using static Tanso.Web.Tests.Checks.EvaluationWorld;

namespace Tanso.Web.Tests.Checks;

public sealed partial class ImprovementOpinionTests
{
    private static async Task<JsonObject> IssueAsync(HttpClient client, int cycle, string text, string? taskCode = null)
    {
        var issued = await client.PostAsJsonAsync($"/api/checks/{cycle}/opinions", new { text, taskCode });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        return await Json(issued);
    }

    private static Task<HttpResponseMessage> AnswerAsync(HttpClient client, int cycle, JsonObject opinion, string response, int? planRevision = null, string? reason = null) =>
        client.PutAsJsonAsync($"/api/checks/{cycle}/opinions/{(int)opinion["id"]!}/answer", new { version = (int)opinion["version"]!, response, planRevision, reason });

    private static Task<HttpResponseMessage> WithdrawAsync(HttpClient client, int cycle, JsonObject opinion, string? reason, int? version = null) =>
        client.PostAsJsonAsync($"/api/checks/{cycle}/opinions/{(int)opinion["id"]!}/withdraw", new { version = version ?? (int)opinion["version"]!, reason });

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
        var longReason = await AnswerAsync(world.Officer, id, byCommittee, "not-accepted", reason: new string('가', 4001)); // longer than the column
        Assert.Equal(HttpStatusCode.BadRequest, longReason.StatusCode);
        Assert.Contains("reason", (await Json(longReason))["errors"]!.AsObject().Select(e => e.Key));
        var longText = await world.National.PostAsJsonAsync($"/api/checks/{id}/opinions", new { text = new string('가', 4001) });
        Assert.Equal(HttpStatusCode.BadRequest, longText.StatusCode);
        Assert.Contains("text", (await Json(longText))["errors"]!.AsObject().Select(e => e.Key));

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

    [Fact]
    public async Task AnEarlierYearOpenedAfterALaterOne_DoesNotCarryWhatTheLaterOneAlreadyCarries()
    {
        await using var world = await CreateAsync(evaluators: 1);
        var (first, _) = await world.OpenInEvaluationAsync(2025);
        var kept = await IssueAsync(world.National, first, "건물 부문 이행 실적을 분기별로 보고하십시오.");
        var (later, _) = await world.OpenInEvaluationAsync(2027);
        var carried = (await world.Officer.GetFromJsonAsync<JsonArray>($"/api/checks/{later}/opinions"))!;
        Assert.Equal((int)kept["id"]!, (int)Assert.Single(carried)!["carriedFromId"]!);

        // 2026 is opened afterwards: its latest earlier cycle is 2025, whose opinion 2027 already follows up.
        var (between, _) = await world.OpenInEvaluationAsync(2026);
        Assert.Empty((await world.Officer.GetFromJsonAsync<JsonArray>($"/api/checks/{between}/opinions"))!);
        await using var db = world.Database.Open();
        Assert.Equal(2, await db.ImprovementOpinions.CountAsync()); // the original and the one carry into 2027
    }

    [Fact]
    public async Task AnEvaluator_WithdrawsAMistakenOpinion_WithAReason_SoItIsNeitherAnsweredNorCarriedNorReported()
    {
        await using var world = await CreateAsync(evaluators: 1);
        var (first, _) = await world.OpenInEvaluationAsync(2025);
        var mistaken = await IssueAsync(world.Evaluators[0], first, "다른 지자체에 낼 의견을 잘못 냈습니다.", "1-1");
        var standing = await IssueAsync(world.Evaluators[0], first, "건물 과제 성과지표를 보완하십시오.");

        var blank = await WithdrawAsync(world.Evaluators[0], first, mistaken, " ");
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Contains("reason", (await Json(blank))["errors"]!.AsObject().Select(e => e.Key));
        var withdrawn = await WithdrawAsync(world.Evaluators[0], first, mistaken, "  대상 지자체 착오  ");
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        mistaken = await Json(withdrawn);
        Assert.Equal(world.Clock.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), (string)mistaken["withdrawnOn"]!);
        Assert.Equal("대상 지자체 착오", (string)mistaken["withdrawalReason"]!);
        Assert.False((bool)mistaken["isOpen"]!);
        Assert.Equal(HttpStatusCode.Conflict, (await WithdrawAsync(world.Evaluators[0], first, mistaken, "한 번 더")).StatusCode);

        // The government sees it withdrawn and cannot answer it.
        var seen = (await world.Officer.GetFromJsonAsync<JsonArray>($"/api/checks/{first}/opinions"))!.Single(o => (int)o!["id"]! == (int)mistaken["id"]!)!;
        Assert.False((bool)seen["answerable"]!);
        var answered = await AnswerAsync(world.Officer, first, mistaken, "accepted");
        Assert.Equal(HttpStatusCode.Conflict, answered.StatusCode);
        Assert.Contains("철회된 의견", (string)(await Json(answered))["detail"]!, StringComparison.Ordinal);

        // The check report (page and workbook) lists only the standing opinion.
        var report = await world.Officer.GetStringAsync($"/checks/{first}/report");
        Assert.Contains("건물 과제 성과지표를 보완하십시오.", report, StringComparison.Ordinal);
        Assert.DoesNotContain("다른 지자체에 낼 의견을 잘못 냈습니다.", report, StringComparison.Ordinal);
        using (var xlsx = new MemoryStream(await world.Officer.GetByteArrayAsync($"/api/checks/{first}/report.xlsx")))
        {
            var rows = MiniExcel.Query(xlsx, useHeaderRow: true, sheetName: "개선의견").Cast<IDictionary<string, object?>>().ToList();
            Assert.Equal(["건물 과제 성과지표를 보완하십시오."], rows.Select(r => (string?)r["의견"]));
        }
        Assert.Contains("개선의견 1건 (미완료 1건, 철회 1건)", await world.Officer.GetStringAsync($"/checks/{first}"), StringComparison.Ordinal);

        var (next, _) = await world.OpenInEvaluationAsync(2026);
        var carried = (await world.Officer.GetFromJsonAsync<JsonArray>($"/api/checks/{next}/opinions"))!;
        Assert.Equal(["건물 과제 성과지표를 보완하십시오."], carried.Select(o => (string)o!["text"]!));
        Assert.Equal((int)standing["id"]!, (int)carried[0]!["carriedFromId"]!);
    }

    [Fact]
    public async Task AnAnsweredOpinion_CannotBeWithdrawn_AndAStaleWithdrawalGetsTheCurrentOpinion()
    {
        await using var world = await CreateAsync(evaluators: 1);
        var (id, _) = await world.OpenInEvaluationAsync(2025);
        var issued = await IssueAsync(world.Evaluators[0], id, "예산 집행 점검을 분기별로 하십시오.");
        var accepted = await Json(await AnswerAsync(world.Officer, id, issued, "accepted"));

        var stale = await WithdrawAsync(world.Evaluators[0], id, issued, "착오"); // the version before the answer
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Accepted", (string)(await Json(stale))["current"]!["response"]!);
        var answered = await WithdrawAsync(world.Evaluators[0], id, accepted, "착오");
        Assert.Equal(HttpStatusCode.Conflict, answered.StatusCode);
        Assert.Contains("이미 답변한 의견은 철회할 수 없습니다", (string)(await Json(answered))["detail"]!, StringComparison.Ordinal);
        Assert.Equal("Accepted", (string)(await world.Officer.GetFromJsonAsync<JsonArray>($"/api/checks/{id}/opinions"))![0]!["response"]!);
        Assert.Null((await world.Officer.GetFromJsonAsync<JsonArray>($"/api/checks/{id}/opinions"))![0]!["withdrawnOn"]);
    }

    [Fact]
    public async Task OnlyThoseWhoMayIssueAnOpinion_WithdrawIt_AndNotOnceTheCheckIsPublished()
    {
        await using var world = await CreateAsync(evaluators: 1);
        var (id, _) = await world.OpenInEvaluationAsync(2025);
        var byEvaluator = await IssueAsync(world.Evaluators[0], id, "전기차 보급 부진 원인을 분석하십시오.");
        var byCommittee = await IssueAsync(world.National, id, "주민참여예산과 연계하십시오.");
        var outsider = await People.ClientWithTokenAsync(world.App, await People.CreateUserAsync(world.App, "ev9@panel.example", [Role.Evaluator]), true);

        Assert.Equal(HttpStatusCode.Forbidden, (await WithdrawAsync(world.Officer, id, byEvaluator, "정부가 철회")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await WithdrawAsync(outsider, id, byEvaluator, "배정되지 않은 위원")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await WithdrawAsync(world.Evaluators[0], id, byCommittee, "위원회 의견")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithdrawAsync(world.Public, id, byEvaluator, "익명")).StatusCode);
        Assert.Null((await world.Officer.GetFromJsonAsync<JsonArray>($"/api/checks/{id}/opinions"))![0]!["withdrawnOn"]);

        // National staff, as the committee, may withdraw an evaluator's mistaken opinion too.
        Assert.Equal(HttpStatusCode.OK, (await WithdrawAsync(world.National, id, byEvaluator, "위원회 검토 결과 중복")).StatusCode);

        await using (var db = world.Database.Open())
        {
            var cycle = await db.CheckCycles.SingleAsync(c => c.Id == id);
            cycle.MoveTo(CheckStage.CommitteeReview);
            cycle.MoveTo(CheckStage.Published);
            await db.SaveChangesAsync();
        }
        var published = await WithdrawAsync(world.National, id, byCommittee, "공표 후 철회");
        Assert.Equal(HttpStatusCode.Conflict, published.StatusCode);
        Assert.Contains("철회할 수 없습니다", (string)(await Json(published))["detail"]!, StringComparison.Ordinal);
        Assert.False((bool)(await world.National.GetFromJsonAsync<JsonArray>($"/api/checks/{id}/opinions"))![1]!["withdrawable"]!);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    [Fact]
    public async Task TheOpinionsPage_OffersTheWithdrawFormToTheIssuer_AndShowsTheWithdrawalToEveryone()
    {
        await using var world = await CreateAsync(evaluators: 1);
        var (id, _) = await world.OpenInEvaluationAsync(2025);
        var opinion = await IssueAsync(world.Evaluators[0], id, "과제 번호를 잘못 적은 의견");
        var evaluator = world.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await People.SignInAsync(evaluator, "ev1@panel.example", People.Password)).StatusCode);
        var page = await evaluator.GetStringAsync($"/checks/{id}/opinions");
        Assert.Contains($"<label for=\"withdraw-reason-{(int)opinion["id"]!}\">철회 사유</label>", page, StringComparison.Ordinal);
        Assert.Contains("의견 철회", page, StringComparison.Ordinal);
        Assert.DoesNotContain("withdraw-reason-", await world.Officer.GetStringAsync($"/checks/{id}/opinions"), StringComparison.Ordinal);

        var posted = await evaluator.PostAsync($"/checks/{id}/opinions?handler=Withdraw", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Antiforgery().Match(page).Groups[1].Value,
            ["OpinionId"] = $"{(int)opinion["id"]!}", ["Version"] = $"{(int)opinion["version"]!}", ["WithdrawalReason"] = "과제 번호 착오",
        }));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        var seen = await world.Officer.GetStringAsync($"/checks/{id}/opinions");
        Assert.Contains($"철회됨 ({world.Clock.Today:yyyy-MM-dd})</strong>: 과제 번호 착오", seen, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Answer", seen, StringComparison.Ordinal);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Tanso.Web.Tests.Checks;
using Tanso.Web.Tests.Infrastructure;
using static Tanso.Web.Tests.Inbox.InboxWorld;

namespace Tanso.Web.Tests.Inbox;

public sealed partial class InboxTests
{
    private static JsonNode? Item(JsonArray items, string key) => items.SingleOrDefault(i => (string)i!["key"]! == key);

    [Fact]
    public async Task ARegionalOfficer_SeesTheirLateReport_WithItsDeadlineAndDaysLate_AndTheFormThatFinishesIt()
    {
        await using var w = await CreateAsync();
        var (cycle, _) = await w.OpenCycleAsync(2025);

        var inbox = (await w.Officer.GetFromJsonAsync<JsonObject>("/api/inbox"))!;

        Assert.Equal("2026-11-16", (string)inbox["today"]!);
        var report = Item((JsonArray)inbox["items"]!, $"report:{cycle}")!;
        Assert.Equal(("ReportDue", $"/checks/{cycle}", "2026-05-31", -169, 169, true),
            ((string)report["kind"]!, (string)report["link"]!, (string)report["dueOn"]!, (int)report["daysLeft"]!, (int)report["daysLate"]!, (bool)report["isLate"]!));
        Assert.Equal("부산광역시 2025년 이행실적 보고", (string)report["titleKo"]!);
        Assert.Equal((int)inbox["count"]!, ((JsonArray)inbox["items"]!).Count);
        Assert.Null(Item(await ItemsAsync(w.Daegu), $"report:{cycle}")); // another government's work is not theirs
        Assert.Null(Item(await ItemsAsync(w.Ev1), $"report:{cycle}"));

        var page = await w.Officer.GetStringAsync("/inbox");
        Assert.Contains($"<a href=\"/checks/{cycle}\">부산광역시 2025년 이행실적 보고</a>", page, StringComparison.Ordinal);
        Assert.Contains("2026-05-31", page, StringComparison.Ordinal);
        Assert.Contains("169일 지남", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await w.Officer.GetAsync($"/checks/{cycle}")).StatusCode); // the link leads to the cycle's form
    }

    [Fact]
    public async Task OnceTheReportIsSubmitted_ItLeavesTheInbox_AndTheHeaderCountFalls()
    {
        await using var w = await CreateAsync();
        var (cycle, version) = await w.OpenCycleAsync(2025);
        var before = HeaderCount(await w.Officer.GetStringAsync("/"));
        Assert.Equal((await ItemsAsync(w.Officer)).Count, before);

        version = (int)(await Json(await w.Officer.PostAsJsonAsync($"/api/checks/{cycle}/transitions", new { version })))["version"]!;
        var submitted = await w.Officer.PostAsJsonAsync($"/api/checks/{cycle}/transitions", new { version }); // leaving reporting submits the report
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);

        Assert.Null(Item(await ItemsAsync(w.Officer), $"report:{cycle}"));
        var officer2 = await People.ClientWithTokenAsync(w.App, w.OfficerId, true, w.BusanId); // a fresh browser: no page cached
        Assert.Equal(before - 1, HeaderCount(await officer2.GetStringAsync("/")));
    }

    [Fact]
    public async Task AnEvaluator_SeesTheScoresToGive_UntilEveryCriterionIsScored()
    {
        await using var w = await CreateAsync();
        var cycle = await w.OpenInEvaluationAsync(2025);

        var scores = Item(await ItemsAsync(w.Ev1), $"scores:{cycle}")!;
        Assert.Equal(($"/checks/{cycle}/scoring", "2026-07-31", 108), ((string)scores["link"]!, (string)scores["dueOn"]!, (int)scores["daysLate"]!));
        Assert.Contains("(0/5 항목 완료)", (string)scores["titleKo"]!, StringComparison.Ordinal);
        Assert.Contains($"href=\"/checks/{cycle}/scoring\"", await w.Ev1.GetStringAsync("/inbox"), StringComparison.Ordinal);

        var scored = await w.Ev1.PutAsJsonAsync($"/api/checks/{cycle}/scores", new
        {
            version = 0,
            scores = EvaluationWorld.DefaultCriteria.Select(c => new { criterion = c, level = "우수", comment = "근거 충분", evidence = "실적보고서 p.3" }).ToArray(),
        });
        Assert.Equal(HttpStatusCode.OK, scored.StatusCode);
        Assert.Null(Item(await ItemsAsync(w.Ev1), $"scores:{cycle}"));
    }

    [Fact]
    public async Task ANationalOfficer_SeesSubmittedPlansAndCyclesToTakeForward_AndTheOfficerTheOpinionsToAnswer()
    {
        await using var w = await CreateAsync();
        var plan = await w.Officer.GetFromJsonAsync<JsonObject>($"/api/plans/{w.PlanId}");
        var draft = await Json(await w.Officer.PostAsJsonAsync($"/api/plans/{w.PlanId}/revisions", new { version = (int)plan!["version"]! }));
        // The local committee deliberates before the plan goes to the Minister (Art 11).
        var deliberated = await Tanso.Web.Tests.Plans.PlanReviewFlow.RecordCommitteeAsync(w.Officer, (int)draft["id"]!, (int)draft["version"]!);
        await Tanso.Web.Tests.Plans.PlanReviewFlow.StepAsync(w.Officer, (int)draft["id"]!, "submit", deliberated);
        var cycle = await w.OpenInEvaluationAsync(2025);
        var opinion = await w.IssueOpinionAsync(cycle, "건물 부문 성과지표를 보완하십시오.");

        var national = await ItemsAsync(w.National);
        var review = Item(national, $"plan:{(int)draft["id"]!}")!;
        Assert.Equal(("PlanToReview", $"/plans/{(int)draft["id"]!}"), ((string)review["kind"]!, (string)review["link"]!));
        Assert.StartsWith("부산광역시 계획 검토: ", (string)review["titleKo"]!, StringComparison.Ordinal);
        Assert.Equal($"/checks/{cycle}/review", (string)Item(national, $"stage:{cycle}:Evaluation")!["link"]!);
        Assert.Null(Item(await ItemsAsync(w.Officer), $"plan:{(int)draft["id"]!}")); // they submitted it; national staff review it

        var answer = Item(await ItemsAsync(w.Officer), $"opinion:{(int)opinion["id"]!}")!;
        Assert.Equal(($"/checks/{cycle}/opinions", "부산광역시 2025년 개선의견 답변: 건물 부문 성과지표를 보완하십시오."), ((string)answer["link"]!, (string)answer["titleKo"]!));
        var answered = await w.Officer.PutAsJsonAsync($"/api/checks/{cycle}/opinions/{(int)opinion["id"]!}/answer", new { version = (int)opinion["version"]!, response = "accepted" });
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Null(Item(await ItemsAsync(w.Officer), $"opinion:{(int)opinion["id"]!}"));
    }

    [Fact]
    public async Task AnAdministrator_SeesCitizenFeedbackToModerate_UntilItIsModerated()
    {
        await using var w = await CreateAsync();
        var sent = await w.App.CreateClient().PostAsJsonAsync($"/api/plans/{w.PlanId}/feedback", new { text = "버스 노선을 늘려 주세요.", website = "" });
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);

        var feedback = Item(await ItemsAsync(w.Admin), $"feedback:{w.BusanId}")!;
        Assert.Equal(("부산광역시 시민 의견 1건 검토", "/community/moderation"), ((string)feedback["titleKo"]!, (string)feedback["link"]!));
        Assert.NotNull(Item(await ItemsAsync(w.Officer), $"feedback:{w.BusanId}")); // Busan's own editors moderate it too
        Assert.Null(Item(await ItemsAsync(w.Daegu), $"feedback:{w.BusanId}"));

        var queue = await w.Admin.GetFromJsonAsync<JsonObject>("/api/feedback/pending");
        var pending = queue!["items"]![0]!;
        var moderated = await w.Admin.PostAsJsonAsync($"/api/feedback/{(int)pending["id"]!}/moderation", new { decision = "approve", version = (int)pending["version"]! });
        Assert.Equal(HttpStatusCode.OK, moderated.StatusCode);
        Assert.Null(Item(await ItemsAsync(w.Admin), $"feedback:{w.BusanId}"));
    }

    [Fact]
    public async Task ThePublic_HasNoInbox_AndNoCountInTheHeader()
    {
        await using var w = await CreateAsync();
        var anonymous = w.App.CreateRawClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/inbox")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/inbox")).StatusCode);
        Assert.DoesNotContain("id=\"inbox-count\"", await anonymous.GetStringAsync("/"), StringComparison.Ordinal);
    }

    private static int HeaderCount(string page) => int.Parse(HeaderBadge().Match(page).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("id=\"inbox-count\"[^>]*>[^<]*<span class=\"badge\">(\\d+)</span>")]
    private static partial Regex HeaderBadge();
}

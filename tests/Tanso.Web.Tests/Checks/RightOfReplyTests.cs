using Tanso.Web.Tests.Infrastructure;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static Tanso.Web.Tests.Checks.EvaluationWorld;

namespace Tanso.Web.Tests.Checks;

public sealed class RightOfReplyTests
{
    private static async Task<int> VersionOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (int)(await Json(response))["version"]!;
    }

    [Fact]
    public async Task TheResult_IsDraftedShownRepliedRevisedAndFinalised_BeforeTheCheckIsPublished()
    {
        await using var world = await CreateAsync(evaluators: 1);
        var (id, cycleVersion) = await world.OpenInEvaluationAsync(2026);
        var review = $"/api/checks/{id}/review";

        var early = await world.National.PutAsJsonAsync(review, new { version = 0, comment = "초안" });
        Assert.Equal((HttpStatusCode)422, early.StatusCode); // the evaluators have not finished
        Assert.Contains("평가위원 1명 중 0명 채점 완료 (정족수 1명)", (string)(await Json(early))["detail"]!, StringComparison.Ordinal);

        await world.ScoreEverythingAsync(id);
        var drafted = await world.National.PutAsJsonAsync(review, new { version = 0, comment = "추진체계가 잘 갖추어져 있음" });
        var version = await VersionOf(drafted);
        var combined = (decimal)(await CycleAsync(world.National, id))["evaluation"]!["combinedScore"]!;
        Assert.Equal(combined, (decimal)(await Json(await world.National.GetAsync(review)))["score"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Officer.GetAsync(review)).StatusCode); // a draft is internal

        Assert.Equal(HttpStatusCode.Forbidden, (await world.Officer.PostAsJsonAsync($"{review}/show", new { version, replyDueOn = world.Clock.Today })).StatusCode);
        version = await VersionOf(await world.National.PostAsJsonAsync($"{review}/show", new { version, replyDueOn = world.Clock.Today.AddDays(7) }));

        // Shown: scores are frozen, the government sees the result and the panel anonymised.
        var frozen = await world.ScoreAsync(id, 1, new Dictionary<string, string> { ["추진체계"] = "보통" });
        Assert.Equal(HttpStatusCode.Conflict, frozen.StatusCode);
        var seen = (await world.Officer.GetFromJsonAsync<JsonObject>($"/api/checks/{id}/scores"))!;
        Assert.True((bool)seen["qualitative"]!["visible"]!);
        Assert.Equal("평가위원 1", (string)seen["qualitative"]!["criteria"]![0]!["scores"]![0]!["evaluator"]!);
        Assert.Equal("ShownToGovernment", (string)(await Json(await world.Officer.GetAsync(review)))["stage"]!);

        // Publishing needs a final result.
        cycleVersion = await VersionOf(await world.National.PostAsJsonAsync($"/api/checks/{id}/transitions", new { version = cycleVersion }));
        var tooSoon = await world.National.PostAsJsonAsync($"/api/checks/{id}/transitions", new { version = cycleVersion });
        Assert.Equal((HttpStatusCode)422, tooSoon.StatusCode);
        Assert.Contains("확정", (string)(await Json(tooSoon))["detail"]!, StringComparison.Ordinal);

        Assert.Equal((HttpStatusCode)422, (await world.National.PostAsJsonAsync($"{review}/finalise", new { version })).StatusCode); // before the deadline, no reply
        Assert.Equal(HttpStatusCode.BadRequest, (await world.Officer.PostAsJsonAsync($"{review}/reply", new { version, reply = " " })).StatusCode);
        version = await VersionOf(await world.Officer.PostAsJsonAsync($"{review}/reply", new { version, reply = "주민참여 실적(붙임 3)을 반영해 주십시오." }));
        Assert.Equal((HttpStatusCode)422, (await world.Officer.PostAsJsonAsync($"{review}/reply", new { version, reply = "한 번 더" })).StatusCode);

        // After the reply the evaluator may change a score and national staff revise the result from it.
        Assert.Equal(HttpStatusCode.OK, (await world.ScoreAsync(id, 1, new Dictionary<string, string> { ["주민 참여·소통"] = "매우 우수" }, version: 0)).StatusCode);
        var revised = await world.National.PutAsJsonAsync(review, new { version, comment = "소명을 받아들여 주민 참여·소통을 상향" });
        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        var result = await Json(revised);
        version = (int)result["version"]!;
        Assert.Equal(1, (int)result["revisionCount"]!);
        Assert.True((decimal)result["score"]! > combined);
        version = await VersionOf(await world.National.PostAsJsonAsync($"{review}/finalise", new { version }));

        var published = await world.National.PostAsJsonAsync($"/api/checks/{id}/transitions", new { version = cycleVersion });
        Assert.Equal("Published", (string)(await Json(published))["stage"]!);
        var asPublic = await Json(await world.Public.GetAsync(review));
        Assert.Equal("Final", (string)asPublic["stage"]!);
        Assert.Equal("주민참여 실적(붙임 3)을 반영해 주십시오.", (string)asPublic["reply"]!);
    }

    [Fact]
    public async Task AReplyAfterTheDeadline_IsRefused_AndTheResultMayThenBeFinalised()
    {
        await using var world = await CreateAsync(evaluators: 1);
        var (id, _) = await world.OpenInEvaluationAsync(2026);
        var review = $"/api/checks/{id}/review";
        await world.ScoreEverythingAsync(id);
        var version = await VersionOf(await world.National.PutAsJsonAsync(review, new { version = 0, comment = "" }));
        var due = world.Clock.Today;
        Assert.Equal((HttpStatusCode)422, (await world.National.PostAsJsonAsync($"{review}/show", new { version, replyDueOn = due.AddDays(-1) })).StatusCode);
        version = await VersionOf(await world.National.PostAsJsonAsync($"{review}/show", new { version, replyDueOn = due }));

        var stale = await world.National.PostAsJsonAsync($"{review}/finalise", new { version = version - 1 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("ShownToGovernment", (string)(await Json(stale))["current"]!["stage"]!);

        world.Clock.NextDay();
        var late = await world.Officer.PostAsJsonAsync($"{review}/reply", new { version, reply = "늦은 소명" });
        Assert.Equal((HttpStatusCode)422, late.StatusCode);
        Assert.Contains($"기한: {due:yyyy-MM-dd}", (string)(await Json(late))["detail"]!, StringComparison.Ordinal);
        var final = await Json(await world.National.PostAsJsonAsync($"{review}/finalise", new { version }));
        Assert.Equal("Final", (string)final["stage"]!);
        Assert.Null(final["reply"]);
    }

    [Fact]
    public async Task DeadlinesAndDates_FollowTheKoreanCalendar_EvenBeforeNineInTheMorning()
    {
        await using var world = await CreateAsync(evaluators: 1);
        // 00:30 in Korea is 15:30 UTC of the day before.
        world.Clock.Now = new DateTimeOffset(TestClock.Start.UtcDateTime.Date.AddHours(15).AddMinutes(30), TimeSpan.Zero);
        var koreanToday = DateOnly.FromDateTime(world.Clock.Now.UtcDateTime).AddDays(1);

        var (id, _) = await world.OpenInEvaluationAsync(2026);
        var opinion = await Json(await world.National.PostAsJsonAsync($"/api/checks/{id}/opinions", new { text = "자정 이후 발행한 의견" }));
        Assert.Equal(koreanToday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), (string)opinion["issuedOn"]!);

        var review = $"/api/checks/{id}/review";
        await world.ScoreEverythingAsync(id);
        var version = await VersionOf(await world.National.PutAsJsonAsync(review, new { version = 0, comment = "" }));
        var utcToday = koreanToday.AddDays(-1); // still "today" in UTC, already yesterday in Korea
        Assert.Equal((HttpStatusCode)422, (await world.National.PostAsJsonAsync($"{review}/show", new { version, replyDueOn = utcToday })).StatusCode);
        version = await VersionOf(await world.National.PostAsJsonAsync($"{review}/show", new { version, replyDueOn = koreanToday }));
        var replied = await Json(await world.Officer.PostAsJsonAsync($"{review}/reply", new { version, reply = "기한 당일 소명" }));
        Assert.Equal(koreanToday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), (string)replied["repliedOn"]!);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using static Tanso.Web.Tests.Checks.EvaluationWorld;

namespace Tanso.Web.Tests.Checks;

public sealed class QuorumAndReplyTests
{
    private static readonly Dictionary<string, string> AllGood = DefaultCriteria.ToDictionary(c => c, _ => "우수");

    private static async Task<JsonObject> CompletionAsync(HttpClient client, int id) =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/checks/{id}/scores"))!["qualitative"]!["completion"]!.AsObject();

    [Fact]
    public async Task OneOfThreeEvaluators_LeavesTheResultProvisional_UntilTheQuorumOfTwoHasScoredEverything()
    {
        await using var world = await CreateAsync(evaluators: 3);
        var (id, _) = await world.OpenInEvaluationAsync(2026);
        Assert.Equal(HttpStatusCode.OK, (await LateReportTests.SettingsAsync(world, id, quorum: 2)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.ScoreAsync(id, 1, AllGood)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.ScoreAsync(id, 2, new Dictionary<string, string> { ["추진체계"] = "우수" })).StatusCode);

        var provisional = await CompletionAsync(world.National, id);
        Assert.Equal((false, 1, 3, 2), ((bool)provisional["final"]!, (int)provisional["evaluatorsScored"]!, (int)provisional["evaluators"]!, (int)provisional["quorum"]!));
        Assert.Equal("1 of 3 evaluators scored (quorum 2)", (string)provisional["textEn"]!);
        Assert.Equal([(5, 0), (1, 4), (0, 5)], provisional["progress"]!.AsArray().Select(p => ((int)p!["scored"]!, (int)p["toScore"]!)));
        var early = await world.National.PutAsJsonAsync($"/api/checks/{id}/review", new { version = 0, comment = "초안" });
        Assert.Equal((HttpStatusCode)422, early.StatusCode);
        Assert.Contains("평가위원 3명 중 1명 채점 완료 (정족수 2명)", await world.National.GetStringAsync($"/checks/{id}/report"), StringComparison.Ordinal);

        // The second evaluator's "my cycles": four criteria to go; then they finish and the result is final.
        var mine = (await world.Evaluators[1].GetFromJsonAsync<JsonArray>("/api/checks/mine"))!.Single()!;
        Assert.Equal((id, 1, 4, 1, 3, false), ((int)mine["cycleId"]!, (int)mine["scored"]!, (int)mine["toScore"]!, (int)mine["evaluatorsScored"]!, (int)mine["evaluators"]!,
            (bool)mine["qualitativeFinal"]!));
        Assert.Contains("채점하기", await world.Evaluators[1].GetStringAsync("/checks/mine"), StringComparison.Ordinal);
        Assert.Empty((await world.Officer.GetFromJsonAsync<JsonArray>("/api/checks/mine"))!);

        Assert.Equal(HttpStatusCode.OK, (await world.ScoreAsync(id, 2, AllGood, version: 0)).StatusCode);

        var final = await CompletionAsync(world.National, id);
        Assert.Equal((true, 2), ((bool)final["final"]!, (int)final["evaluatorsScored"]!));
        Assert.Equal(HttpStatusCode.OK, (await world.National.PutAsJsonAsync($"/api/checks/{id}/review", new { version = 0, comment = "초안" })).StatusCode);
        Assert.Equal(0, (int)(await world.Evaluators[0].GetFromJsonAsync<JsonArray>("/api/checks/mine"))!.Single()!["toScore"]!);
    }

    [Fact]
    public async Task ACalibrationFlag_HoldsTheResult_UntilNationalStaffRecordTheCalibration_AndOpensAgainWhenAScoreChanges()
    {
        await using var world = await CreateAsync(evaluators: 2);
        var (id, _) = await world.OpenInEvaluationAsync(2026);
        Assert.Equal(HttpStatusCode.OK, (await world.ScoreAsync(id, 1, AllGood)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.ScoreAsync(id, 2, new Dictionary<string, string>(AllGood) { ["추진체계"] = "매우 미흡" })).StatusCode); // 80 vs 20

        Assert.Equal(["추진체계"], (await CompletionAsync(world.National, id))["unresolved"]!.AsArray().Select(c => (string)c!));
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Evaluators[0].PostAsJsonAsync($"/api/checks/{id}/calibrations", new { criterion = "추진체계", note = "협의" })).StatusCode);
        var notFlagged = await world.National.PostAsJsonAsync($"/api/checks/{id}/calibrations", new { criterion = "주민 참여·소통", note = "협의" });
        Assert.Equal(HttpStatusCode.BadRequest, notFlagged.StatusCode);

        var calibrated = await world.National.PostAsJsonAsync($"/api/checks/{id}/calibrations", new { criterion = "추진체계", note = "평가위원 협의: 근거 자료 해석 차이로 현 점수 유지" });

        Assert.Equal(HttpStatusCode.OK, calibrated.StatusCode);
        Assert.True((bool)(await CompletionAsync(world.National, id))["final"]!);
        Assert.Equal(HttpStatusCode.OK, (await world.ScoreAsync(id, 2, new Dictionary<string, string>(AllGood) { ["추진체계"] = "미흡" }, version: 0)).StatusCode);
        var reopened = await CompletionAsync(world.National, id);
        Assert.Equal((false, "추진체계"), ((bool)reopened["final"]!, (string)reopened["unresolved"]![0]!));
    }

    [Fact]
    public async Task TheGovernment_RepliesToOneScoreAndOneOpinion_EachShownBesideIt_AndAudited()
    {
        await using var world = await CreateAsync(evaluators: 1);
        var (id, _) = await world.OpenInEvaluationAsync(2026);
        await world.ScoreEverythingAsync(id);
        var opinion = await Json(await world.Evaluators[0].PostAsJsonAsync($"/api/checks/{id}/opinions", new { text = "주민 참여 실적을 보완하십시오." }));
        var version = (int)(await Json(await world.National.PutAsJsonAsync($"/api/checks/{id}/review", new { version = 0, comment = "초안" })))["version"]!;
        version = (int)(await Json(await world.National.PostAsJsonAsync($"/api/checks/{id}/review/show", new { version, replyDueOn = world.Clock.Today.AddDays(7) })))["version"]!;
        var scores = (await world.Officer.GetFromJsonAsync<JsonObject>($"/api/checks/{id}/scores"))!["qualitative"]!["criteria"]!.AsArray();
        var scoreId = (int)scores.Single(c => (string)c!["criterion"]! == "재원 확보·집행")!["scores"]![0]!["id"]!;

        var wrong = await world.Officer.PostAsJsonAsync($"/api/checks/{id}/review/reply", new { version, items = new[] { new { kind = "score", id = 999_999, text = "남의 점수" } } });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.True((await Json(wrong))["errors"]!.AsObject().ContainsKey("items[0].id"));

        var replied = await world.Officer.PostAsJsonAsync($"/api/checks/{id}/review/reply", new
        {
            version,
            items = new object[] { new { kind = "score", id = scoreId, text = "국비 매칭 실적(증빙 3)이 반영되지 않았습니다." }, new { kind = "opinion", id = (int)opinion["id"]!, text = "2027년 주민참여예산에 반영했습니다." } },
        });

        Assert.Equal(HttpStatusCode.OK, replied.StatusCode);
        var review = await Json(replied);
        Assert.Equal(("Replied", 2), ((string)review["stage"]!, review["items"]!.AsArray().Count));
        var after = (await world.National.GetFromJsonAsync<JsonObject>($"/api/checks/{id}/scores"))!["qualitative"]!["criteria"]!.AsArray();
        var entry = after.Single(c => (string)c!["criterion"]! == "재원 확보·집행")!["scores"]![0]!;
        Assert.Equal("국비 매칭 실적(증빙 3)이 반영되지 않았습니다.", (string)entry["reply"]!);
        Assert.Null(after.Single(c => (string)c!["criterion"]! == "추진체계")!["scores"]![0]!["reply"]);
        var opinions = (await world.Officer.GetFromJsonAsync<JsonArray>($"/api/checks/{id}/opinions"))!;
        Assert.Equal("2027년 주민참여예산에 반영했습니다.", (string)opinions.Single(o => (int)o!["id"]! == (int)opinion["id"]!)!["reply"]!);
        Assert.Contains("국비 매칭 실적(증빙 3)이 반영되지 않았습니다.", await world.National.GetStringAsync($"/checks/{id}/review"), StringComparison.Ordinal);

        await using var db = world.Database.Open();
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.EntityType == "ReplyItem" && a.Action == "insert" && a.UserId != null));
    }
}

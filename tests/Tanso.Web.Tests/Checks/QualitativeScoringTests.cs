using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;
using static Tanso.Web.Tests.Checks.EvaluationWorld;

namespace Tanso.Web.Tests.Checks;

public sealed class QualitativeScoringTests
{
    private static JsonNode Criterion(JsonObject scoring, string name) => scoring["qualitative"]!["criteria"]!.AsArray().Single(c => (string)c!["criterion"]! == name)!;

    [Fact]
    public async Task FiveEvaluators_GiveATrimmedMean_AFlagWhenTheyDisagree_AndTheQualitativeScoreJoinsTheGrade()
    {
        await using var world = await CreateAsync(evaluators: 5);
        var (id, _) = await world.OpenInEvaluationAsync(2026);
        string[] spread = ["매우 우수", "우수", "보통", "보통", "매우 미흡"]; // 100, 80, 60, 60, 20
        for (var n = 1; n <= 5; n++)
        {
            var levels = DefaultCriteria.ToDictionary(c => c, _ => "우수");
            levels["추진체계"] = spread[n - 1];
            Assert.Equal(HttpStatusCode.OK, (await world.ScoreAsync(id, n, levels)).StatusCode);
        }

        var scoring = (await world.National.GetFromJsonAsync<JsonObject>($"/api/checks/{id}/scores"))!;
        var governance = Criterion(scoring, "추진체계");
        Assert.Equal(64m, (decimal)governance["mean"]!);
        Assert.Equal(66.67m, Math.Round((decimal)governance["trimmedMean"]!, 2)); // (80 + 60 + 60) / 3
        Assert.Equal(26.53m, Math.Round((decimal)governance["standardDeviation"]!, 2)); // √704
        Assert.Equal(80m, (decimal)governance["range"]!);
        Assert.True((bool)governance["needsCalibration"]!);
        Assert.False((bool)Criterion(scoring, "주민 참여·소통")["needsCalibration"]!);
        Assert.Equal(["추진체계"], scoring["qualitative"]!["needingCalibration"]!.AsArray().Select(c => (string)c!));
        Assert.Contains(governance["scores"]!.AsArray(), s => (string)s!["evaluator"]! == "ev5" && (string)s["evidence"]! == "실적보고서 p.3"); // national staff see names
        var qualitative = (decimal)scoring["qualitative"]!["score"]!;
        Assert.Equal(77.33m, Math.Round(qualitative, 2)); // 66.67 × 0.2 + 80 × 0.8

        var evaluation = (await CycleAsync(world.National, id))["evaluation"]!;
        var quantitative = (decimal)evaluation["quantitativeScore"]!;
        Assert.Equal(qualitative, (decimal)evaluation["qualitativeScore"]!);
        Assert.Equal(Math.Round(quantitative * 0.6m + qualitative * 0.4m, 6), Math.Round((decimal)evaluation["combinedScore"]!, 6));

        // The government sees neither scores nor a qualitative grade until the result is shown to it.
        var own = (await world.Officer.GetFromJsonAsync<JsonObject>($"/api/checks/{id}/scores"))!;
        Assert.False((bool)own["qualitative"]!["visible"]!);
        Assert.Empty(own["qualitative"]!["criteria"]!.AsArray());
        var ownEvaluation = (await CycleAsync(world.Officer, id))["evaluation"]!;
        Assert.Null(ownEvaluation["qualitativeScore"]);
        Assert.Equal(quantitative, (decimal)ownEvaluation["combinedScore"]!);

        // An evaluator sees the panel anonymised, themselves marked.
        var asEvaluator = (await world.Evaluators[1].GetFromJsonAsync<JsonObject>($"/api/checks/{id}/scores"))!;
        Assert.Equal(["평가위원 1", "평가위원 2 (나)", "평가위원 3", "평가위원 4", "평가위원 5"],
            Criterion(asEvaluator, "추진체계")["scores"]!.AsArray().Select(s => (string)s!["evaluator"]!));
    }

    [Fact]
    public async Task UnscoredCriteriaAreListed_AndWithFewerThanFiveEvaluatorsNothingIsTrimmed()
    {
        await using var world = await CreateAsync(evaluators: 2);
        var (id, _) = await world.OpenInEvaluationAsync(2026);
        Assert.Equal(HttpStatusCode.OK, (await world.ScoreAsync(id, 1, new Dictionary<string, string> { ["추진체계"] = "매우 우수" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.ScoreAsync(id, 2, new Dictionary<string, string> { ["추진체계"] = "보통" })).StatusCode);

        var scoring = (await world.National.GetFromJsonAsync<JsonObject>($"/api/checks/{id}/scores"))!;
        var governance = Criterion(scoring, "추진체계");
        Assert.Equal(80m, (decimal)governance["mean"]!);
        Assert.Null(governance["trimmedMean"]);
        Assert.Null(scoring["qualitative"]!["score"]);
        Assert.Equal(DefaultCriteria.Skip(1), scoring["qualitative"]!["unscored"]!.AsArray().Select(c => (string)c!));
        Assert.Null((await CycleAsync(world.National, id))["evaluation"]!["qualitativeScore"]); // incomplete: the grade stays quantitative
    }

    [Fact]
    public async Task OnlyAssignedEvaluatorsScore_WithLevelsOfTheRubric_AndAStaleSheetGets409()
    {
        await using var world = await CreateAsync(evaluators: 1);
        var (id, _) = await world.OpenInEvaluationAsync(2026);
        var outsider = await People.ClientWithTokenAsync(world.App, await People.CreateUserAsync(world.App, "outsider@panel.example", [Role.Evaluator]), true);
        var levels = new { version = 0, scores = new[] { new { criterion = "추진체계", level = "우수", comment = "", evidence = "" } } };

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PutAsJsonAsync($"/api/checks/{id}/scores", levels)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.National.PutAsJsonAsync($"/api/checks/{id}/scores", levels)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Officer.PutAsJsonAsync($"/api/checks/{id}/scores", levels)).StatusCode);

        var bad = await world.ScoreAsync(id, 1, new Dictionary<string, string> { ["추진체계"] = "훌륭함", ["없는 항목"] = "우수" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["scores[0]", "scores[1]"], (await Json(bad))["errors"]!.AsObject().Select(e => e.Key));

        var first = await world.ScoreAsync(id, 1, new Dictionary<string, string> { ["추진체계"] = "우수" });
        Assert.Equal(0, (int)(await Json(first))["version"]!);
        var changed = await world.ScoreAsync(id, 1, new Dictionary<string, string> { ["추진체계"] = "보통" }, version: 0);
        Assert.Equal(1, (int)(await Json(changed))["version"]!);
        var stale = await world.ScoreAsync(id, 1, new Dictionary<string, string> { ["추진체계"] = "미흡" }, version: 0);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("보통", (string)(await Json(stale))["current"]!["scores"]![0]!["level"]!);

        var scoring = (await world.National.GetFromJsonAsync<JsonObject>($"/api/checks/{id}/scores"))!;
        Assert.Equal([60m], Criterion(scoring, "추진체계")["scores"]!.AsArray().Select(s => (decimal)s!["score"]!)); // one score per evaluator and criterion
    }
}

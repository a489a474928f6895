using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static Tanso.Web.Tests.Checks.EvaluationWorld;

namespace Tanso.Web.Tests.Checks;

/// <summary>Text longer than its column is refused by field before it reaches the database (PostgreSQL would fail
/// the save with an error; SQLite would keep it): a progress narrative, a score comment, a rubric label, the result's
/// comment and the government's reply.</summary>
public sealed class LongTextTests
{
    private static async Task<IEnumerable<string>> RefusedFieldsAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        return (await Json(response))["errors"]!.AsObject().Select(e => e.Key);
    }

    [Fact]
    public async Task OverlongTexts_AreRefusedByField_AndNothingIsSaved()
    {
        await using var world = await CreateAsync(evaluators: 1);
        var tooLong = new string('가', 4001);

        var reporting = await Json(await world.Officer.PostAsJsonAsync($"/api/plans/{world.PlanId}/checks", new { year = 2024 }));
        var progress = await world.Officer.PutAsJsonAsync($"/api/checks/{(int)reporting["id"]!}/progress", new
        {
            version = (int)reporting["version"]!,
            tasks = new[] { new { taskCode = "1-1", status = "정상추진", narrative = tooLong, evidence = "보고서" } },
        });
        Assert.Equal((HttpStatusCode)422, progress.StatusCode);
        Assert.Contains((await Json(progress))["errors"]!.AsObject(), e => e.Key.EndsWith(" narrative", StringComparison.Ordinal));
        Assert.Empty((await CycleAsync(world.Officer, (int)reporting["id"]!))["progress"]?.AsArray() ?? []);

        var (id, version) = await world.OpenInEvaluationAsync(2026);
        object[] levels = [new { label = new string('상', 101), description = "", score = 100 }, new { label = "하", description = "", score = 0 }];
        var rubric = await world.National.PutAsJsonAsync($"/api/checks/{id}/rubric", new
        {
            version, name = "시험 기준표", criteria = new object[] { new { name = new string('계', 201), weightPercent = 100m, levels } },
        });
        Assert.Equal(["criteria[0].name", "criteria[0].levels[0].label"], await RefusedFieldsAsync(rubric, HttpStatusCode.BadRequest));

        var score = await world.Evaluators[0].PutAsJsonAsync($"/api/checks/{id}/scores",
            new { version = 0, scores = new[] { new { criterion = DefaultCriteria[0], level = "우수", comment = tooLong, evidence = "" } } });
        Assert.Equal(["scores[0]"], await RefusedFieldsAsync(score, HttpStatusCode.BadRequest));
        var mine = (await world.Evaluators[0].GetFromJsonAsync<JsonObject>($"/api/checks/{id}/scores"))!["mine"]!;
        Assert.Equal((0, 0), ((int)mine["version"]!, mine["scores"]!.AsArray().Count));

        await world.ScoreEverythingAsync(id);
        var review = $"/api/checks/{id}/review";
        Assert.Equal(["comment"], await RefusedFieldsAsync(await world.National.PutAsJsonAsync(review, new { version = 0, comment = tooLong }), HttpStatusCode.BadRequest));
        var drafted = await Json(await world.National.PutAsJsonAsync(review, new { version = 0, comment = "" }));
        var shown = await Json(await world.National.PostAsJsonAsync($"{review}/show", new { version = (int)drafted["version"]!, replyDueOn = world.Clock.Today.AddDays(7) }));
        var reply = await world.Officer.PostAsJsonAsync($"{review}/reply", new { version = (int)shown["version"]!, reply = new string('소', 8001) });
        Assert.Equal(["reply"], await RefusedFieldsAsync(reply, HttpStatusCode.BadRequest));
        Assert.Equal("ShownToGovernment", (string)(await world.Officer.GetFromJsonAsync<JsonObject>(review))!["stage"]!);
    }
}

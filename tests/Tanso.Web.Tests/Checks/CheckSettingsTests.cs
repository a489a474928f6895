using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static Tanso.Web.Tests.Checks.EvaluationWorld;

namespace Tanso.Web.Tests.Checks;

public sealed class CheckSettingsTests
{
    private static object Settings(int version, decimal tasks = 50, decimal emissions = 30, decimal budget = 20, decimal quantitative = 60, decimal qualitative = 40,
        object[]? grades = null, int trim = 5, decimal maxSd = 15, decimal maxRange = 40, object? deadlines = null) => new
    {
        version,
        quantitative = new { tasksPercent = tasks, emissionsPercent = emissions, budgetPercent = budget },
        combination = new { quantitativePercent = quantitative, qualitativePercent = qualitative },
        grades = grades ?? [new { ko = "우수", en = "Excellent", minScore = 90m }, new { ko = "양호", en = "Good", minScore = 80m }, new { ko = "보통", en = "Fair", minScore = 70m },
            new { ko = "미흡", en = "Poor", minScore = 60m }, new { ko = "부진", en = "Very poor", minScore = 0m }],
        qualitative = new { trimFromEvaluators = trim, maxStandardDeviation = maxSd, maxRange },
        deadlines = deadlines ?? new Dictionary<string, string> { ["Reporting"] = "2027-05-31", ["Evaluation"] = "2027-07-31" },
    };

    [Fact]
    public async Task ANewCycle_HasTodaysDefaults_AndTheDefaultRubric()
    {
        await using var world = await CreateAsync(evaluators: 0);
        var (id, _) = await world.OpenInEvaluationAsync(2026);

        var workflow = (await CycleAsync(world.National, id))["workflow"]!;
        var settings = workflow["settings"]!;
        Assert.Equal(50m, (decimal)settings["quantitative"]!["tasksPercent"]!);
        Assert.Equal(40m, (decimal)settings["combination"]!["qualitativePercent"]!);
        Assert.Equal(["우수", "양호", "보통", "미흡", "부진"], settings["grades"]!.AsArray().Select(g => (string)g!["ko"]!));
        Assert.Equal(5, (int)settings["qualitative"]!["trimFromEvaluators"]!);
        var criteria = workflow["rubric"]!["criteria"]!.AsArray();
        Assert.Equal(DefaultCriteria, criteria.Select(c => (string)c!["name"]!));
        Assert.Equal(100m, criteria.Sum(c => (decimal)c!["weightPercent"]!));
        Assert.All(criteria, c => Assert.Equal(5, c!["levels"]!.AsArray().Count));
        Assert.Contains("Tanso 기본값", (string)workflow["rubric"]!["name"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NationalStaff_ChangeWeightsAndScale_AndTheCyclesGradeFollowsThem()
    {
        await using var world = await CreateAsync(evaluators: 0);
        var (id, version) = await world.OpenInEvaluationAsync(2026);

        var changed = await world.National.PutAsJsonAsync($"/api/checks/{id}/settings", Settings(version, tasks: 100, emissions: 0, budget: 0,
            grades: [new { ko = "달성", en = "Met", minScore = 50m }, new { ko = "미달", en = "Not met", minScore = 0m }],
            deadlines: new Dictionary<string, string> { ["Reporting"] = "2027-04-30", ["Evaluation"] = "2027-06-30", ["Published"] = "2027-09-30" }));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        var cycle = await CycleAsync(world.National, id);
        var evaluation = cycle["evaluation"]!;
        var components = evaluation["quantitative"]!.AsArray();
        Assert.Equal([100m, 0m, 0m], components.Select(c => (decimal)c!["weightPercent"]!));
        var tasksMean = components.Single(c => (string)c!["kind"]! == "Tasks")!["value"];
        Assert.Equal((decimal?)tasksMean, (decimal?)evaluation["quantitativeScore"]); // the score is now the task mean alone
        var score = (decimal)evaluation["quantitativeScore"]!;
        Assert.Equal(score >= 50m ? "달성" : "미달", (string)evaluation["grade"]!);
        Assert.Equal("2027-04-30", (string)cycle["cycle"]!["deadlines"]!["Reporting"]!);
        Assert.Equal("2027-09-30", (string)cycle["cycle"]!["deadlines"]!["Published"]!);
        Assert.Equal(version + 1, (int)cycle["cycle"]!["version"]!);
    }

    [Fact]
    public async Task InvalidSettings_AreRefusedFieldByField_AndNothingIsSaved()
    {
        await using var world = await CreateAsync(evaluators: 0);
        var (id, version) = await world.OpenInEvaluationAsync(2026);

        var refused = await world.National.PutAsJsonAsync($"/api/checks/{id}/settings", Settings(version, tasks: 60, quantitative: 70,
            grades: [new { ko = "상", en = "High", minScore = 50m }, new { ko = "하", en = "Low", minScore = 60m }], trim: 2, maxSd: -1,
            deadlines: new Dictionary<string, string> { ["Reporting"] = "2027-05-31", ["Evaluation"] = "2027-03-31", ["Someday"] = "2027-08-01" }));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await Json(refused))["errors"]!.AsObject();
        Assert.Equal(["combination", "deadlines.Evaluation", "deadlines.Someday", "grades[1].minScore", "qualitative.maxStandardDeviation", "qualitative.trimFromEvaluators", "quantitative"],
            errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Contains("100", errors["quantitative"]![0]!.ToString(), StringComparison.Ordinal);
        Assert.Equal(version, (int)(await CycleAsync(world.National, id))["cycle"]!["version"]!);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Officer.PutAsJsonAsync($"/api/checks/{id}/settings", Settings(version))).StatusCode);
    }

    [Fact]
    public async Task AStaleSettingsSave_Gets409WithTheCurrentSettings_AndSettingsLockAtCommitteeReview()
    {
        await using var world = await CreateAsync(evaluators: 0);
        var (id, version) = await world.OpenInEvaluationAsync(2026);
        Assert.Equal(HttpStatusCode.OK, (await world.National.PutAsJsonAsync($"/api/checks/{id}/settings", Settings(version, quantitative: 70, qualitative: 30))).StatusCode);

        var stale = await world.National.PutAsJsonAsync($"/api/checks/{id}/settings", Settings(version, quantitative: 50, qualitative: 50));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(70m, (decimal)(await Json(stale))["current"]!["combination"]!["quantitativePercent"]!);

        var moved = await world.National.PostAsJsonAsync($"/api/checks/{id}/transitions", new { version = version + 1 });
        var locked = await world.National.PutAsJsonAsync($"/api/checks/{id}/settings", Settings((int)(await Json(moved))["version"]!));
        Assert.Equal(HttpStatusCode.Conflict, locked.StatusCode);
        Assert.Contains("위원회 심의", (string)(await Json(locked))["detail"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRubric_IsReplacedUntilAnEvaluatorScores_AndABadRubricIsNamedByField()
    {
        await using var world = await CreateAsync(evaluators: 1);
        var (id, version) = await world.OpenInEvaluationAsync(2026);
        object Level(string label, int score) => new { label, description = label + " 수준", score };
        object[] levels = [Level("충족", 100), Level("부분 충족", 50), Level("미충족", 0)];

        var bad = await world.National.PutAsJsonAsync($"/api/checks/{id}/rubric", new
        {
            version, name = "시험 기준표",
            criteria = new object[] { new { name = "계획", weightPercent = 60m, levels }, new { name = "계획", weightPercent = 30m, levels = new[] { Level("충족", 100) } } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await Json(bad))["errors"]!.AsObject();
        Assert.Contains("criteria[1].levels", errors.Select(e => e.Key));
        Assert.Contains(errors["criteria"]!.AsArray(), m => ((string)m!).Contains("90", StringComparison.Ordinal)); // weights sum to 90

        var good = await world.National.PutAsJsonAsync($"/api/checks/{id}/rubric", new
        {
            version, name = "시험 기준표",
            criteria = new object[] { new { name = "계획", weightPercent = 60m, levels }, new { name = "참여", weightPercent = 40m, levels } },
        });
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        version = (int)(await Json(good))["version"]!;
        Assert.Equal(HttpStatusCode.OK, (await world.ScoreAsync(id, 1, new Dictionary<string, string> { ["계획"] = "부분 충족" })).StatusCode);

        var late = await world.National.PutAsJsonAsync($"/api/checks/{id}/rubric", new
        {
            version, name = "다른 기준표", criteria = new object[] { new { name = "계획", weightPercent = 100m, levels } },
        });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var cycle = await CycleAsync(world.National, id);
        Assert.Equal("시험 기준표", (string)cycle["workflow"]!["rubric"]!["name"]!);
        Assert.False((bool)cycle["workflow"]!["rubric"]!["editable"]!);
    }
}

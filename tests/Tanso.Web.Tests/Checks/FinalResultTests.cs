using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Tanso.Core;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;
using Tanso.Web.Tests.Reports;

namespace Tanso.Web.Tests.Checks;

public sealed class FinalResultTests
{
    private static async Task<JsonObject> Json(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static MultipartFormDataContent Edition(string code, string publishedOn, long transport2026) => new()
    {
        { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"government,sector,2018,2026\n부산광역시,수송,5000000,{transport2026}\n부산광역시,건물,3000000,2900000\n")), "file", $"{code}.csv" },
        { new StringContent(code), "edition" },
        { new StringContent("부산 수정판"), "editionName" },
        { new StringContent("시험"), "publisher" },
        { new StringContent(publishedOn), "publishedOn" },
        { new StringContent("final result tests"), "source" },
        { new StringContent("t"), "unit" }, // the file names no unit: tCO2eq, as the form asks
    };

    [Fact]
    public async Task AFinalResult_StaysOnTheEditionItWasComputedOn_WhileANewerEditionMovesOnlyResultsNotYetFinal()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var (id, officer) = await ReportData.BusanCycleAsync(app, 2026, submit: true, "final@busan.example");
        var national = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "final@me.example", [Role.NationalOfficer]), true);
        var cycle = await Json(await national.GetAsync($"/api/checks/{id}"));
        // Quantitative only, so that no evaluators are needed.
        await Json(await national.PutAsJsonAsync($"/api/checks/{id}/settings", new
        {
            version = (int)cycle["cycle"]!["version"]!,
            quantitative = new { tasksPercent = 50m, emissionsPercent = 30m, budgetPercent = 20m },
            combination = new { quantitativePercent = 100m, qualitativePercent = 0m },
            grades = new[] { new { ko = "우수", en = "Excellent", minScore = 90m }, new { ko = "양호", en = "Good", minScore = 80m },
                new { ko = "보통", en = "Fair", minScore = 70m }, new { ko = "미흡", en = "Poor", minScore = 60m }, new { ko = "부진", en = "Very poor", minScore = 0m } },
            qualitative = new { trimFromEvaluators = 5, maxStandardDeviation = 15m, maxRange = 40m },
            deadlines = new Dictionary<string, string>(),
        }));
        var review = $"/api/checks/{id}/review";
        var drafted = await Json(await national.PutAsJsonAsync(review, new { version = 0, comment = "정량평가 결과" }));
        var shown = await Json(await national.PostAsJsonAsync($"{review}/show", new { version = (int)drafted["version"]!, replyDueOn = TestClock.Today.AddDays(7) }));
        var replied = await Json(await officer.PostAsJsonAsync($"{review}/reply", new { version = (int)shown["version"]!, reply = "이의 없음" }));
        var final = await Json(await national.PostAsJsonAsync($"{review}/finalise", new { version = (int)replied["version"]! }));
        var evaluation = (await Json(await national.GetAsync($"/api/checks/{id}")))["evaluation"]!;
        var (score, grade, edition) = ((decimal)final["score"]!, (string)evaluation["grade"]!, (string)evaluation["inventoryEdition"]!);
        Assert.Equal(score, (decimal)evaluation["combinedScore"]!);

        // A later official edition doubles transport emissions in 2026: far off the trajectory.
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync("/api/inventory/imports", Edition("busan-revised", "2026-10-01", 10_000_000))).StatusCode);

        var after = (await Json(await national.GetAsync($"/api/checks/{id}")))["evaluation"]!;
        Assert.Equal(edition, (string)after["inventoryEdition"]!);
        Assert.Equal((score, grade), ((decimal)after["combinedScore"]!, (string)after["grade"]!));
        var rollUp = await Json(await national.GetAsync("/api/checks/consolidated?year=2026&level=province"));
        var busan = rollUp["rows"]!.AsArray().Single(r => (int?)r!["cycleId"] == id)!;
        Assert.Equal((score, grade), ((decimal)busan["overallScore"]!, (string)busan["grade"]!));

        // A result not yet final (a monthly check of the same year) is evaluated on the newer edition, which scores lower.
        var monthly = await Json(await officer.PostAsJsonAsync($"/api/plans/{(int)cycle["cycle"]!["planId"]!}/checks", new { year = 2026, month = 1 }));
        var current = (await Json(await national.GetAsync($"/api/checks/{(int)monthly["id"]!}")))["evaluation"]!;
        Assert.Equal("busan-revised", (string)current["inventoryEdition"]!);
        Assert.NotEqual((decimal)evaluation["total"]!["actualTCo2eq"]!, (decimal)current["total"]!["actualTCo2eq"]!);
    }
}

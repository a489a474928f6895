using Tanso.Core;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Tanso.Core.Access;
using Tanso.Core.Governments;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Reports;

public sealed class ConsolidatedReportTests
{
    private static async Task<HttpClient> NationalAsync(TansoApp app) =>
        await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "n@me.example", [Role.NationalOfficer]), false);

    [Fact]
    public async Task TheProvinceRollUp_HasEveryProvince_WithEachCheckAsItsOwnReportHasIt_AndCountsWhatIsMissing()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var (id, officer) = await ReportData.BusanCycleAsync(app, 2026, submit: true, "c@busan.example");
        var check = (await officer.GetFromJsonAsync<JsonObject>($"/api/checks/{id}"))!["evaluation"]!;
        var national = await NationalAsync(app);

        var rollUp = (await national.GetFromJsonAsync<JsonObject>("/api/checks/consolidated?year=2026&level=province"))!;

        var rows = rollUp["rows"]!.AsArray();
        Assert.Equal(17, rows.Count);
        Assert.Equal(17, (int)rollUp["governments"]!);
        var busan = rows.Single(r => (string)r!["name"]! == "부산광역시")!;
        Assert.Equal(id, (int)busan["cycleId"]!);
        Assert.Equal((decimal)check["quantitativeScore"]!, (decimal)busan["quantitativeScore"]!);
        Assert.Equal((decimal)check["combinedScore"]!, (decimal)busan["overallScore"]!);
        Assert.Equal((string)check["grade"]!, (string)busan["grade"]!);
        Assert.Equal(check["lagging"]!.AsArray().Count, (int)busan["laggingTasks"]!);
        Assert.Equal((decimal)check["total"]!["actualTCo2eq"]!, (decimal)busan["totalActualTCo2eq"]!);
        Assert.Equal((decimal)check["total"]!["trajectoryTCo2eq"]!, (decimal)busan["totalTrajectoryTCo2eq"]!);
        Assert.Equal("2027-05-31", (string)busan["reportDueOn"]!);
        Assert.False((bool)busan["late"]!); // submitted before 31 May 2027
        Assert.True((bool)busan["isSample"]!);

        // Only Busan has a plan (the sample) and a cycle in a fresh database.
        Assert.Equal(16, (int)rollUp["missingPlans"]!);
        Assert.Equal(16, (int)rollUp["missingCycles"]!);
        Assert.Equal(1, (int)rollUp["submitted"]!);
        Assert.Equal(17, rollUp["grades"]!.AsObject().Sum(g => (int)g.Value!));
        Assert.Equal(1, (int)rollUp["grades"]![(string)check["grade"]!]!);
        Assert.Equal(16, (int)rollUp["grades"]!["등급 없음"]!);
    }

    [Fact]
    public async Task ACheckGradedOnAScaleOfItsOwn_IsCountedUnderItsOwnGrade()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var (id, _) = await ReportData.BusanCycleAsync(app, 2026, submit: true, "scale@busan.example");
        var national = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "scale@me.example", [Role.NationalOfficer]), true);
        var version = (int)(await national.GetFromJsonAsync<JsonObject>($"/api/checks/{id}"))!["cycle"]!["version"]!;
        var saved = await national.PutAsJsonAsync($"/api/checks/{id}/settings", new
        {
            version,
            quantitative = new { tasksPercent = 50m, emissionsPercent = 30m, budgetPercent = 20m },
            combination = new { quantitativePercent = 100m, qualitativePercent = 0m },
            grades = new[] { new { ko = "가", en = "A", minScore = 50m }, new { ko = "나", en = "B", minScore = 0m } },
            qualitative = new { trimFromEvaluators = 5, maxStandardDeviation = 15m, maxRange = 40m },
            deadlines = new Dictionary<string, string>(),
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var grade = (string)(await national.GetFromJsonAsync<JsonObject>($"/api/checks/{id}"))!["evaluation"]!["grade"]!;
        Assert.True(grade is "가" or "나", grade);

        var grades = (await national.GetFromJsonAsync<JsonObject>("/api/checks/consolidated?year=2026&level=province"))!["grades"]!.AsObject();
        Assert.Equal(1, (int)grades[grade]!);
        Assert.Equal(17, grades.Sum(g => (int)g.Value!));
        Assert.Equal(["우수", "양호", "보통", "미흡", "부진", grade, "등급 없음"], grades.Select(g => g.Key));
    }

    [Fact]
    public async Task AReportNotSubmittedByItsDeadline_IsLateAndMissing_InTheRollUp()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        await ReportData.BusanCycleAsync(app, 2024, submit: false, "c@busan.example"); // due 31 May 2025, never submitted
        var national = await NationalAsync(app);

        var rollUp = (await national.GetFromJsonAsync<JsonObject>("/api/checks/consolidated?year=2024&level=province"))!;

        var busan = rollUp["rows"]!.AsArray().Single(r => (string)r!["name"]! == "부산광역시")!;
        Assert.True((bool)busan["late"]!);
        Assert.Null(busan["reportSubmittedOn"]);
        Assert.Equal(TestClock.Today.DayNumber - new DateOnly(2025, 5, 31).DayNumber, (int)busan["daysLate"]!); // 16 Nov 2026 is 534 days after 31 May 2025
        Assert.Equal(1, (int)rollUp["missingReports"]!);
        Assert.Equal(0, (int)rollUp["submitted"]!);
    }

    [Fact]
    public async Task TheMunicipalRollUp_ListsEveryMunicipalityInPlaceThatYear()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var national = await NationalAsync(app);
        int expected;
        await using (var db = database.Open())
        {
            expected = (await db.Governments.Where(g => g.Level == GovernmentLevel.Municipality).ToListAsync()).Count(g => g.IsValidOn(new DateOnly(2025, 12, 31)));
        }

        var rollUp = (await national.GetFromJsonAsync<JsonObject>("/api/checks/consolidated?year=2025&level=municipality"))!;

        Assert.True(expected > 200, $"only {expected} municipalities seeded");
        Assert.Equal(expected, rollUp["rows"]!.AsArray().Count);
        Assert.Equal(expected, (int)rollUp["missingPlans"]!);
        Assert.Contains(rollUp["rows"]!.AsArray(), r => (string)r!["name"]! == "부산광역시 해운대구");
    }

    [Fact]
    public async Task TheRollUpWorkbookAndPage_HoldTheSameRows_AndABadLevelIsNamed()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var (id, officer) = await ReportData.BusanCycleAsync(app, 2026, submit: true, "c@busan.example");
        var score = (decimal)(await officer.GetFromJsonAsync<JsonObject>($"/api/checks/{id}"))!["evaluation"]!["quantitativeScore"]!;
        var national = await NationalAsync(app);

        var xlsx = await national.GetByteArrayAsync("/api/checks/consolidated.xlsx?year=2026&level=province");
        using var stream = new MemoryStream(xlsx);
        Assert.Equal(["예시 데이터", "요약", "등급 분포", "지자체별 결과"], MiniExcel.GetSheetNames(stream));
        stream.Position = 0;
        var rows = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "지자체별 결과").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(17, rows.Count);
        Assert.Equal(Math.Round(score, 6), Math.Round((decimal)(double)rows.Single(r => (string?)r["지자체"] == "부산광역시")["정량 점수"]!, 6));

        var page = await national.GetStringAsync("/checks/consolidated?year=2026&level=province");
        Assert.Contains("2026년 시·도 이행점검 종합 보고", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/checks/{id}/report\"", page, StringComparison.Ordinal);
        Assert.Contains("제주특별자치도", page, StringComparison.Ordinal);
        // Asked for no year (the test clock is in 2026), the page opens on the latest year with checks, not on last year.
        Assert.Contains("2026년 시·도 이행점검 종합 보고", await national.GetStringAsync("/checks/consolidated"), StringComparison.Ordinal);

        var bad = await national.GetAsync("/api/checks/consolidated?year=2026&level=county");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("county", (await bad.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/checks/consolidated?year=2026&level=province")).StatusCode);
    }
}

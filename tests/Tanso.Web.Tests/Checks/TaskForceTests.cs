using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Tanso.Core.Access;
using Tanso.Core.Checks;
using Tanso.Core.Governments;
using Tanso.Core.Plans;
using Tanso.Core.Quantities;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Checks;

public sealed class TaskForceTests
{
    private static async Task<HttpClient> NationalAsync(TansoApp app) =>
        await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "n@me.example", [Role.NationalOfficer]), false);

    /// <summary>An approved national plan with monthly checks of December 2024 and January 2025 (the example of
    /// docs/methodology-checks.md §11, moved to a year boundary). Statuses: (code, ministry, end year, December, January).</summary>
    private static async Task<int> NationalPlanAsync(TansoApp app)
    {
        (string Code, string Ministry, int EndYear, TaskProgressStatus? December, TaskProgressStatus? January)[] tasks =
        [
            ("T1", "환경부", 2030, TaskProgressStatus.OnTrack, TaskProgressStatus.Done),
            ("T2", "환경부", 2024, TaskProgressStatus.OnTrack, TaskProgressStatus.Delayed),
            ("T3", "산업통상자원부", 2030, TaskProgressStatus.Delayed, TaskProgressStatus.Delayed),
            ("T4", "산업통상자원부", 2030, TaskProgressStatus.OnTrack, null),
            ("T5", "국토교통부", 2024, null, TaskProgressStatus.Delayed),
            ("T6", "국토교통부", 2030, TaskProgressStatus.Dropped, TaskProgressStatus.Delayed),
            ("T8", "국토교통부", 2024, TaskProgressStatus.OnTrack, TaskProgressStatus.Dropped),
            ("T9", "기획재정부", 2030, TaskProgressStatus.OnTrack, null),
        ];
        _ = app.Services;
        await using var db = app.Database.Open();
        var nation = await db.Governments.SingleAsync(g => g.Level == GovernmentLevel.National);
        var plan = new Plan(nation.Id, "TF 시험 국가 계획", 2023, 2042, 2018, new TonnesCo2e(727_600_000m), "test");
        var planTasks = tasks.Select(t => new PlanTask(TaskLevel.Task, t.Code, $"과제 {t.Code}", t.Ministry, null, 2023, t.EndYear)).ToList();
        planTasks.ForEach(t => plan.AddTask(t).OrThrow());
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        plan.StartLineage();
        Tanso.Data.Seeding.SampleReview.Approve(plan, new DateTime(2025, 3, 2, 0, 0, 0, DateTimeKind.Utc));
        foreach (var (year, month, january) in new[] { (2024, 12, false), (2025, 1, true) })
        {
            var cycle = new CheckCycle(plan.Id, nation.Id, CheckPeriod.OfMonth(year, month));
            for (var i = 0; i < tasks.Length; i++)
            {
                if ((january ? tasks[i].January : tasks[i].December) is { } status)
                {
                    var progress = new TaskProgress(planTasks[i].Id, status);
                    progress.Report(status, null, "", "", []);
                    cycle.Progress.Add(progress);
                }
            }
            db.CheckCycles.Add(cycle);
        }
        await db.SaveChangesAsync();
        return plan.Id;
    }

    [Fact]
    public async Task TheTaskForceMonth_ComparesEachMinistrysTasksWithLastMonth_AcrossTheYearBoundary()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var planId = await NationalPlanAsync(app);
        var national = await NationalAsync(app);

        var month = (await national.GetFromJsonAsync<JsonObject>("/api/taskforce?year=2025&month=1"))!;

        Assert.Equal(planId, (int)month["planId"]!);
        Assert.False((bool)month["isSample"]!);
        Assert.NotNull(month["previousCycleId"]); // December 2024
        Assert.Equal("2025-01-31", (string)month["reviewedOn"]!); // a past month reads as at its end
        var ministries = month["ministries"]!.AsArray();
        Assert.Equal(["국토교통부", "기획재정부", "산업통상자원부", "환경부"], ministries.Select(m => (string)m!["ministry"]!));
        JsonNode Ministry(string name) => ministries.Single(m => (string)m!["ministry"]! == name)!;
        string ChangeOf(string ministry, string code) => (string)Ministry(ministry)["tasks"]!.AsArray().Single(t => (string)t!["code"]! == code)!["change"]!;

        Assert.Equal("Improved", ChangeOf("환경부", "T1"));
        Assert.Equal("Worsened", ChangeOf("환경부", "T2"));
        Assert.Equal("New", ChangeOf("국토교통부", "T5"));
        Assert.Equal("Improved", ChangeOf("국토교통부", "T6"));
        Assert.Equal("Worsened", ChangeOf("국토교통부", "T8"));
        Assert.Equal("Unchanged", ChangeOf("산업통상자원부", "T3"));
        Assert.Equal(["T2"], Ministry("환경부")["overdue"]!.AsArray().Select(o => (string)o!));
        Assert.Equal(["T5"], Ministry("국토교통부")["overdue"]!.AsArray().Select(o => (string)o!)); // T8 is dropped, not overdue
        Assert.Equal(["T4"], Ministry("산업통상자원부")["missing"]!.AsArray().Select(o => (string)o!));
        Assert.Equal(["T9"], Ministry("기획재정부")["missing"]!.AsArray().Select(o => (string)o!));
        Assert.Equal(2, (int)Ministry("국토교통부")["counts"]!["Delayed"]!);
        Assert.Equal(1, (int)Ministry("국토교통부")["counts"]!["Dropped"]!);
        Assert.Equal(0, (int)Ministry("국토교통부")["counts"]!["Done"]!);

        var xlsx = await national.GetByteArrayAsync("/api/taskforce.xlsx?year=2025&month=1");
        using var stream = new MemoryStream(xlsx);
        Assert.Equal(["부처별 현황", "과제별 변동", "기한 경과", "누락 과제"], MiniExcel.GetSheetNames(stream));
        stream.Position = 0;
        var byMinistry = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "부처별 현황").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(2d, byMinistry.Single(r => (string?)r["부처"] == "국토교통부")["지연"]);

        var page = await national.GetStringAsync("/taskforce?year=2025&month=1");
        Assert.Contains("href=\"/taskforce?year=2024&month=12\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/taskforce?year=2025&month=2\"", page, StringComparison.Ordinal);
        Assert.Contains("기획재정부", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnFirstStart_TheTaskForceShowsTheSampleNationalPlansLatestMonth_LabelledAsSample()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var national = await NationalAsync(app);

        var month = (await national.GetFromJsonAsync<JsonObject>("/api/taskforce"))!;

        Assert.True((bool)month["isSample"]!);
        Assert.Equal((2025, 3), ((int)month["year"]!, (int)month["month"]!));
        Assert.Equal(5, month["ministries"]!.AsArray().Count);
        // Every one of the 15 tasks is either reported this month or missing since last month.
        Assert.Equal(15, month["ministries"]!.AsArray().Sum(m => m!["tasks"]!.AsArray().Count + m["missing"]!.AsArray().Count));
        var page = await national.GetStringAsync("/taskforce");
        Assert.Contains("예시 데이터", page, StringComparison.Ordinal);
        Assert.Contains("해양수산부", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMonthWithoutACheck_Is404_ABadMonthIsNamed_AndOnlyNationalStaffSeeTheTaskForce()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var national = await NationalAsync(app);
        var busan = await People.GovernmentIdAsync(app, "26");
        var officer = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "o@busan.example", [Role.RegionalOfficer], busan), true, busan);

        var none = await national.GetAsync("/api/taskforce?year=2019&month=7");
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.Contains("2019-07", await none.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("2019년 7월 점검이 없습니다", await national.GetStringAsync("/taskforce?year=2019&month=7"), StringComparison.Ordinal);
        var bad = await national.GetAsync("/api/taskforce?year=2025&month=13");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("month", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/taskforce?year=2025&month=3")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/taskforce")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateRawClient().GetAsync("/api/taskforce")).StatusCode);
    }
}

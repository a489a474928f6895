using Tanso.Core;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Checks;

public sealed class CheckApiTests
{
    private static async Task<JsonObject> Json(HttpResponseMessage response) => (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    private static byte[] Fill(byte[] template, Action<List<Dictionary<string, object?>>, List<Dictionary<string, object?>>> change)
    {
        using var stream = new MemoryStream(template);
        List<Dictionary<string, object?>> Sheet(string name)
        {
            stream.Position = 0;
            return MiniExcel.Query(stream, useHeaderRow: true, sheetName: name).Cast<IDictionary<string, object?>>().Select(r => new Dictionary<string, object?>(r)).ToList();
        }
        var (tasks, kpis) = (Sheet("이행실적"), Sheet("성과지표"));
        change(tasks, kpis);
        using var filled = new MemoryStream();
        filled.SaveAs(new Dictionary<string, object> { ["이행실적"] = tasks, ["성과지표"] = kpis });
        return filled.ToArray();
    }

    private static MultipartFormDataContent Upload(byte[] file, int version) => new()
    {
        { new ByteArrayContent(file), "file", "progress.xlsx" },
        { new StringContent(version.ToString(System.Globalization.CultureInfo.InvariantCulture)), "version" },
    };

    [Fact]
    public async Task EachDepartment_UploadsOnlyItsOwnRows_AndUntouchedRowsKeepWhatTheyHad()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        var officer = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "d@busan.example", [Role.RegionalOfficer], busan), true, busan);
        var plan = (int)(await app.CreateRawClient().GetFromJsonAsync<JsonArray>($"/api/governments/{busan}/plans"))![0]!["id"]!;
        var cycle = await Json(await officer.PostAsJsonAsync($"/api/plans/{plan}/checks", new { year = 2026 }));
        var id = (int)cycle["id"]!;
        var version = (int)(await Json(await officer.PostAsJsonAsync($"/api/checks/{id}/transitions", new { version = (int)cycle["version"]! })))["version"]!;
        var template = await officer.GetByteArrayAsync($"/api/checks/{id}/progress-template.xlsx");

        // The template as downloaded reports nothing, and says so.
        var empty = await officer.PostAsync($"/api/checks/{id}/progress/import", Upload(template, version));
        Assert.Equal((HttpStatusCode)422, empty.StatusCode);
        var why = string.Join(" ", (await Json(empty))["errors"]!.AsObject().SelectMany(e => e.Value!.AsArray().Select(m => (string)m!)));
        Assert.True(why.Contains("no task row is filled in", StringComparison.Ordinal) || why.Contains("채워진 과제 행이 없습니다", StringComparison.Ordinal), why);

        // The transport department fills in task 1-1 only; then the building department fills in 2-1 only.
        var transport = await officer.PostAsync($"/api/checks/{id}/progress/import",
            Upload(Fill(template, (tasks, _) => tasks.Single(t => (string)t["task_code"]! == "1-1")["status"] = "완료"), version));
        Assert.Equal(HttpStatusCode.OK, transport.StatusCode);
        version = (int)(await Json(transport))["version"]!;
        var buildings = await officer.PostAsync($"/api/checks/{id}/progress/import",
            Upload(Fill(template, (tasks, _) => tasks.Single(t => (string)t["task_code"]! == "2-1")["narrative"] = "설계 지연"), version));
        Assert.Equal((HttpStatusCode)422, buildings.StatusCode); // a touched row still needs its status
        buildings = await officer.PostAsync($"/api/checks/{id}/progress/import", Upload(Fill(template, (tasks, _) =>
        {
            var row = tasks.Single(t => (string)t["task_code"]! == "2-1");
            (row["status"], row["narrative"]) = ("지연", "설계 지연");
        }), version));
        Assert.Equal(HttpStatusCode.OK, buildings.StatusCode);

        var tasks = (await officer.GetFromJsonAsync<JsonObject>($"/api/checks/{id}"))!["evaluation"]!["tasks"]!.AsArray();
        Assert.Equal("done", (string)tasks.Single(t => (string)t!["code"]! == "1-1")!["status"]!);
        Assert.Equal("delayed", (string)tasks.Single(t => (string)t!["code"]! == "2-1")!["status"]!);
        Assert.Equal(2, (int)(await officer.GetFromJsonAsync<JsonObject>($"/api/checks/{id}"))!["cycle"]!["reported"]!);
    }

    [Fact]
    public async Task AGovernment_ReportsByTemplate_AllOrNothing_GetsTracedScores_AndTheCheckIsPublished()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        var officer = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "c@busan.example", [Role.RegionalOfficer], busan), true, busan);
        var national = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "n@me.example", [Role.NationalOfficer]), true);
        var evaluatorId = await People.CreateUserAsync(app, "e@panel.example", [Role.Evaluator]);
        var evaluator = await People.ClientWithTokenAsync(app, evaluatorId, true);
        var publicClient = app.CreateRawClient();
        var plan = (int)(await publicClient.GetFromJsonAsync<JsonArray>($"/api/governments/{busan}/plans"))![0]!["id"]!; // the published sample plan

        var opened = await officer.PostAsJsonAsync($"/api/plans/{plan}/checks", new { year = 2026 });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var cycle = await Json(opened);
        var id = (int)cycle["id"]!;
        Assert.Equal("2027-05-31", (string)cycle["deadlines"]!["Reporting"]!); // local reports by 31 May of the next year
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync($"/api/plans/{plan}/checks", new { year = 2026 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await publicClient.GetAsync($"/api/checks/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await evaluator.GetAsync($"/api/checks/{id}")).StatusCode);

        var moved = await officer.PostAsJsonAsync($"/api/checks/{id}/transitions", new { version = (int)cycle["version"]! });
        var version = (int)(await Json(moved))["version"]!;
        var template = await officer.GetByteArrayAsync($"/api/checks/{id}/progress-template.xlsx");

        // One bad status and one KPI of a task that does not exist: nothing is saved, both are named.
        var bad = Fill(template, (tasks, kpis) =>
        {
            tasks.Single(t => (string)t["task_code"]! == "1-1")["status"] = "거의 다 함";
            kpis.Add(new Dictionary<string, object?>(kpis[0]) { ["task_code"] = "9-9" });
        });
        var refused = await officer.PostAsync($"/api/checks/{id}/progress/import", Upload(bad, version));
        Assert.Equal((HttpStatusCode)422, refused.StatusCode);
        var errors = (await Json(refused))["errors"]!.AsObject().Select(e => e.Key + " " + e.Value!.ToJsonString()).ToList();
        Assert.Contains(errors, e => e.Contains("sheet '이행실적', row 2", StringComparison.Ordinal) && e.Contains("status", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("9-9", StringComparison.Ordinal));
        Assert.Equal(0, (int)(await officer.GetFromJsonAsync<JsonObject>($"/api/checks/{id}"))!["cycle"]!["reported"]!);

        // The sample EV task: KPI base 20,000, 2026 target 60,000, actual 50,000 → (50,000 − 20,000) ÷ (60,000 − 20,000) = 75 %;
        // 2026 budget 16 bn KRW, 8 bn executed → 50 %.
        var good = Fill(template, (tasks, kpis) =>
        {
            foreach (var t in tasks)
            {
                t["status"] = "정상추진";
            }
            tasks.Single(t => (string)t["task_code"]! == "1-1")["budget_executed_krw"] = 8_000_000_000m;
            kpis.Single(k => (string)k["task_code"]! == "1-1")["actual"] = 50_000m;
        });
        var imported = await officer.PostAsync($"/api/checks/{id}/progress/import", Upload(good, version));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        version = (int)(await Json(imported))["version"]!;

        var result = (await officer.GetFromJsonAsync<JsonObject>($"/api/checks/{id}"))!["evaluation"]!;
        var ev = result["tasks"]!.AsArray().Single(t => (string)t!["code"]! == "1-1")!;
        Assert.Equal(75m, (decimal)ev["kpis"]![0]!["cappedPercent"]!);
        Assert.Equal(75m, (decimal)ev["score"]!);
        Assert.Equal(50m, (decimal)ev["budgetRatePercent"]!);
        Assert.Equal("보통", (string)ev["grade"]!); // 70 ≤ 75 < 80
        Assert.NotNull(result["quantitativeScore"]);

        // Reports are closed once evaluation starts; national staff take it to publication, and the public sees it.
        version = (int)(await Json(await officer.PostAsJsonAsync($"/api/checks/{id}/transitions", new { version })))["version"]!;
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PutAsJsonAsync($"/api/checks/{id}/progress",
            new { version, tasks = new[] { new { taskCode = "1-1", status = "done" } } })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync($"/api/checks/{id}/transitions", new { version })).StatusCode);
        var assigned = await national.PostAsJsonAsync($"/api/checks/{id}/evaluators", new { version, email = "e@panel.example" });
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        version = (int)(await Json(assigned))["version"]!;
        Assert.Equal(HttpStatusCode.OK, (await evaluator.GetAsync($"/api/checks/{id}")).StatusCode);
        // The evaluator scores, national staff draft and show the result, the government replies, and the result is final.
        var criteria = new[] { "추진체계", "목표·경로의 적정성", "이행과제의 충실성", "재원 확보·집행", "주민 참여·소통" };
        Assert.Equal(HttpStatusCode.OK, (await evaluator.PutAsJsonAsync($"/api/checks/{id}/scores",
            new { version = 0, scores = criteria.Select(c => new { criterion = c, level = "우수", comment = "", evidence = "" }).ToArray() })).StatusCode);
        var review = (int)(await Json(await national.PutAsJsonAsync($"/api/checks/{id}/review", new { version = 0, comment = "" })))["version"]!;
        review = (int)(await Json(await national.PostAsJsonAsync($"/api/checks/{id}/review/show", new { version = review, replyDueOn = TestClock.Today.AddDays(1) })))["version"]!;
        review = (int)(await Json(await officer.PostAsJsonAsync($"/api/checks/{id}/review/reply", new { version = review, reply = "이견 없음" })))["version"]!;
        Assert.Equal(HttpStatusCode.OK, (await national.PostAsJsonAsync($"/api/checks/{id}/review/finalise", new { version = review })).StatusCode);
        version = (int)(await Json(await national.PostAsJsonAsync($"/api/checks/{id}/transitions", new { version })))["version"]!;
        var published = await Json(await national.PostAsJsonAsync($"/api/checks/{id}/transitions", new { version }));
        Assert.Equal("Published", (string)published["stage"]!);
        Assert.Equal(HttpStatusCode.OK, (await publicClient.GetAsync($"/api/checks/{id}")).StatusCode);
    }

    [Fact]
    public async Task OpeningTheSameCheckAtOnce_CreatesOneCycle_AndTheOthersGet409()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        var officer = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "c@busan.example", [Role.RegionalOfficer], busan), true, busan);
        var plan = (int)(await officer.GetFromJsonAsync<JsonArray>($"/api/governments/{busan}/plans"))![0]!["id"]!;

        var statuses = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ => (await officer.PostAsJsonAsync($"/api/plans/{plan}/checks", new { year = 2027 })).StatusCode));
        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.Conflict));
        await using var db = database.Open();
        Assert.Equal(1, await db.CheckCycles.CountAsync(c => c.PlanId == plan && c.Year == 2027 && c.Month == null));
    }

    [Fact]
    public async Task TheDatabase_HoldsOneCyclePerPlanAndPeriod_AnnualAndMonthlyApart()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        var plan = (int)(await app.CreateRawClient().GetFromJsonAsync<JsonArray>($"/api/governments/{busan}/plans"))![0]!["id"]!;
        await using (var db = database.Open())
        {
            db.CheckCycles.AddRange(
                new Tanso.Core.Checks.CheckCycle(plan, busan, Tanso.Core.Checks.CheckPeriod.OfYear(2028)),
                new Tanso.Core.Checks.CheckCycle(plan, busan, Tanso.Core.Checks.CheckPeriod.OfMonth(2028, 3)),
                new Tanso.Core.Checks.CheckCycle(plan, busan, Tanso.Core.Checks.CheckPeriod.OfMonth(2028, 4)));
            await db.SaveChangesAsync(); // an annual cycle and two months of the same year live side by side
        }
        foreach (var period in new[] { Tanso.Core.Checks.CheckPeriod.OfYear(2028), Tanso.Core.Checks.CheckPeriod.OfMonth(2028, 3) })
        {
            await using var db = database.Open();
            db.CheckCycles.Add(new Tanso.Core.Checks.CheckCycle(plan, busan, period));
            var refused = await Assert.ThrowsAsync<Microsoft.EntityFrameworkCore.DbUpdateException>(() => db.SaveChangesAsync());
            Assert.True(Tanso.Data.UniqueViolation.Is(refused), refused.InnerException?.Message);
        }
    }

    [Fact]
    public async Task AStaleProgressReport_Gets409_AndADraftPlanCannotBeChecked()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        var officer = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "c@busan.example", [Role.RegionalOfficer], busan), true, busan);
        var plan = (int)(await officer.GetFromJsonAsync<JsonArray>($"/api/governments/{busan}/plans"))![0]!["id"]!;
        var cycle = await Json(await officer.PostAsJsonAsync($"/api/plans/{plan}/checks", new { year = 2025 }));
        var id = (int)cycle["id"]!;
        var version = (int)cycle["version"]!;

        var first = await officer.PutAsJsonAsync($"/api/checks/{id}/progress", new { version, tasks = new[] { new { taskCode = "1-1", status = "delayed", narrative = "보조금 집행 지연" } } });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var stale = await officer.PutAsJsonAsync($"/api/checks/{id}/progress", new { version, tasks = new[] { new { taskCode = "1-1", status = "done" } } });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var lagging = (await officer.GetFromJsonAsync<JsonObject>($"/api/checks/{id}"))!["evaluation"]!["lagging"]!.AsArray();
        Assert.Contains(lagging, l => (string)l!["code"]! == "1-1" && l["reasons"]!.AsArray().Any(r => ((string)r!).Contains("delayed", StringComparison.Ordinal)));

        var draft = await Json(await officer.PostAsJsonAsync($"/api/governments/{busan}/plans", new
        {
            title = "초안", periodStart = 2024, periodEnd = 2033, baseYear = 2018, baseEmissionsTCo2eq = 1_000_000m, baseSource = "test",
        }));
        Assert.Equal((HttpStatusCode)422, (await officer.PostAsJsonAsync($"/api/plans/{(int)draft["id"]!}/checks", new { year = 2025 })).StatusCode);
    }
}

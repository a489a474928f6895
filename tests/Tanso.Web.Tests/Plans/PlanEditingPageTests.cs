using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Access;
using Tanso.Web.Tests.Community;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Plans;

/// <summary>The plan page's editing forms as an officer uses them: a task with all its years in one form, the header,
/// refusals beside their fields in the page's language with everything typed kept.</summary>
public sealed class PlanEditingPageTests
{
    private static async Task<(TestDatabase Database, TansoApp App, HttpClient Officer, int Id, int Version)> DraftAsync()
    {
        var database = TestDatabase.Create();
        var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        var officer = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "editor@busan.example", [Role.RegionalOfficer], busan), true, busan);
        var plan = (await (await officer.PostAsJsonAsync($"/api/governments/{busan}/plans", new
        {
            title = "부산광역시 탄소중립 녹색성장 기본계획", periodStart = 2024, periodEnd = 2028, baseYear = 2018, baseEmissionsTCo2eq = 16_628_000m,
            baseSource = "시험", scopeNote = "", netZeroYear = 2050, interpolation = "straight-line", version = 0,
        })).Content.ReadFromJsonAsync<JsonObject>())!;
        var area = (await (await officer.PostAsJsonAsync($"/api/plans/{(int)plan["id"]!}/tasks", new
        {
            version = (int)plan["version"]!, level = "area", code = "1", name = "수송", department = "교통국", startYear = 2024, endYear = 2028,
        })).Content.ReadFromJsonAsync<JsonObject>())!;
        return (database, app, officer, (int)area["id"]!, (int)area["version"]!);
    }

    private static string N(decimal d) => d.ToString(CultureInfo.InvariantCulture);

    /// <summary>The task form as the page sends it: one row per year of the plan (2024–2028), one KPI column.</summary>
    private static async Task<FormUrlEncodedContent> TaskFormAsync(HttpClient client, int id, int version, string parent, int endYear, decimal budget2026, int? taskId = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await client.FormTokenAsync($"/plans/{id}"), ["Version"] = N(version),
            ["Task.Level"] = "task", ["Task.Code"] = "1-1", ["Task.ParentCode"] = parent, ["Task.Name"] = "전기버스 보급", ["Task.Department"] = "교통국",
            ["Task.Sector"] = "transport", ["Task.StartYear"] = "2024", ["Task.EndYear"] = N(endYear),
            ["Task.Kpis[0].Name"] = "전기버스 대수", ["Task.Kpis[0].Unit"] = "대", ["Task.Kpis[0].Direction"] = "increase", ["Task.Kpis[0].BaseValue"] = "10",
        };
        foreach (var (year, i) in Enumerable.Range(2024, 5).Select((y, i) => (y, i)))
        {
            fields[$"Task.Years[{i}].Year"] = N(year);
            fields[$"Task.Years[{i}].BudgetKrw"] = year == 2026 ? N(budget2026) : year == 2027 ? "3000000000" : "";
            fields[$"Task.Years[{i}].ExpectedReduction"] = year >= 2026 ? "1200" : "";
            fields[$"Task.Years[{i}].KpiTargets[0]"] = year == 2028 ? "150" : "";
        }
        if (taskId is { } t)
        {
            fields["Task.Id"] = N(t);
        }
        return new FormUrlEncodedContent(fields);
    }

    private static async Task<int> VersionAsync(TestDatabase database, int id)
    {
        await using var db = database.Open();
        return await db.Plans.Where(p => p.Id == id).Select(p => p.Version).SingleAsync();
    }

    [Fact]
    public async Task OneForm_AddsATaskWithAllItsYears_AndEditsThemAgain()
    {
        var (database, app, officer, id, version) = await DraftAsync();
        await using var _ = database;
        await using var __ = app;

        var added = await officer.PostAsync($"/plans/{id}?handler=Task", await TaskFormAsync(officer, id, version, "1", 2028, 2_000_000_000m));
        Assert.True(added.StatusCode == HttpStatusCode.Redirect, WebUtility.HtmlDecode(await added.Content.ReadAsStringAsync()));
        var plan = (await officer.GetFromJsonAsync<JsonObject>($"/api/plans/{id}"))!;
        var task = plan["tasks"]!.AsArray().Single(t => (string)t!["code"]! == "1-1")!;
        Assert.Equal("[{\"year\":2026,\"budgetKrw\":2000000000,\"expectedReductionTCo2eq\":1200},{\"year\":2027,\"budgetKrw\":3000000000,\"expectedReductionTCo2eq\":1200},{\"year\":2028,\"budgetKrw\":null,\"expectedReductionTCo2eq\":1200}]",
            task["years"]!.ToJsonString());
        Assert.Equal(150m, (decimal)task["kpis"]![0]!["targets"]!["2028"]!);

        var taskId = (int)task["id"]!;
        var form = WebUtility.HtmlDecode(await officer.GetStringAsync($"/plans/{id}?task={taskId}"));
        Assert.Contains("이행과제 1-1 고치기", form, StringComparison.Ordinal);
        Assert.Matches("id=\"k-y2027-budget\"[^>]*value=\"3000000000\"", form);
        var edited = await officer.PostAsync($"/plans/{id}?handler=Task", await TaskFormAsync(officer, id, (int)plan["version"]!, "1", 2028, 2_500_000_000m, taskId));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        await using var db = database.Open();
        Assert.Equal(2_500_000_000m, await db.Set<Tanso.Core.Plans.PlanTaskYear>().Where(y => y.TaskId == taskId && y.Year == 2026).Select(y => y.BudgetKrw).SingleAsync());
        Assert.True(await db.AuditEntries.CountAsync(a => a.EntityType == "PlanTaskYear") >= 4); // three added, one changed
    }

    [Fact]
    public async Task ARefusedTask_SaysWhyInKoreanBesideTheField_AndKeepsEverythingTyped()
    {
        var (database, app, officer, id, version) = await DraftAsync();
        await using var _ = database;
        await using var __ = app;

        var response = await officer.PostAsync($"/plans/{id}?handler=Task", await TaskFormAsync(officer, id, version, "9", 2026, 2_000_000_000m));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<p class=\"form-hint-invalid\" id=\"k-parent-error\">이행과제은(는) 이미 있는 분야에 속합니다: 상위 번호를 쓰십시오.</p>", html, StringComparison.Ordinal);
        Assert.Matches("id=\"k-parent\"[^>]*aria-invalid=\"true\" aria-describedby=\"k-parent-error\"", html);
        Assert.Contains("2027년은 과제 기간 2024–2026 밖입니다", html, StringComparison.Ordinal);
        Assert.Contains("class=\"form-error\" role=\"alert\"", html, StringComparison.Ordinal); // the summary at the top
        Assert.Matches("id=\"k-name\"[^>]*value=\"전기버스 보급\"", html);
        Assert.Matches("id=\"k-y2026-budget\"[^>]*value=\"2000000000\"", html);
        Assert.Matches("name=\"Task.Years\\[4\\].KpiTargets\\[0\\]\"[^>]*value=\"150\"", html);
        Assert.Equal(version, await VersionAsync(database, id));
    }

    [Fact]
    public async Task InTheEnglishUi_TheSameRefusalIsInEnglish()
    {
        var (database, app, officer, id, version) = await DraftAsync();
        await using var _ = database;
        await using var __ = app;
        Assert.Equal(HttpStatusCode.Redirect, (await officer.GetAsync("/language/en?returnUrl=/")).StatusCode);

        var response = await officer.PostAsync($"/plans/{id}?handler=Task", await TaskFormAsync(officer, id, version, "9", 2026, 2_000_000_000m));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("A task belongs to an existing area: give its code.", html, StringComparison.Ordinal);
        Assert.Contains("2027 is outside the task's years 2024–2026", html, StringComparison.Ordinal);
        Assert.DoesNotContain("상위 번호를 쓰십시오", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheHeader_IsEditedInThePage_AndARefusalKeepsTheFormAsTyped()
    {
        var (database, app, officer, id, version) = await DraftAsync();
        await using var _ = database;
        await using var __ = app;
        Dictionary<string, string> Header(int baseYear, string token, int v) => new()
        {
            ["__RequestVerificationToken"] = token, ["Version"] = N(v), ["Form.Title"] = "부산광역시 2050 탄소중립 기본계획 (수정)", ["Form.PeriodStart"] = "2025",
            ["Form.PeriodEnd"] = "2034", ["Form.BaseYear"] = N(baseYear), ["Form.NetZeroYear"] = "2050", ["Form.BaseEmissions"] = "16000000", ["Form.BaseSource"] = "시험 출처",
            ["Form.Interpolation"] = "constant-rate", ["Form.Basis"] = "gross", ["Form.Guidelines"] = "2006",
        };

        var refused = await officer.PostAsync($"/plans/{id}?handler=Header", new FormUrlEncodedContent(Header(2026, await officer.FormTokenAsync($"/plans/{id}"), version)));
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("<p class=\"form-hint-invalid\" id=\"p-base-error\">기준연도 2026은(는) 계획 시작 연도 2025보다 늦을 수 없습니다.</p>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"부산광역시 2050 탄소중립 기본계획 (수정)\"", html, StringComparison.Ordinal);
        Assert.Contains("<details class=\"plan-edit\" id=\"edit-header\" open=\"open\">", html, StringComparison.Ordinal);

        var saved = await officer.PostAsync($"/plans/{id}?handler=Header", new FormUrlEncodedContent(Header(2018, await officer.FormTokenAsync($"/plans/{id}"), version)));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var plan = (await officer.GetFromJsonAsync<JsonObject>($"/api/plans/{id}"))!;
        Assert.Equal(("부산광역시 2050 탄소중립 기본계획 (수정)", 2025, 2034, "constant-rate", "2006"),
            ((string)plan["title"]!, (int)plan["periodStart"]!, (int)plan["periodEnd"]!, (string)plan["interpolation"]!, (string)plan["basis"]!["guidelines"]!));
    }

    [Fact]
    public async Task TargetsAndTheManualPath_AreSetAndRemovedInThePage()
    {
        var (database, app, officer, id, version) = await DraftAsync();
        await using var _ = database;
        await using var __ = app;

        var target = await officer.PostAsync($"/plans/{id}?handler=Target", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await officer.FormTokenAsync($"/plans/{id}"), ["Version"] = N(version),
            ["Target.Year"] = "2035", ["Target.Sector"] = "", ["Target.Kind"] = "reduction-percent", ["Target.Value"] = "140",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, target.StatusCode);
        Assert.Contains("감축률 140%는 −100%에서 100% 사이여야 합니다.", WebUtility.HtmlDecode(await target.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var points = await officer.PostAsync($"/plans/{id}?handler=Points", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await officer.FormTokenAsync($"/plans/{id}"), ["Version"] = N(version),
            ["Points.Rows[0].Year"] = "2030", ["Points.Rows[0].Value"] = "9000000", ["Points.Rows[1].Year"] = "2031", ["Points.Rows[1].Value"] = "",
        }));
        Assert.Equal(HttpStatusCode.Redirect, points.StatusCode);
        await using var db = database.Open();
        Assert.Equal([(2030, 9_000_000m)], (await db.Set<Tanso.Core.Plans.PlanTrajectoryPoint>().Where(p => p.PlanId == id).ToListAsync()).Select(p => (p.Year, p.Value.Value)));
    }

    [Fact]
    public async Task ASectorsManualLine_IsEditedOnItsOwn_AndTheTotalsValuesAreKept()
    {
        var (database, app, officer, id, version) = await DraftAsync();
        await using var _ = database;
        await using var __ = app;
        Assert.Equal(HttpStatusCode.Redirect, (await PointsAsync(officer, id, version, "", ("2030", "9000000"))).StatusCode);
        var power = await officer.GetStringAsync($"/plans/{id}?line=power");
        Assert.Contains("연도별 경로: 전환 (tCO2eq)", WebUtility.HtmlDecode(power), StringComparison.Ordinal);
        Assert.Contains("name=\"Points.Sector\" value=\"power\"", power, StringComparison.Ordinal);

        var current = (int)(await officer.GetFromJsonAsync<JsonObject>($"/api/plans/{id}"))!["version"]!;
        var saved = await PointsAsync(officer, id, current, "power", ("2030", "3000000"), ("2035", "2000000"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var db = database.Open();
        var points = (await db.Set<Tanso.Core.Plans.PlanTrajectoryPoint>().Where(p => p.PlanId == id).ToListAsync())
            .OrderBy(p => p.Sector?.Value).ThenBy(p => p.Year).Select(p => $"{p.Sector?.Value ?? "total"} {p.Year} {p.Value.Value:0}");
        Assert.Equal(["total 2030 9000000", "power 2030 3000000", "power 2035 2000000"], points);
    }

    private static async Task<HttpResponseMessage> PointsAsync(HttpClient officer, int id, int version, string sector, params (string Year, string Value)[] rows)
    {
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await officer.FormTokenAsync($"/plans/{id}"), ["Version"] = N(version), ["Points.Sector"] = sector,
        };
        for (var i = 0; i < rows.Length; i++)
        {
            (form[$"Points.Rows[{i}].Year"], form[$"Points.Rows[{i}].Value"]) = rows[i];
        }
        return await officer.PostAsync($"/plans/{id}?handler=Points", new FormUrlEncodedContent(form));
    }
}

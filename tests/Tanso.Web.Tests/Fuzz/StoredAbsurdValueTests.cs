using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Access;
using Tanso.Data;
using Tanso.Web.Tests.Infrastructure;
using Tanso.Web.Tests.Reports;

namespace Tanso.Web.Tests.Fuzz;

/// <summary>
/// Values no input check lets in any more, written straight into the database as an old row or a bad import could
/// have left them: the largest amount the column holds (7.9e28 on SQLite, where a decimal is text; 1e16 − 1 in
/// PostgreSQL's numeric(20, 4) and numeric(20), which hold no infinity), 1e308 stored as a floating-point number where
/// the column takes one (SQLite) and NaN. Every page and report that shows them still answers, and shows the value as
/// invalid rather than a number; then every page a person holding every role reaches by clicking still answers.
/// </summary>
[StartsFirst]
public sealed class StoredAbsurdValueTests
{
    public static TheoryData<string> Kinds() => new() { "huge", "nan", "1e308" };

    private static string Literal(TestDatabase database, string kind, bool money) => (kind, database.Provider) switch
    {
        ("nan", DatabaseProvider.Postgres) => "'NaN'::numeric",
        ("nan", _) => "'NaN'",
        ("1e308", DatabaseProvider.Sqlite) => "1e308", // a REAL, not text: what another tool writing a double leaves
        (_, DatabaseProvider.Postgres) => money ? "9999999999999999999" : "9999999999999999.9999",
        _ => "'79000000000000000000000000000'",
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task AbsurdStoredEmissionsAndBudgets_LeaveEveryPageAnswering_AndShowTheValueAsInvalid(string kind)
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var (cycleId, officer) = await ReportData.BusanCycleAsync(app, 2026, submit: true, "c@busan.example");
        var national = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "n@me.example", [Role.NationalOfficer]), false);
        int busan, planId;
        await using (var db = database.Open())
        {
            busan = await People.GovernmentIdAsync(app, "26");
            planId = await db.Plans.Where(p => p.GovernmentId == busan).Select(p => p.Id).SingleAsync();
            var edition = await db.InventoryEditions.Where(e => e.Code.StartsWith("busan-test-")).Select(e => e.Id).SingleAsync();
            var (tonnes, krw) = (Literal(database, kind, money: false), Literal(database, kind, money: true));
            // One national figure of the base year, one line of Busan's inventory, the plan's base, one task's budget, one execution.
            string[] corrupt =
            [
                $"UPDATE official_figures SET \"Value\" = {tonnes} WHERE \"Id\" = (SELECT MIN(\"Id\") FROM official_figures WHERE \"Year\" = 2018)",
                $"UPDATE inventory_entries SET \"Emissions\" = {tonnes} WHERE \"Id\" = (SELECT MIN(\"Id\") FROM inventory_entries WHERE \"EditionId\" = {edition} AND \"Year\" = 2026)",
                $"UPDATE plans SET \"BaseEmissions\" = {tonnes} WHERE \"Id\" = {planId}",
                $"UPDATE plan_task_years SET \"BudgetKrw\" = {krw} WHERE \"Id\" = (SELECT MIN(y.\"Id\") FROM plan_task_years y JOIN plan_tasks t ON t.\"Id\" = y.\"TaskId\" WHERE t.\"PlanId\" = {planId} AND y.\"Year\" = 2026)",
                $"UPDATE check_task_progress SET \"BudgetExecutedKrw\" = {krw} WHERE \"CycleId\" = {cycleId}",
            ];
            foreach (var sql in corrupt)
            {
                Assert.True(await db.Database.ExecuteSqlRawAsync(sql) >= 1, sql);
            }
        }
        var anonymous = app.CreateRawClient();

        var failures = new List<string>();
        async Task<string> GetAsync(HttpClient client, string url)
        {
            using var response = await client.GetAsync(url);
            if ((int)response.StatusCode >= 500 || response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{(int)response.StatusCode} {url}");
            }
            return response.Content.Headers.ContentType?.MediaType is "text/html" or "application/json" or "application/problem+json"
                ? await response.Content.ReadAsStringAsync() : "";
        }
        void ShowsInvalid(string url, string body)
        {
            if (!body.Contains("값 오류(범위 밖)", StringComparison.Ordinal))
            {
                failures.Add($"{url} does not show the value as invalid");
            }
        }

        ShowsInvalid("/", await GetAsync(anonymous, "/"));
        await GetAsync(anonymous, "/api/national/figures");
        await GetAsync(anonymous, "/api/national/series");
        foreach (var page in new[] { "/portal", "/portal/map", "/portal/rollup", "/portal/compare", $"/portal/governments/{busan}", $"/governments/{busan}", "/inventory/compare", "/cascade" })
        {
            await GetAsync(anonymous, page);
        }
        ShowsInvalid($"/plans/{planId}", await GetAsync(officer, $"/plans/{planId}"));
        await GetAsync(officer, $"/api/plans/{planId}");
        await GetAsync(officer, $"/api/checks/{cycleId}");
        await GetAsync(officer, $"/api/checks/{cycleId}/report.xlsx");
        await GetAsync(national, "/api/checks/consolidated?year=2026&level=province");
        await GetAsync(national, "/api/checks/consolidated.xlsx?year=2026&level=province");
        var signedIn = app.CreateRawClient();
        await People.CreateUserAsync(app, "admin@tanso.example", [Role.SystemAdmin]);
        Assert.Equal(HttpStatusCode.Redirect, (await People.SignInAsync(signedIn, "admin@tanso.example", People.Password)).StatusCode);
        ShowsInvalid($"/checks/{cycleId}/report", await GetAsync(signedIn, $"/checks/{cycleId}/report"));
        await GetAsync(signedIn, $"/checks/{cycleId}");
        await GetAsync(signedIn, $"/plans/{planId}/checks");
        await GetAsync(signedIn, "/checks/consolidated?year=2026&level=province");

        var everyone = app.CreateRawClient();
        await People.CreateUserAsync(app, "all@tanso.example", [Role.SystemAdmin, Role.NationalOfficer, Role.RegionalOfficer], busan);
        Assert.Equal(HttpStatusCode.Redirect, (await People.SignInAsync(everyone, "all@tanso.example", People.Password)).StatusCode);
        var pages = await Site.SiteCrawler.CrawlAsync(everyone, ["/", "/portal", "/data", $"/governments/{busan}", $"/plans/{planId}", $"/checks/{cycleId}", "/checks/consolidated", "/taskforce", "/inbox"]);
        Assert.True(pages.Count >= 60, $"only {pages.Count} pages reached");
        failures.AddRange(pages.Where(p => (int)p.Status >= 500).Select(p => $"{(int)p.Status} {p.Url} (linked from {p.From})"));

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}

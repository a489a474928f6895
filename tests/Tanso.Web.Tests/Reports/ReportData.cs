using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Reports;

/// <summary>A checked cycle of Busan's sample plan, built through the API as a government would.</summary>
public static class ReportData
{
    /// <summary>
    /// Busan's officer imports an official inventory with 2018 and <paramref name="year"/> for 수송 and 건물 (so the
    /// emissions section has bases and actuals), opens the sample plan's cycle of <paramref name="year"/>, reports
    /// 1-1 on track (KPI 50,000, 8 bn KRW executed) and 2-1 delayed (1 bn KRW executed) and, when
    /// <paramref name="submit"/>, submits the report by moving the cycle on to evaluation.
    /// </summary>
    public static async Task<(int CycleId, HttpClient Officer)> BusanCycleAsync(TansoApp app, int year, bool submit, string officerEmail, Uri? root = null)
    {
        _ = app.Services; // starts the app (in memory or on Kestrel), which migrates and seeds
        int busan;
        await using (var db = app.Database.Open())
        {
            busan = (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.Governments)).Single(g => g.AdministrativeCode?.Value == "26").Id;
        }
        var officer = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, officerEmail, [Role.RegionalOfficer], busan), true, busan);
        officer.BaseAddress = root ?? officer.BaseAddress; // on Kestrel (PrintingApp), the app's real address
        var inventory = new MultipartFormDataContent
        {
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"government,sector,2018,{year}\n부산광역시,수송,5000000,4300000\n부산광역시,건물,3000000,2900000\n")), "file", "busan.csv" },
            { new StringContent("busan-test-" + Guid.NewGuid().ToString("N")[..8]), "edition" },
            { new StringContent("부산 시험판"), "editionName" },
            { new StringContent("시험"), "publisher" },
            { new StringContent("2026-01-01"), "publishedOn" },
            { new StringContent("report tests"), "source" },
            { new StringContent("t"), "unit" }, // the file names no unit: tCO2eq, as the form asks
        };
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync("/api/inventory/imports", inventory)).StatusCode);
        var plan = (int)(await officer.GetFromJsonAsync<JsonArray>($"/api/governments/{busan}/plans"))!.Single(p => (bool)p!["isSample"]!)!["id"]!;
        var opened = await officer.PostAsJsonAsync($"/api/plans/{plan}/checks", new { year });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var cycle = (await opened.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = (int)cycle["id"]!;
        var version = (int)(await (await officer.PostAsJsonAsync($"/api/checks/{id}/transitions", new { version = (int)cycle["version"]! })).Content.ReadFromJsonAsync<JsonObject>())!["version"]!;
        var reported = await officer.PutAsJsonAsync($"/api/checks/{id}/progress", new
        {
            version,
            tasks = new object[]
            {
                new { taskCode = "1-1", status = "on-track", budgetExecutedKrw = 8_000_000_000m, kpis = new[] { new { kpi = "[예시] 무공해차 누적 보급 대수", actual = (decimal?)50_000m } } },
                new { taskCode = "2-1", status = "delayed", budgetExecutedKrw = 1_000_000_000m, narrative = "설계 지연" },
            },
        });
        Assert.Equal(HttpStatusCode.OK, reported.StatusCode);
        if (submit)
        {
            version = (int)(await reported.Content.ReadFromJsonAsync<JsonObject>())!["version"]!;
            Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"/api/checks/{id}/transitions", new { version })).StatusCode);
        }
        return (id, officer);
    }
}

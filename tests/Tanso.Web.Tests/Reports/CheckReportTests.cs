using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MiniExcelLibs;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Reports;

public sealed class CheckReportTests
{
    private static List<IDictionary<string, object?>> Sheet(byte[] xlsx, string name)
    {
        using var stream = new MemoryStream(xlsx);
        return MiniExcel.Query(stream, useHeaderRow: true, sheetName: name).Cast<IDictionary<string, object?>>().ToList();
    }

    private static void SameNumber(JsonNode? expected, object? actual, string what)
    {
        Assert.True(actual is double, $"{what}: '{actual}' is stored as {actual?.GetType().Name ?? "nothing"}, not as a number");
        Assert.Equal(Math.Round((decimal)expected!, 6), Math.Round((decimal)(double)actual!, 6));
    }

    [Fact]
    public async Task TheReportWorkbook_HasASheetPerTable_WithTheCheckedNumbersStoredAsFormattedNumbers()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var (id, officer) = await ReportData.BusanCycleAsync(app, 2026, submit: true, "w@busan.example");
        var check = (await officer.GetFromJsonAsync<JsonObject>($"/api/checks/{id}"))!["evaluation"]!;

        var response = await officer.GetAsync($"/api/checks/{id}/report.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var xlsx = await response.Content.ReadAsByteArrayAsync();

        using (var stream = new MemoryStream(xlsx))
        {
            // The government reads its report before the result is shown to it: no qualitative sheets yet.
            Assert.Equal(["예시 데이터", "핵심 결과", "요약", "부문별 배출량", "이행과제", "성과지표", "등급", "종합 점수", "등급 기준", "부진과제", "개선의견"], MiniExcel.GetSheetNames(stream));
        }
        var summary = Assert.Single(Sheet(xlsx, "요약"));
        Assert.Equal("부산광역시", summary["지자체"]);
        SameNumber(check["quantitativeScore"], summary["정량 점수"], "quantitative score");
        Assert.Equal((string)check["grade"]!, summary["종합 등급"]);

        var task = Sheet(xlsx, "이행과제").Single(r => (string?)r["과제 번호"] == "1-1");
        var apiTask = check["tasks"]!.AsArray().Single(t => (string)t!["code"]! == "1-1")!;
        SameNumber(apiTask["score"], task["점수"], "task score");
        SameNumber(apiTask["budgetRatePercent"], task["집행률 (%)"], "budget execution");
        SameNumber(apiTask["budgetExecutedKrw"], task["집행액 (원)"], "executed");
        SameNumber(apiTask["kpis"]![0]!["cappedPercent"], Sheet(xlsx, "성과지표").Single(r => (string?)r["과제 번호"] == "1-1")["반영 달성률 (%)"], "KPI achievement");

        var total = Sheet(xlsx, "부문별 배출량").Single(r => (string?)r["부문"] == "합계");
        SameNumber(check["total"]!["actualTCo2eq"], total["실적"], "total actual");
        SameNumber(check["total"]!["trajectoryTCo2eq"], total["목표 경로값"], "total trajectory");
        var transport = Sheet(xlsx, "부문별 배출량").Single(r => (string?)r["부문"] == "수송");
        SameNumber(check["sectors"]!.AsArray().Single(s => (string?)s!["sector"] == "transport")!["actualTCo2eq"], transport["실적"], "transport actual");

        Assert.Equal(check["lagging"]!.AsArray().Select(l => (string)l!["code"]!).Order(), Sheet(xlsx, "부진과제").Select(r => (string)r["과제 번호"]!).Order());
        Assert.Contains("2-1", Sheet(xlsx, "부진과제").Select(r => (string)r["과제 번호"]!)); // reported as delayed

        using var zip = new ZipArchive(new MemoryStream(xlsx));
        using var styles = new StreamReader(zip.GetEntry("xl/styles.xml")!.Open());
        var css = await styles.ReadToEndAsync();
        Assert.Contains("formatCode=\"#,##0.0\"", css, StringComparison.Ordinal);
        Assert.Contains("formatCode=\"#,##0\"", css, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheReportPage_HasEveryStatutorySection_LabelsSampleData_AndLinksItsFormats()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var (id, officer) = await ReportData.BusanCycleAsync(app, 2024, submit: true, "p@busan.example");

        var html = await officer.GetStringAsync($"/checks/{id}/report");

        foreach (var heading in new[] { "1. 요약", "2. 부문별 배출량과 목표 경로", "3. 이행과제 추진실적", "4. 성과지표", "5. 정성평가 결과", "6. 등급", "7. 부진과제", "8. 개선의견 및 조치" })
        {
            Assert.Contains(heading, html, StringComparison.Ordinal);
        }
        Assert.Contains("부산광역시 2024 이행점검 결과보고서", html, StringComparison.Ordinal);
        Assert.Contains("예시 데이터", html, StringComparison.Ordinal); // the sample plan
        Assert.Contains("일 지연 제출", html, StringComparison.Ordinal); // submitted today, after 31 May 2025
        Assert.Contains($"href=\"/api/checks/{id}/report.pdf\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/api/checks/{id}/report.xlsx\"", html, StringComparison.Ordinal);
        Assert.Contains("data-chart=\"report-emissions-data\"", html, StringComparison.Ordinal);

        Assert.Contains($"href=\"/checks/{id}/report\"", await officer.GetStringAsync($"/checks/{id}"), StringComparison.Ordinal);
        Assert.Contains("정성평가 결과는 평가가 끝나 지자체에 통보된 뒤 볼 수 있습니다.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NationalStaff_ReadTheQualitativeFindings_InTheWorkbook_BeforeTheGovernmentDoes()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var (id, _) = await ReportData.BusanCycleAsync(app, 2025, submit: true, "q@busan.example");
        var national = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "q@nation.example", [Role.NationalOfficer]), false);

        var xlsx = await national.GetByteArrayAsync($"/api/checks/{id}/report.xlsx");

        using (var stream = new MemoryStream(xlsx))
        {
            Assert.Equal(["예시 데이터", "핵심 결과", "요약", "부문별 배출량", "이행과제", "성과지표", "정성평가", "평가의견", "결과·소명", "등급", "종합 점수", "등급 기준", "부진과제", "개선의견"],
                MiniExcel.GetSheetNames(stream));
        }
        var criteria = Sheet(xlsx, "정성평가");
        Assert.Equal(["추진체계", "목표·경로의 적정성", "이행과제의 충실성", "재원 확보·집행", "주민 참여·소통", "정성 점수"], criteria.Select(r => (string?)r["평가 항목"]));
        Assert.Equal(100m, criteria.Take(5).Sum(r => Convert.ToDecimal(r["가중치 (%)"], System.Globalization.CultureInfo.InvariantCulture)));
        var html = await national.GetStringAsync($"/checks/{id}/report");
        Assert.DoesNotContain("정성평가 결과는 평가가 끝나 지자체에 통보된 뒤 볼 수 있습니다.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallersWhoCannotSeeTheCycle_Get404_ForTheReportPage_ItsWorkbook_AndItsPdf()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var (id, _) = await ReportData.BusanCycleAsync(app, 2024, submit: false, "o@busan.example");
        var daegu = await People.GovernmentIdAsync(app, "27");
        var strangers = new[]
        {
            app.CreateRawClient(),
            await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "o@daegu.example", [Role.RegionalOfficer], daegu), true, daegu),
            await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "e@panel.example", [Role.Evaluator]), true),
        };

        foreach (var client in strangers)
        {
            foreach (var url in new[] { $"/checks/{id}/report", $"/api/checks/{id}/report.xlsx", $"/api/checks/{id}/report.pdf" })
            {
                Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
            }
        }
    }
}

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MiniExcelLibs;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;
using Tanso.Web.Tests.Inventory;

namespace Tanso.Web.Tests.Checks;

/// <summary>
/// End to end, as the ministry would do it: the GIR national inventory on the 1996 guidelines (the file as GIR publishes
/// it, from the project's copy) and a national plan on the NDC's basis are entered through the API; the verdict for 2021
/// is read from the check API, the report page, the report workbook and the portal dashboard, and must equal what the
/// published figures give: net emissions (gross + LULUCF, no CCUS or international lines: counted as 0) against the
/// year's target, never gross against net.
/// </summary>
public sealed class NationalVerdictTests
{
    private const decimal Base2018 = 727_600_000m;   // NDC base year, gross (national-sector-figures.csv)
    private const decimal Target2030 = 436_600_000m; // 1st National Basic Plan 2030 net target (same file)
    private static readonly string[] NdcAdjustments = ["ccus", "international-credits"];

    private static string GirFile => Path.Combine(ReferenceFile.RepositoryRoot().FullName, "src", "Tanso.Data", "Seed", "Reference", "national-inventory-gir-1996gl.csv");

    /// <summary>The file's own value of a row for a year, in tonnes (the file is in kt), read with a plain split.</summary>
    private static decimal FileValue(int year, string sector)
    {
        var lines = File.ReadAllLines(GirFile);
        var header = PublishedTables.Split(lines[0]);
        var row = lines.Skip(1).Select(PublishedTables.Split).First(c => c[Array.IndexOf(header, "year")] == year.ToString(CultureInfo.InvariantCulture)
            && c[Array.IndexOf(header, "sector")] == sector);
        return decimal.Parse(row[Array.IndexOf(header, "value_kt_co2eq")], NumberStyles.Float, CultureInfo.InvariantCulture) * 1000m;
    }

    [Fact]
    public async Task The2021Verdict_IsNetAgainstTheNetTarget_InTheApiTheReportTheWorkbookAndThePortal()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var nation = await People.NationIdAsync(app);
        var ministry = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "m@me.example", [Role.NationalOfficer], nation), true, nation);

        var imported = await ministry.PostAsync("/api/inventory/imports", new MultipartFormDataContent
        {
            { new ByteArrayContent(await File.ReadAllBytesAsync(GirFile)), "file", "national-inventory-gir-1996gl.csv" },
            { new StringContent("e2e-gir-1996"), "edition" }, { new StringContent("국가 온실가스 인벤토리 1990–2021 (1996 IPCC 지침)"), "editionName" },
            { new StringContent("온실가스종합정보센터"), "publisher" }, { new StringContent("2023-12-29"), "publishedOn" },
            { new StringContent("GIR"), "source" }, { new StringContent("1996"), "guidelines" }, { new StringContent("전국"), "government" },
        });
        Assert.True(imported.IsSuccessStatusCode, await imported.Content.ReadAsStringAsync());

        // The plan: the NDC's base and 2030 target, counted as the NDC counts them; the year's target on the straight path.
        var target2021 = Base2018 + (Target2030 - Base2018) * 3 / 12;
        var plan = await Json(await ministry.PostAsJsonAsync($"/api/governments/{nation}/plans", new
        {
            title = "국가 탄소중립 이행 (시험)", periodStart = 2021, periodEnd = 2030, baseYear = 2018, baseEmissionsTCo2eq = Base2018,
            baseSource = "2030 NDC", scopeNote = "국가 순배출량", netZeroYear = 2050, interpolation = "straight-line", version = 0,
            basis = "net-with-adjustments", adjustments = NdcAdjustments, guidelines = "1996",
        }));
        var id = (int)plan["id"]!;
        plan = await Json(await ministry.PutAsJsonAsync($"/api/plans/{id}/targets", new
        {
            version = (int)plan["version"]!, targets = new object[] { new { year = 2030, kind = "amount", value = Target2030 } },
        }));
        var version = (int)plan["version"]!;
        // The national plan is reviewed too, by another national officer than the one who submitted it.
        version = await Plans.PlanReviewFlow.RunAsync(app, ministry, id, version);
        var opened = await ministry.PostAsJsonAsync($"/api/plans/{id}/checks", new { year = 2021 });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var cycle = (int)(await Json(opened))["id"]!;

        // What the published figures give: net = the file's 순배출량 (gross + LULUCF), CCUS and international lines 0.
        var net2021 = FileValue(2021, "순배출량");
        Assert.InRange(FileValue(2021, "총배출량") + FileValue(2021, "LULUCF") - net2021, -1m, 1m);
        var percent = Math.Round((net2021 - target2021) / target2021 * 100m, 1, MidpointRounding.AwayFromZero);
        var achievement = Math.Round((Base2018 - net2021) / (Base2018 - target2021) * 100m, 1, MidpointRounding.AwayFromZero);
        Assert.Equal((-2.4m, 121.9m), (percent, achievement)); // below the target: met, with more than the year's reduction

        var headline = (await ministry.GetFromJsonAsync<JsonObject>($"/api/checks/{cycle}"))!["evaluation"]!["headline"]!;
        var total = headline["total"]!;
        Assert.Equal("met", (string)total["verdict"]!);
        Assert.Equal(target2021, (decimal)total["targetTCo2eq"]!);
        Assert.InRange((decimal)total["actualTCo2eq"]! - net2021, -30m, 30m); // categories placed in sectors add up within the file's rounding
        Assert.Equal(percent, Math.Round((decimal)total["percentFromTarget"]!, 1));
        Assert.Equal(achievement, Math.Round((decimal)total["achievementPercent"]!, 1)); // uncapped: above 120 stays
        Assert.Equal("net-with-adjustments", (string)headline["basis"]!["kind"]!);
        Assert.Equal("comparable", (string)headline["basis"]!["comparability"]!);
        Assert.Equal(["ccus", "international-credits"], headline["basis"]!["adjustments"]!.AsArray().Select(a => (string)a!));
        Assert.Equal("1996", (string)headline["basis"]!["editionGuidelines"]!);

        Assert.Equal("2.4 % below target (met)", (string)total["textEn"]!);
        const string Lead = "2021년 배출량(순배출량(흡수원·CCUS·국제감축 포함), 1996 IPCC 지침)은 목표 대비 2.4 % 낮음 (달성), 연간 감축목표의 121.9 % 달성";
        var report = WebUtility.HtmlDecode(await ministry.GetStringAsync($"/checks/{cycle}/report"));
        Assert.Contains(Lead, report, StringComparison.Ordinal);

        using (var xlsx = new MemoryStream(await ministry.GetByteArrayAsync($"/api/checks/{cycle}/report.xlsx")))
        {
            var row = MiniExcel.Query(xlsx, useHeaderRow: true, sheetName: "핵심 결과").Cast<IDictionary<string, object?>>().First();
            Assert.Equal((double)percent, Math.Round((double)row["목표 대비 (%)"]!, 1));
            Assert.Equal("달성", row["판정"]);
            Assert.Equal((double)achievement, Math.Round((double)row["감축목표 달성률 (%)"]!, 1));
        }

        // The portal leads with the published plan against the inventory's latest year (2021), the same figure in Korean.
        var portal = WebUtility.HtmlDecode(await app.CreateRawClient().GetStringAsync($"/portal/governments/{nation}"));
        Assert.Contains(Lead, portal, StringComparison.Ordinal);
    }

    private static async Task<JsonObject> Json(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}

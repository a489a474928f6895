using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Access;
using Tanso.Core.Checks;
using Tanso.Core.Plans;
using Tanso.Core.Quantities;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Portal;

// The tests that only read the seeded data share one app (SeededApp); the one that adds plans and checks has its own.
public sealed partial class PortalPageTests(SeededApp seeded) : IClassFixture<SeededApp>
{
    [Fact]
    public async Task EveryPortalPage_AnswersAnonymousVisitors_WithoutASignIn()
    {
        var app = seeded.App;
        var client = app.CreateRawClient();
        var busan = await People.GovernmentIdAsync(app, "26");

        foreach (var url in new[] { "/portal", "/portal/map", $"/portal/map?province={busan}&measure=per-capita", $"/portal/governments/{busan}", "/portal/compare", "/portal/rollup", "/portal/map?measure=grade" })
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task InEnglish_ThePortalNamesGovernmentsInEnglish()
    {
        var app = seeded.App;
        var client = app.CreateRawClient();
        var busan = await People.GovernmentIdAsync(app, "26");
        var cookie = (await client.GetAsync("/language/en?returnUrl=%2F")).Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        foreach (var url in new[] { "/portal/compare", "/portal/rollup", $"/portal/governments/{busan}" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Add("Cookie", cookie);
            var html = await (await client.SendAsync(request)).Content.ReadAsStringAsync();
            Assert.Contains("<html lang=\"en\">", html);
            Assert.Contains("Busan", html);
            Assert.DoesNotContain(">부산광역시<", html); // the Korean name in a table cell or heading
        }
    }

    [Fact]
    public async Task DraftPlansAndUnpublishedChecks_NeverShow_WhilePublishedChecksShowTheirGradeAndReports()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var daegu = await People.GovernmentIdAsync(app, "27");
        int hiddenCycle, publishedCycle;
        await using (var db = database.Open())
        {
            db.Plans.Add(new Plan(daegu, "비공개 초안 계획", 2024, 2033, 2018, new TonnesCo2e(1_000_000m), "test"));
            var approved = await PublishedAsync(new Plan(daegu, "승인만 된 계획", 2024, 2033, 2018, new TonnesCo2e(1_000_000m), "test"), db, publish: false);
            var published = await PublishedAsync(new Plan(daegu, "공개된 대구 계획", 2024, 2033, 2018, new TonnesCo2e(1_000_000m), "test"), db, publish: true);
            await db.SaveChangesAsync();
            var hidden = new CheckCycle(approved.Id, daegu, CheckPeriod.OfYear(2024));
            hidden.MoveTo(CheckStage.Reporting);
            hidden.MoveTo(CheckStage.Evaluation);
            var shown = new CheckCycle(published.Id, daegu, CheckPeriod.OfYear(2023));
            foreach (var stage in new[] { CheckStage.Reporting, CheckStage.Evaluation, CheckStage.CommitteeReview, CheckStage.Published })
            {
                shown.MoveTo(stage);
            }
            db.CheckCycles.AddRange(hidden, shown);
            await db.SaveChangesAsync();
            (hiddenCycle, publishedCycle) = (hidden.Id, shown.Id);
        }
        var admin = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "admin@tanso.example", [Role.SystemAdmin]), false);

        foreach (var client in new[] { app.CreateClient(), admin })
        {
            var dashboard = await client.GetStringAsync($"/portal/governments/{daegu}");
            Assert.DoesNotContain("비공개 초안 계획", dashboard, StringComparison.Ordinal);
            Assert.DoesNotContain("승인만 된 계획", dashboard, StringComparison.Ordinal);
            Assert.Contains("공개된 대구 계획", dashboard, StringComparison.Ordinal);
            Assert.DoesNotContain($"/checks/{hiddenCycle}", dashboard, StringComparison.Ordinal);
            Assert.Contains($"/api/checks/{publishedCycle}/report.pdf", dashboard, StringComparison.Ordinal);
            Assert.Contains($"/api/checks/{publishedCycle}/report.xlsx", dashboard, StringComparison.Ordinal);
            Assert.Contains("2023년 점검", dashboard, StringComparison.Ordinal);
        }
        var rollup = await app.CreateClient().GetStringAsync("/portal/rollup?year=2024");
        Assert.DoesNotContain($"/checks/{hiddenCycle}", rollup, StringComparison.Ordinal);
        Assert.Contains($"/checks/{publishedCycle}", rollup, StringComparison.Ordinal);
        // Asked for no year, the roll-up opens on the latest year with a published check, not on an empty last year.
        Assert.Contains("전국 종합: 2023년 계획·점검 현황", await app.CreateClient().GetStringAsync("/portal/rollup"), StringComparison.Ordinal);
        // National staff see every stage in the roll-up's status column; the dashboard stays public-only.
        Assert.Contains($"/checks/{hiddenCycle}", await admin.GetStringAsync("/portal/rollup?year=2024"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FairComparison_ListsOnlyOneTypeOfGovernment_AndRefusesToRankRawTotals()
    {
        var app = seeded.App;
        var client = app.CreateClient();

        var cities = await client.GetStringAsync("/portal/compare?group=metropolitan&by=per-capita");
        var provinces = await client.GetStringAsync("/portal/compare?group=province&by=change");
        var totals = await client.GetAsync("/portal/compare?group=metropolitan&by=total");

        var ranked = Ranked(cities);
        Assert.Equal(8, ranked.Count); // Seoul, six metropolitan cities and Sejong, each with a sample inventory and sample population
        Assert.Contains("부산광역시", ranked);
        Assert.DoesNotContain(ranked, n => n.EndsWith('도'));
        Assert.Contains("예시 데이터", cities, StringComparison.Ordinal);
        Assert.Equal(9, Ranked(provinces).Count);
        Assert.All(Ranked(provinces), n => Assert.EndsWith("도", n, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, totals.StatusCode);
        var refusal = await totals.Content.ReadAsStringAsync();
        Assert.Contains("총배출량 순위는 제공하지 않습니다", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"ranking\"", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheMap_ColoursEveryProvinceByTheChosenMeasure_AndMarksNoDataDistinctly()
    {
        var app = seeded.App;
        var client = app.CreateClient();
        var busan = await People.GovernmentIdAsync(app, "26");

        var perCapita = await client.GetStringAsync("/portal/map?measure=per-capita");
        var grade = await client.GetStringAsync("/portal/map?measure=grade");
        var progress = await client.GetStringAsync("/portal/map?measure=progress");
        var busanMap = await client.GetStringAsync($"/portal/map?province={busan}");

        // 16 시·도 have a sample inventory and sample population; 경상남도 has its published inventory but no population
        // imported, so it is left out, hatched, rather than given a made-up denominator.
        Assert.Equal(16, BinClasses().Count(perCapita));
        Assert.Equal(1, NoData().Count(perCapita));
        // No check is published yet: all 17 hatched as "no data".
        Assert.Equal(17, NoData().Count(grade));
        // Only Busan has a published (sample) plan: one region coloured by progress against its trajectory.
        Assert.Equal(1, BinClasses().Count(progress));
        Assert.Contains("aria-label=\"부산광역시: ", progress, StringComparison.Ordinal);
        Assert.Contains("통계청 통계지리정보서비스(SGIS), 공공누리 제1유형", perCapita, StringComparison.Ordinal);
        // Busan's map: its 16 시·군·구 as links to their dashboards.
        Assert.Equal(16, Regex.Count(busanMap, "<a href=\"/portal/governments/\\d+\" aria-label="));
        Assert.Contains("해운대구", busanMap, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownMeasureOrProvince_IsRefused()
    {
        var app = seeded.App;
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/portal/map?measure=colour")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/portal/map?province=999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/portal/governments/999999")).StatusCode);
    }

    private static async Task<Plan> PublishedAsync(Plan plan, Tanso.Data.TansoDb db, bool publish)
    {
        plan.SetTargets([new PlanTarget(2030, null, TargetKind.ReductionPercent, 40m)], merge: true).OrThrow();
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        plan.StartLineage();
        Tanso.Data.Seeding.SampleReview.Approve(plan, new DateTime(2025, 3, 2, 0, 0, 0, DateTimeKind.Utc));
        if (publish)
        {
            Assert.True(plan.Publish(new DateTime(2025, 3, 2, 0, 0, 0, DateTimeKind.Utc)).Allowed);
        }
        await db.SaveChangesAsync();
        return plan;
    }

    private static List<string> Ranked(string html)
    {
        var table = html[html.IndexOf("id=\"ranking\"", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        return RankedName().Matches(table).Select(m => m.Groups[1].Value).ToList();
    }

    [GeneratedRegex("<th scope=\"row\"><a href=\"/portal/governments/\\d+\">([^<]+)</a>")]
    private static partial Regex RankedName();

    [GeneratedRegex("<path class=\"map-bin-\\d\"")]
    private static partial Regex BinClasses();

    [GeneratedRegex("<path class=\"map-nodata\"")]
    private static partial Regex NoData();
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.DataSets;

public sealed partial class SampleDataSwitchTests
{
    private static readonly string[] SampleMarks = ["예시 데이터", "sample data", "[예시]", "\"isSample\":true", "sample-provinces"];

    // The site footer says, on every page, that sample data is labelled: a statement about labels, not a label.
    [GeneratedRegex("<footer[\\s\\S]*?</footer>")]
    internal static partial Regex Footer();

    [GeneratedRegex("href=\"(/[^\"#?]*)(\\?[^\"#]*)?\"")]
    private static partial Regex Links();

    // Every public page reachable from the home page, and the public API lists, read anonymously.
    private static async Task<Dictionary<string, string>> CrawlAsync(HttpClient client, int limit)
    {
        var seen = new Dictionary<string, string>();
        var queue = new Queue<string>(["/", "/governments", "/portal", "/data", "/community", "/scenarios",
            "/api/governments", "/api/cascade", "/api/news", "/api/national/series", "/api/data/sets", "/api/regional/targets", "/api/practices", "/api/campaigns"]);
        while (queue.Count > 0 && seen.Count < limit)
        {
            var path = queue.Dequeue();
            if (seen.ContainsKey(path) || path.StartsWith("/account", StringComparison.Ordinal) || path.StartsWith("/language", StringComparison.Ordinal)
                || path.Contains("/export", StringComparison.Ordinal) || path.EndsWith(".pdf", StringComparison.Ordinal) || path.StartsWith("/lib/", StringComparison.Ordinal)
                || path.StartsWith("/api/docs", StringComparison.Ordinal))
            {
                continue;
            }
            var response = await client.GetAsync(path);
            var body = response.Content.Headers.ContentType?.MediaType is "text/html" or "application/json" ? await response.Content.ReadAsStringAsync() : "";
            seen[path] = Footer().Replace(body, "");
            foreach (Match m in Links().Matches(body))
            {
                queue.Enqueue(WebUtility.HtmlDecode(m.Groups[1].Value));
            }
        }
        return seen;
    }

    [Fact]
    public async Task AProductionStart_ShowsNoSampleDataAnywhere()
    {
        await using var database = TestDatabase.CreateEmpty();
        await using var app = new TansoApp(database, [new("environment", "Production")]);
        var pages = await CrawlAsync(app.CreateRawClient(), 250);

        Assert.True(pages.Count > 40, $"the crawl reached {pages.Count} pages");
        foreach (var (path, body) in pages)
        {
            foreach (var mark in SampleMarks)
            {
                Assert.False(body.Contains(mark, StringComparison.OrdinalIgnoreCase), $"{path} shows '{mark}'");
            }
        }
        await using var db = database.Open();
        Assert.False(await db.InventoryEditions.AnyAsync(e => e.IsSample));
        Assert.False(await db.Plans.AnyAsync(p => p.IsSample));
        Assert.False(await db.Campaigns.AnyAsync(c => c.IsSample));
        Assert.False(await db.GoodPractices.AnyAsync(p => p.IsSample));
        Assert.Contains("Tanso:SampleData=true", pages["/data"], StringComparison.Ordinal);
        // What a Production start shows instead: the nation's real GIR series, named with edition and guidelines.
        Assert.Contains("국가 온실가스 인벤토리 1990–2022 (2006 IPCC 지침, 확정) · IPCC 2006 GL", pages["/"], StringComparison.Ordinal);
        var nation = await db.Governments.SingleAsync(g => g.Level == Core.Governments.GovernmentLevel.National);
        Assert.Contains("IPCC 2006 GL", pages[$"/governments/{nation.Id}"], StringComparison.Ordinal);
        Assert.Equal(6, await db.InventoryEditions.CountAsync(e => e.Code.StartsWith("gir-")));
    }

    [Fact]
    public async Task ADevelopmentStart_LabelsItsSampleData_AndMixesNoneIntoARealRegion()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database, [new("environment", "Development")]);
        var client = app.CreateRawClient();
        var busan = await People.GovernmentIdAsync(app, "26");
        Assert.Contains("예시 데이터", await client.GetStringAsync($"/governments/{busan}"), StringComparison.Ordinal);
        var plans = (await client.GetFromJsonAsync<JsonArray>($"/api/governments/{busan}/plans"))!;
        var plan = plans.Single()!;
        Assert.True((bool)plan["isSample"]!);
        var sets = (await client.GetFromJsonAsync<JsonArray>("/api/data/sets"))!;
        Assert.Contains(sets, s => (bool)s!["isSample"]!);
        Assert.Contains("Tanso:SampleData=false", await client.GetStringAsync("/data"), StringComparison.Ordinal);

        // The sample plan's base is the sample inventory's 2018 gross, not Busan's published 16.628 Mt.
        await using var db = database.Open();
        var samplePlan = await db.Plans.SingleAsync(p => p.GovernmentId == busan && p.IsSample);
        var edition = await db.InventoryEditions.SingleAsync(e => e.IsSample);
        var gross2018 = (await db.InventoryEntries.Where(e => e.GovernmentId == busan && e.EditionId == edition.Id && e.Year == Core.Quantities.ReportingYear.Of(2018)).ToListAsync())
            .Where(e => e.Sector.Value != "lulucf").Sum(e => e.Emissions.Value);
        Assert.Equal(gross2018, samplePlan.BaseEmissions.Value);
        Assert.NotEqual(16_628_000m, samplePlan.BaseEmissions.Value);
        Assert.Equal(edition.Id, samplePlan.BaseEditionId);

        // 경상남도 has a published inventory, so no sample one.
        var gyeongnam = await People.GovernmentIdAsync(app, "48");
        Assert.False(await db.InventoryEntries.AnyAsync(e => e.GovernmentId == gyeongnam && e.EditionId == edition.Id));
    }

    [Fact]
    public async Task TheRetiredSetting_StopsTheStart_NamingTheNewOne()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database, [new("Database:SeedSampleData", "false")]);
        var e = Assert.ThrowsAny<Exception>(() => app.Server);
        Assert.Contains("Tanso:SampleData", e.ToString(), StringComparison.Ordinal);
    }
}

using System.Net;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;
using Tanso.Web.Tests.Reports;

namespace Tanso.Web.Tests.Site;

/// <summary>The seeded site, with one checked cycle of Busan's sample plan so that the check pages are reachable.</summary>
public sealed class CrawlSite : IAsyncLifetime
{
    public TestDatabase Database { get; } = TestDatabase.Create();
    public TansoApp App { get; private set; } = null!;
    public int Busan { get; private set; }
    public int Cycle { get; private set; }

    public async Task InitializeAsync()
    {
        App = new TansoApp(Database);
        Busan = await People.GovernmentIdAsync(App, "26");
        (Cycle, _) = await ReportData.BusanCycleAsync(App, 2026, submit: true, "crawl-reporter@busan.example");
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}

/// <summary>Every page a person can reach by clicking, signed out and in each role, in Korean and in English.</summary>
[StartsFirst]
public sealed class CrawlTests(CrawlSite site) : IClassFixture<CrawlSite>
{
    [Theory]
    [InlineData("visitor")]
    [InlineData("admin")]
    [InlineData("national")]
    [InlineData("regional")]
    [InlineData("evaluator")]
    public async Task EveryReachablePage_Answers_WithoutA404OrA5xx_AndWithoutUiTextInTheOtherLanguage(string who)
    {
        var (client, starts) = await SignedInAsync(who);

        var pages = await SiteCrawler.CrawlAsync(client, starts);

        Assert.True(pages.Count >= 25, $"only {pages.Count} pages were reached from {string.Join(", ", starts)}");
        var broken = pages.Where(p => (int)p.Status >= 500 || p.Status == HttpStatusCode.NotFound).Select(p => $"{(int)p.Status} {p.Url} (linked from {p.From})").ToList();
        Assert.True(broken.Count == 0, $"{who}: broken links:\n" + string.Join('\n', broken));
        var html = pages.Where(p => p.Html is not null && p.Status == HttpStatusCode.OK && !p.Url.StartsWith("/api/docs", StringComparison.Ordinal)).ToList();
        // KRDS hides every native radio button and checkbox and draws one only as the label that follows it inside a
        // .krds-form-check: an input outside one, or without that label, is invisible.
        var invisible = html.SelectMany(p => Choices.Matches(p.Html!)
            .Where(m => !m.Groups["next"].Value.Contains($"for=\"{m.Groups["id"].Value}\"", StringComparison.Ordinal) || !m.Groups["box"].Value.Contains("krds-form-check", StringComparison.Ordinal))
            .Select(m => $"{p.Url}: {m.Value[..Math.Min(160, m.Value.Length)]}")).ToList();
        Assert.True(invisible.Count == 0, "choices KRDS cannot draw (not the first thing in a .krds-form-check, or no <label for> right after the input):\n" + string.Join('\n', invisible.Distinct().Take(20)));
        var leaks = html.SelectMany(p => LanguageLeaks.Find(p.Html!, "ko").Select(t => $"{p.Url}: \"{t}\"")).Distinct().ToList();

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/language/en?returnUrl=/")).StatusCode);
        foreach (var page in html)
        {
            var english = await client.GetAsync(page.Url);
            Assert.True(english.StatusCode == HttpStatusCode.OK, $"{page.Url} in English: {(int)english.StatusCode}");
            var text = await english.Content.ReadAsStringAsync();
            Assert.Contains("<html lang=\"en\">", text);
            leaks.AddRange(LanguageLeaks.Find(text, "en").Select(t => $"{page.Url} (en): \"{t}\"").Distinct());
        }
        Assert.True(leaks.Count == 0, $"{who}: {leaks.Count} UI strings in the wrong language:\n" + string.Join('\n', leaks.Distinct().Take(60)));
    }

    private static readonly System.Text.RegularExpressions.Regex Choices = new(
        @"(?<box><[^<>]*>)?\s*<input\b(?=[^>]*type=""(?:radio|checkbox)"")(?=[^>]*\bid=""(?<id>[^""]+)"")?[^>]*>\s*(?<next><[^>]*>)?");

    private async Task<(HttpClient Client, string[] Starts)> SignedInAsync(string who)
    {
        var client = site.App.CreateRawClient();
        string[] common = ["/", "/portal", "/community", "/privacy"];
        if (who == "visitor")
        {
            return (client, common);
        }
        var (roles, governments, starts) = who switch
        {
            "admin" => (new[] { Role.SystemAdmin }, Array.Empty<int>(), new[] { "/admin/users", "/audit" }),
            "national" => ([Role.NationalOfficer], [], ["/checks/consolidated", "/taskforce"]),
            "regional" => ([Role.RegionalOfficer], [site.Busan], [$"/governments/{site.Busan}/plans", $"/checks/{site.Cycle}", "/account/tokens"]),
            _ => ([Role.Evaluator], [], ["/account/tokens"]),
        };
        var email = $"crawl-{who}@tanso.example";
        await People.CreateUserAsync(site.App, email, roles, governments);
        Assert.Equal(HttpStatusCode.Redirect, (await People.SignInAsync(client, email, People.Password)).StatusCode);
        return (client, [.. starts, .. common]);
    }
}

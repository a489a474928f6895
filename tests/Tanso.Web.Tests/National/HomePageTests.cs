using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.National;

public sealed partial class HomePageTests(SeededApp fixture) : IClassFixture<SeededApp>
{
    private readonly HttpClient _client = fixture.App.CreateRawClient();

    [Fact]
    public async Task HomePage_IsKoreanByDefault_WithTableChartDataAndSources()
    {
        var html = await _client.GetStringAsync("/");

        Assert.Contains("<html lang=\"ko\">", html);
        Assert.Contains("국가 온실가스 배출 현황과 감축 경로", html);
        Assert.Contains("<table", html);
        Assert.Contains("https://fsc.go.kr/no010101/79643", html);
        var json = ChartData().Match(html).Groups[1].Value;
        using var chart = JsonDocument.Parse(json);
        Assert.Equal(["2018 배출량", "2030 NDC", "2030 기본계획", "2050 A안", "2050 B안"],
            chart.RootElement.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!));
    }

    [Fact]
    public async Task EveryFigureCell_ShowsAStatusAndALinkToItsSource()
    {
        var html = await _client.GetStringAsync("/");

        var cells = FigureCell().Matches(html);
        // 55 published figures, minus the 4 totals that join the computed total rows, plus 10 total cells.
        Assert.Equal(55 - 4 + 10, cells.Count);
        foreach (Match cell in cells)
        {
            Assert.Matches("fig-status--(verified|derived|unverified)\">(검증|산출|미검증)<", cell.Value);
            var source = SourceLink().Match(cell.Value);
            Assert.True(source.Success, cell.Value);
            Assert.Contains($"id=\"source-{source.Groups[1].Value}\"", html);
        }
    }

    [Fact]
    public async Task UnverifiedFigures_AreVisiblyMarked()
    {
        var html = await _client.GetStringAsync("/");

        // 탈루등 2018 (5.6) is unverified in the reference: its cell carries the unverified mark.
        Assert.Matches("fig--unverified\">\\s*<span class=\"fig-value\">5.6</span>\\s*<span class=\"fig-status fig-status--unverified\">미검증</span>", html);
    }

    [Fact]
    public async Task EnglishVersion_ThroughTheLanguageSwitch()
    {
        var switchResponse = await _client.GetAsync("/language/en?returnUrl=%2F");
        Assert.Equal(HttpStatusCode.Redirect, switchResponse.StatusCode);
        Assert.Equal("/", switchResponse.Headers.Location?.OriginalString);
        var cookie = Assert.Single(switchResponse.Headers.GetValues("Set-Cookie"));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        var html = await (await _client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("Korea&#x27;s emissions and reduction pathway", html);
        Assert.Contains(">unverified<", html);
        Assert.Contains("한국어", html); // the way back
    }

    [Fact]
    public async Task LanguageSwitch_RefusesToRedirectOffSite()
    {
        var response = await _client.GetAsync("/language/en?returnUrl=%2F%2Fevil.example");

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task UnknownPage_GetsAKoreanNotFoundPage_WithoutInternals()
    {
        var response = await _client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("페이지를 찾을 수 없습니다", html);
        Assert.DoesNotContain("Exception", html);
    }

    [GeneratedRegex("<script type=\"application/json\" id=\"national-chart-data\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ChartData();

    [GeneratedRegex("<td class=\"num fig fig--.*?</td>", RegexOptions.Singleline)]
    private static partial Regex FigureCell();

    [GeneratedRegex("href=\"#source-(\\d+)\"")]
    private static partial Regex SourceLink();
}

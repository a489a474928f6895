using Microsoft.Playwright;

namespace Tanso.BrowserTests;

public sealed class HomePageJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task HomePage_ShowsTheKoreanHeadingAndDrawsTheChart_WithoutConsoleErrors()
    {
        var (page, errors) = await app.NewPageAsync();

        await page.GotoAsync("/");

        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "국가 온실가스 배출 현황과 감축 경로" });
        await Assertions.Expect(heading).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".chart-box.chart-ready:has(#national-chart)")).ToBeVisibleAsync();
        var datasets = await page.EvaluateAsync<int>("() => Chart.getChart(document.getElementById('national-chart')).data.datasets.length");
        Assert.Equal(13, datasets); // 12 sectors and the net-total line
        var painted = await page.EvaluateAsync<bool>(
            "() => { const c = document.getElementById('national-chart'); const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;" +
            " for (let i = 3; i < d.length; i += 4) { if (d[i] !== 0) return true; } return false; }");
        Assert.True(painted, "the chart canvas is blank");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactsDirectory, "home-ko.png"), FullPage = true });
        Assert.Empty(errors); // a CSP violation or a missing asset shows up here
    }

    [Fact]
    public async Task HomePage_IsReadyBeforeChartJsArrives_ThenDrawsTheChart()
    {
        var (page, errors) = await app.NewPageAsync();
        // What the page holds at DOMContentLoaded: with Chart.js loaded by a plain <script>, Chart would already exist.
        await page.AddInitScriptAsync("document.addEventListener('DOMContentLoaded', () => { window.chartAtReady = typeof Chart; window.scriptsAtReady = Array.from(document.scripts, s => s.src); })");

        await page.GotoAsync("/");

        await Assertions.Expect(page.Locator(".chart-box.chart-ready:has(#national-chart)")).ToBeVisibleAsync();
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => window.chartAtReady"));
        Assert.DoesNotContain(await page.EvaluateAsync<string[]>("() => window.scriptsAtReady"), s => s.Contains("chart.umd", StringComparison.Ordinal));
        Assert.Equal("function", await page.EvaluateAsync<string>("() => typeof Chart"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Table_IsReadableByRole_WithUnverifiedFiguresMarked()
    {
        var (page, _) = await app.NewPageAsync();
        await page.GotoAsync("/");

        var table = page.GetByRole(AriaRole.Table, new() { Name = "국가 부문별 배출량·감축목표·2050 시나리오 (단위: MtCO2eq)" });
        var fugitive = table.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "탈루등" }) });

        await Assertions.Expect(fugitive.GetByRole(AriaRole.Cell).First).ToContainTextAsync("5.6");
        await Assertions.Expect(fugitive.GetByRole(AriaRole.Cell).First).ToContainTextAsync("미검증");
    }

    [Fact]
    public async Task LanguageSwitch_GoesToEnglishAndBack()
    {
        var (page, errors) = await app.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Korea's emissions and reduction pathway" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactsDirectory, "home-en.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "한국어" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "국가 온실가스 배출 현황과 감축 경로" })).ToBeVisibleAsync();
        Assert.Empty(errors);
    }

    [Fact]
    public async Task KeyboardUser_FirstTabReachesTheSkipLink_WhichMovesToTheMainContent()
    {
        var (page, _) = await app.NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "본문 바로가기" });
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("main#main")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task ApiDocs_RenderTheTansoApi()
    {
        var (page, _) = await app.NewPageAsync();

        await page.GotoAsync("/api/docs/");

        // Swagger UI fetches the 385 KB document and renders about a hundred operations in the page: on a 2-core CI
        // machine beside the PostgreSQL tests this took more than the default 15 s once. A ceiling, not a speed check.
        await Assertions.Expect(page.GetByText("/api/national/figures").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
    }
}

using System.Text.Json;
using Microsoft.Playwright;

namespace Tanso.BrowserTests;

/// <summary>The public portal in Chromium: accessibility (axe-core) on every public page, and the map by keyboard.</summary>
public sealed class PortalJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task EveryPublicPage_HasNoSeriousOrCriticalAccessibilityViolation()
    {
        // axe is injected as a script: the app's CSP forbids inline scripts, so this test's context bypasses it.
        var context = await app.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl, BypassCSP = true, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/portal");
        var busan = await page.GetByRole(AriaRole.Link, new() { Name = "부산광역시", Exact = true }).GetAttributeAsync("href");
        var busanId = busan!.Split('/')[^1];
        var pages = new[]
        {
            "/", "/governments", "/scenarios", "/cascade", "/portal", "/portal/map", "/portal/map?measure=per-capita",
            $"/portal/map?province={busanId}", busan, "/portal/compare", "/portal/compare?group=province&by=change", "/portal/rollup",
        };
        var failures = new List<string>();
        foreach (var url in pages)
        {
            await page.GotoAsync(url);
            await page.AddScriptTagAsync(new() { Path = AxePath() });
            var violations = await page.EvaluateAsync<JsonElement>(
                "async () => (await axe.run(document, { resultTypes: ['violations'] })).violations" +
                ".filter(v => v.impact === 'serious' || v.impact === 'critical')" +
                ".map(v => v.impact + ' ' + v.id + ': ' + v.help + ' — ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))");
            failures.AddRange(violations.EnumerateArray().Select(v => $"{url}: {v.GetString()}"));
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task AKeyboardUser_OpensTheMap_PicksAProvince_AndReachesItsDashboard()
    {
        var (page, errors) = await app.NewPageAsync();
        await page.GotoAsync("/portal/map");

        var busan = page.Locator("svg.map-svg a[aria-label^='부산광역시:']");
        await busan.FocusAsync();
        await Assertions.Expect(busan).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("부산광역시");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactsDirectory, "portal-map-busan.png"), FullPage = true });

        var haeundae = page.Locator("svg.map-svg a[aria-label^='해운대구:']");
        await haeundae.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("해운대구");

        await page.GotoAsync("/portal/map");
        await page.GetByLabel("시·도").SelectOptionAsync(new SelectOptionValue { Label = "부산광역시" });
        await page.GetByRole(AriaRole.Button, new() { Name = "지도 보기" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "부산광역시 현황판" }).First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("부산광역시 탄소중립 현황판");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "[예시] 부산광역시 탄소중립 녹색성장 기본계획 (2024–2033)" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactsDirectory, "portal-dashboard-busan.png"), FullPage = true });
        Assert.Empty(errors);
    }

    private static string AxePath()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tanso.slnx")))
        {
            dir = dir.Parent;
        }
        var path = Path.Combine(dir?.FullName ?? ".", "src", "Tanso.Web", "node_modules", "axe-core", "axe.min.js");
        return File.Exists(path) ? path : throw new InvalidOperationException($"axe-core is missing at {path}: the Tanso.Web build installs it with npm ci.");
    }
}

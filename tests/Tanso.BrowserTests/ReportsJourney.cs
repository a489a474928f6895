using System.Text.Json;
using Microsoft.Playwright;

namespace Tanso.BrowserTests;

/// <summary>National staff's reports in Chromium: from the menu to the roll-up, the task force's month and a check
/// report, following links as a person does, with no serious accessibility violation on the way.</summary>
public sealed class ReportsJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task AnAdministrator_GoesFromTheMenuToTheRollUp_TheTaskForceMonth_AndACheckReport()
    {
        // axe is injected as a script: the app's CSP forbids inline scripts, so this test's context bypasses it.
        var context = await app.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl, BypassCSP = true, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await Journeys.SignInAsync(page, BrowserApp.AdminEmail, BrowserApp.AdminPassword);
        var failures = new List<string>();

        await page.GetByRole(AriaRole.Link, new() { Name = "점검 종합·TF" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("시·도 이행점검 종합 보고");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "종합 등급 분포" })).ToBeVisibleAsync();
        failures.AddRange(await AxeAsync(page));

        await page.GetByRole(AriaRole.Link, new() { Name = "범부처 TF 월간 점검" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("범부처 TF 월간 점검 — 2025년 3월");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "2025년 3월 부처별 추진 현황" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Note)).ToContainTextAsync("예시 데이터");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactsDirectory, "taskforce-2025-03.png"), FullPage = true });
        failures.AddRange(await AxeAsync(page));

        await page.GetByRole(AriaRole.Link, new() { Name = "← 2025년 2월" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("범부처 TF 월간 점검 — 2025년 2월");

        await page.GetByRole(AriaRole.Link, new() { Name = "이번 달 점검" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "이행점검 결과보고서" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("2025-02 이행점검 결과보고서");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "3. 이행과제 추진실적" })).ToBeVisibleAsync();
        failures.AddRange(await AxeAsync(page));

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static async Task<IEnumerable<string>> AxeAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Path = AxePath() });
        var violations = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { resultTypes: ['violations'] })).violations" +
            ".filter(v => v.impact === 'serious' || v.impact === 'critical')" +
            ".map(v => v.impact + ' ' + v.id + ': ' + v.help + ' — ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))");
        return violations.EnumerateArray().Select(v => $"{page.Url}: {v.GetString()}").ToList();
    }

    private static string AxePath()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tanso.slnx")))
        {
            dir = dir.Parent;
        }
        return Path.Combine(dir?.FullName ?? ".", "src", "Tanso.Web", "node_modules", "axe-core", "axe.min.js");
    }
}

using Microsoft.Playwright;

namespace Tanso.BrowserTests;

public sealed class ScenarioJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static async Task<string> CumulativeAsync(IPage page) =>
        (await page.GetByRole(AriaRole.Table, new() { Name = "지표" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "누적 순배출량" })
            .GetByRole(AriaRole.Cell).First.TextContentAsync())!.Trim();

    [Fact]
    public async Task NationalOfficer_CopiesScenarioA_EditsA2040Milestone_AndSeesTheMetricsChange_ThenTriesAWhatIf()
    {
        var (page, errors) = await app.NewPageAsync();
        await Journeys.SignInAsync(page, BrowserApp.AdminEmail, BrowserApp.AdminPassword);

        await page.GotoAsync("/scenarios");
        await page.GetByRole(AriaRole.Link, new() { Name = "2050 탄소중립 시나리오 A안 (2021.10)" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("2050 탄소중립 시나리오 A안 (2021.10)");
        await Assertions.Expect(page.Locator(".chart-box.chart-ready")).ToBeVisibleAsync();
        Assert.Equal("11,447.2", await CumulativeAsync(page)); // 2018–2050 net of Scenario A, MtCO2eq

        await page.GetByLabel("어느 정부의 시나리오로").SelectOptionAsync(new SelectOptionValue { Label = "대한민국" });
        await Journeys.SubmitAsync(page, "사본 만들기");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("2050 탄소중립 시나리오 A안 (2021.10) 사본");
        await Assertions.Expect(page.GetByText("비공개", new() { Exact = false }).First).ToBeVisibleAsync();

        var form = page.Locator("form[aria-labelledby=point-form-title]");
        await form.GetByLabel("부문").SelectOptionAsync(new SelectOptionValue { Label = "전환" });
        await form.GetByLabel("연도").FillAsync("2040");
        await form.GetByLabel("값 (MtCO2eq, 흡수·감축은 음수)").FillAsync("120");
        await form.GetByLabel("근거·가정").FillAsync("석탄 폐지 지연 가정");
        await Journeys.SubmitAsync(page, "값 저장");

        // Power in 2040 goes from 75.0 (halfway between 149.9 and 0.0) to 120: 2031–2049 each add their share.
        var points = page.GetByRole(AriaRole.Table, new() { Name = "부문 × 연도 (MtCO2eq). 상태: 검증·산출·미검증." });
        await Assertions.Expect(points.GetByRole(AriaRole.Columnheader, new() { Name = "2040" })).ToBeVisibleAsync();
        await Assertions.Expect(points.GetByRole(AriaRole.Row).Filter(new() { HasText = "전환" })).ToContainTextAsync("120.0");
        var edited = await CumulativeAsync(page);
        Assert.NotEqual("11,447.2", edited);
        Assert.True(decimal.Parse(edited, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture) > 11_447.2m);

        // A what-if on top: not saved, shown beside the scenario with the change.
        await page.GetByRole(AriaRole.Group, new() { Name = "가정: 한 부문의 값 바꾸기" }).GetByLabel("부문").SelectOptionAsync(new SelectOptionValue { Label = "산업" });
        await page.GetByRole(AriaRole.Group, new() { Name = "가정: 한 부문의 값 바꾸기" }).GetByLabel("연도").FillAsync("2050");
        await page.GetByLabel("값 (Mt)").FillAsync("0");
        await page.GetByLabel("탄소예산 (Mt)").FillAsync("8000");
        await page.GetByRole(AriaRole.Button, new() { Name = "다시 계산" }).ClickAsync();
        var metrics = page.GetByRole(AriaRole.Table, new() { Name = "지표 — 가정: 산업 2050년 값을 0.0 Mt로 바꾸면" });
        await Assertions.Expect(metrics.GetByRole(AriaRole.Columnheader, new() { Name = "가정 적용" })).ToBeVisibleAsync();
        await Assertions.Expect(metrics.GetByRole(AriaRole.Row).Filter(new() { HasText = "순배출 0 도달 연도" })).ToContainTextAsync("2050");
        await Assertions.Expect(metrics.GetByRole(AriaRole.Row).Filter(new() { HasText = "탄소예산 8,000.0 Mt" })).ToBeVisibleAsync();
        Assert.Equal(edited, await CumulativeAsync(page)); // the saved scenario did not change
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactsDirectory, "scenario-what-if.png"), FullPage = true });
        Assert.Empty(errors);
    }
}

using Microsoft.Playwright;
using Tanso.Data.Inventory;

namespace Tanso.BrowserTests;

public sealed class InventoryJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static FilePayload Workbook(object? badCell) => new()
    {
        Name = "busan-2025.xlsx",
        MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        Buffer = InventoryExport.Xlsx("인벤토리", ["지자체", "부문", "2019", "2020"],
        [
            ["부산광역시", "전환", 1_200_000m, 1_150_000m],
            ["부산광역시", "수송", 900_000m, badCell],
            ["부산광역시", "건물", 700_000m, 690_000m],
        ]),
    };

    private static async Task FillFormAsync(IPage page, FilePayload file)
    {
        await page.GotoAsync("/inventory/import");
        await page.GetByLabel("파일", new() { Exact = true }).SetInputFilesAsync(file);
        await page.GetByLabel("인벤토리 판 코드").FillAsync("busan-2025");
        await page.GetByLabel("판 이름").FillAsync("부산광역시 온실가스 인벤토리 2025");
        await page.GetByLabel("발행 기관").FillAsync("부산광역시");
        await page.GetByLabel("발행일").FillAsync("2025-06-30");
        await page.GetByLabel("출처(문서 또는 주소)").FillAsync("부산광역시 탄소중립 지원센터 보고서");
        await page.GetByLabel("단위").SelectOptionAsync("t"); // the workbook names no unit
        await page.GetByRole(AriaRole.Button, new() { Name = "점검하고 미리보기" }).ClickAsync();
    }

    [Fact]
    public async Task Officer_UploadsAWorkbookWithAnError_ReadsWhere_FixesIt_ImportsIt_AndSeesTheChart()
    {
        var (page, errors) = await app.NewPageAsync();
        await Journeys.SignInAsync(page, BrowserApp.AdminEmail, BrowserApp.AdminPassword);

        await FillFormAsync(page, Workbook("약 88만"));

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("문제 1건 — 아무것도 가져오지 않았습니다");
        var problem = page.GetByRole(AriaRole.Table, new() { Name = "문제 목록" }).GetByRole(AriaRole.Row).Nth(1);
        await Assertions.Expect(problem).ToContainTextAsync("busan-2025.xlsx, sheet '인벤토리'");
        await Assertions.Expect(problem.GetByRole(AriaRole.Cell).Nth(1)).ToHaveTextAsync("3");
        await Assertions.Expect(problem.GetByRole(AriaRole.Cell).Nth(2)).ToHaveTextAsync("D (2020)");
        await Assertions.Expect(problem).ToContainTextAsync("'약 88만'은(는) 숫자(톤CO2eq)가 아닙니다");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactsDirectory, "import-problems.png"), FullPage = true });

        await FillFormAsync(page, Workbook(880_000m));
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("문제가 없습니다");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("값 6개");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "연도·부문별 합계, 파일의 합계와 현재 판과의 차이" })).ToContainTextAsync("880,000");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactsDirectory, "import-preview.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "가져오기 확정" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("부산광역시");
        await Assertions.Expect(page.GetByLabel("인벤토리 판")).ToHaveValueAsync("busan-2025");
        await Assertions.Expect(page.Locator(".sample-banner")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".chart-box.chart-ready")).ToBeVisibleAsync();
        var row2020 = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "2020" }) });
        await Assertions.Expect(row2020).ToContainTextAsync("880,000");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactsDirectory, "import-done.png"), FullPage = true });
        Assert.Empty(errors);
    }
}

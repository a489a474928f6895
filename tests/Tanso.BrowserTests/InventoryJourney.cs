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
    // A table as a 시·도 publishes it: a title row, provisional 2023, a 소계 that does not add up in 2023, a 합계 and a
    // note; the unit is not written, so the first attempt is refused and asks for it.
    private static FilePayload PublishedTable() => new()
    {
        Name = "busan-2023.csv",
        MimeType = "text/csv",
        Buffer = [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(string.Join("\r\n",
            "2023년 부산광역시 온실가스 배출량",
            "부문,세부부문,2021,2022,2023(잠정)",
            "전환,,1200,1100,1050",
            "수송,도로,500,480,470",
            "수송,철도,20,21,22",
            "수송,소계,520,501,495",
            "건물,가정,300,290,280",
            "합계,,2020,1891,1825",
            "주: 2023년은 잠정치입니다"))],
    };

    [Fact]
    public async Task Officer_PreviewsAPublishedTable_ARefusedAttemptKeepsTheirChoices_AndTheTotalsAreShownBesideTheFilesOwn()
    {
        var (page, errors) = await app.NewPageAsync();
        await Journeys.SignInAsync(page, BrowserApp.AdminEmail, BrowserApp.AdminPassword);
        await page.GotoAsync("/inventory/import");
        await page.GetByLabel("파일", new() { Exact = true }).SetInputFilesAsync(PublishedTable());
        await page.GetByLabel("인벤토리 판 코드").FillAsync("busan-2023");
        await page.GetByLabel("판 이름").FillAsync("부산광역시 온실가스 인벤토리 2023");
        await page.GetByLabel("발행 기관").FillAsync("부산광역시");
        await page.GetByLabel("발행일").FillAsync("2024-12-20");
        await page.GetByLabel("출처(문서 또는 주소)").FillAsync("부산광역시 탄소중립 지원센터 보고서");
        await page.GetByLabel("지자체(파일에 지자체 열이 없을 때)").FillAsync("부산광역시");
        await page.GetByRole(AriaRole.Button, new() { Name = "점검하고 미리보기" }).ClickAsync();

        // Refused: no unit. Every choice made is still there for the retry, on the same file.
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("아무것도 가져오지 않았습니다");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "문제 목록" })).ToContainTextAsync("파일에 단위가 없습니다");
        await Assertions.Expect(page.GetByLabel("인벤토리 판 코드")).ToHaveValueAsync("busan-2023");
        await Assertions.Expect(page.GetByLabel("판 이름")).ToHaveValueAsync("부산광역시 온실가스 인벤토리 2023");
        await Assertions.Expect(page.GetByLabel("발행일")).ToHaveValueAsync("2024-12-20");
        await Assertions.Expect(page.GetByLabel("지자체(파일에 지자체 열이 없을 때)")).ToHaveValueAsync("부산광역시");
        await page.GetByLabel("단위 (필수: 파일에 단위가 없습니다)").SelectOptionAsync("kt");
        await page.GetByRole(AriaRole.Button, new() { Name = "다시 점검" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("문제가 없습니다");
        await Assertions.Expect(page.GetByLabel("단위", new() { Exact = true })).ToHaveValueAsync("kt");
        await Assertions.Expect(page.GetByLabel("판 이름")).ToHaveValueAsync("부산광역시 온실가스 인벤토리 2023");
        var totals = page.GetByRole(AriaRole.Table, new() { Name = "연도·부문별 합계, 파일의 합계와 현재 판과의 차이" });
        var y2023 = totals.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "2023 (잠정)" }) });
        // Stored: 1,050 + 492 + 280 = 1,822 kt; the file's own 합계 (1,825, over its 소계 as written) beside it.
        await Assertions.Expect(y2023.GetByRole(AriaRole.Cell)).ToHaveTextAsync(["1,050", "280", "492", "1,822", "1,822", "1,825", "-3", "–", "–", "-3.6"]);
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "합계가 맞지 않거나 제외된 행" })).ToContainTextAsync("파일의 값은 495 천톤CO2eq, 구성 항목의 합은 492 천톤CO2eq");
        await page.Locator("main").ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactsDirectory, "inventory-import-preview.png") });
        Assert.Empty(errors);
    }
}

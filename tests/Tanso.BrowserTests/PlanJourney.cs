using Microsoft.Playwright;

namespace Tanso.BrowserTests;

public sealed class PlanJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static async Task<int> GovernmentIdAsync(IPage page, string code)
    {
        var json = await page.APIRequest.GetAsync("/api/governments?level=province");
        var list = System.Text.Json.JsonDocument.Parse(await json.TextAsync()).RootElement;
        return list.EnumerateArray().Single(g => g.GetProperty("administrativeCode").GetString() == code).GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task Officer_CreatesAPlan_AddsATargetAndATaskWithAKpi_SubmitsApprovesPublishes_AndThePublicSeesIt_WhileAnotherRegionNeverSawTheDraft()
    {
        var (admin, _) = await app.NewPageAsync();
        await Journeys.SignInAsync(admin, BrowserApp.AdminEmail, BrowserApp.AdminPassword);
        await Journeys.CreateRegionalOfficerAsync(admin, "plan@busan.example", "plan", "regional-officer-pass-1", "부산광역시 (26)");
        await Journeys.CreateRegionalOfficerAsync(admin, "plan@daegu.example", "plan", "regional-officer-pass-1", "대구광역시 (27)");

        var (page, errors) = await app.NewPageAsync();
        await Journeys.SignInAsync(page, "plan@busan.example", "regional-officer-pass-1");
        var busan = await GovernmentIdAsync(page, "26");
        await page.GotoAsync($"/governments/{busan}/plans");
        await page.GetByLabel("계획 이름").FillAsync("부산광역시 탄소중립 녹색성장 기본계획 (2024–2033)");
        await page.GetByLabel("기준연도 배출량 (tCO2eq)").FillAsync("16628000");
        await page.GetByLabel("기준 배출량 출처").FillAsync("donga.com/news/amp/all/20240327/124190435/1");
        await page.GetByLabel("대상 범위").FillAsync("시 관할 배출량");
        await Journeys.SubmitAsync(page, "계획 만들기");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("부산광역시 탄소중립 녹색성장 기본계획");
        var draftUrl = page.Url;

        await page.GetByLabel("목표 연도", new() { Exact = true }).FillAsync("2030");
        await page.GetByLabel("목표 값", new() { Exact = true }).FillAsync("45");
        await Journeys.SubmitAsync(page, "목표 저장");
        var targets = page.GetByRole(AriaRole.Table, new() { Name = "연도별 목표 (tCO2eq)" });
        await Assertions.Expect(targets).ToContainTextAsync("9,145,400");
        await Assertions.Expect(targets).ToContainTextAsync("−45.0 %");

        await page.GetByLabel("과제 번호", new() { Exact = true }).FillAsync("1");
        await page.GetByLabel("과제 이름", new() { Exact = true }).FillAsync("수송");
        await Journeys.SubmitAsync(page, "과제 추가");
        await page.GetByLabel("단계", new() { Exact = true }).SelectOptionAsync("task");
        await page.GetByLabel("과제 번호", new() { Exact = true }).FillAsync("1-1");
        await page.GetByLabel("상위 번호", new() { Exact = true }).FillAsync("1");
        await page.GetByLabel("과제 이름", new() { Exact = true }).FillAsync("전기차 보급 확대");
        await page.GetByLabel("담당 부서", new() { Exact = true }).FillAsync("교통국");
        await page.GetByLabel("2024년 예산(원)", new() { Exact = true }).FillAsync("1000000000");
        await page.GetByLabel("2024년 예상 감축량(tCO2eq)", new() { Exact = true }).FillAsync("2500");
        await page.GetByLabel("지표 이름", new() { Exact = true }).FillAsync("전기차 보급 대수");
        await page.GetByLabel("단위", new() { Exact = true }).FillAsync("대");
        await page.GetByLabel("기준값", new() { Exact = true }).FillAsync("10000");
        await page.GetByLabel("2030년 지표 1 목표", new() { Exact = true }).FillAsync("100000");
        await Journeys.SubmitAsync(page, "과제 추가");
        var task = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "전기차 보급 확대" });
        await Assertions.Expect(task).ToContainTextAsync("400,000"); // KRW per tonne
        await Assertions.Expect(task).ToContainTextAsync("전기차 보급 대수 (대): 10,000 → 2030 100,000");

        // Another region's officer cannot open the draft, not even by its address.
        var (daegu, _) = await app.NewPageAsync();
        await Journeys.SignInAsync(daegu, "plan@daegu.example", "regional-officer-pass-1");
        var response = await daegu.GotoAsync(draftUrl);
        Assert.Equal(404, response!.Status);
        await Assertions.Expect(daegu.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("페이지를 찾을 수 없습니다");
        await daegu.GotoAsync($"/governments/{busan}/plans");
        await Assertions.Expect(daegu.GetByRole(AriaRole.Link, new() { Name = "부산광역시 탄소중립 녹색성장 기본계획 (2024–2033)", Exact = true })).ToHaveCountAsync(0);
        await Assertions.Expect(daegu.GetByRole(AriaRole.Link, new() { Name = "[예시] 부산광역시 탄소중립 녹색성장 기본계획 (2024–2033)" })).ToBeVisibleAsync(); // published: everyone sees it

        // The local committee deliberates it (date, decision, minutes), then the officer submits it to the Minister.
        await page.GetByLabel("심의일").FillAsync("2024-03-20");
        await page.GetByLabel("의결").SelectOptionAsync(new SelectOptionValue { Label = "수정 의결" });
        await page.GetByLabel("회의록 (.pdf, .hwp, .hwpx, .docx)").SetInputFilesAsync(new FilePayload
        {
            Name = "제2차 부산광역시 탄소중립녹색성장위원회 회의록.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4 회의록"u8.ToArray(),
        });
        await Journeys.SubmitAsync(page, "심의 기록");
        await Assertions.Expect(page.Locator(".plan-status").First).ToHaveTextAsync("위원회 심의 완료");
        await Journeys.SubmitAsync(page, "제출");
        await Assertions.Expect(page.Locator(".plan-status").First).ToHaveTextAsync("제출");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "검토 완료" })).ToHaveCountAsync(0); // not their own review

        // The ministry receives and reviews it; then the officer publishes it.
        await admin.GotoAsync("/admin/users");
        await admin.GetByLabel("이메일").FillAsync("review@me.example");
        await admin.GetByLabel("이름(소속)").FillAsync("환경부 검토자");
        await admin.GetByLabel("처음 비밀번호").FillAsync("national-officer-pass-1");
        await admin.Locator("label[for=role-national-officer]").ClickAsync();
        await Journeys.ClickAndWaitForNextPageAsync(admin, admin.GetByRole(AriaRole.Button, new() { Name = "사용자 만들기" }));
        var (ministry, _) = await app.NewPageAsync();
        await Journeys.SignInAsync(ministry, "review@me.example", "national-officer-pass-1");
        await ministry.GotoAsync(draftUrl);
        foreach (var (button, status) in new[] { ("접수", "검토 중"), ("검토 완료", "검토 완료") })
        {
            await Journeys.SubmitAsync(ministry, button);
            await Assertions.Expect(ministry.Locator(".plan-status").First).ToHaveTextAsync(status);
        }
        await page.ReloadAsync();
        await Journeys.SubmitAsync(page, "공개");
        await Assertions.Expect(page.Locator(".plan-status").First).ToHaveTextAsync("공개");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactsDirectory, "plan-published.png"), FullPage = true });

        var (visitor, _) = await app.NewPageAsync();
        await visitor.GotoAsync($"/governments/{busan}");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "탄소중립 기본계획" }).ClickAsync();
        await visitor.GetByRole(AriaRole.Link, new() { Name = "부산광역시 탄소중립 녹색성장 기본계획 (2024–2033)", Exact = true }).ClickAsync();
        await Assertions.Expect(visitor.Locator(".plan-status").First).ToHaveTextAsync("공개");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Table, new() { Name = "연도별 목표 (tCO2eq)" })).ToContainTextAsync("9,145,400");
        await Assertions.Expect(visitor.Locator(".chart-box.chart-ready")).ToBeVisibleAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Button, new() { Name = "공개" })).ToHaveCountAsync(0);
        Assert.Empty(errors);
    }
}

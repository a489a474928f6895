using Microsoft.Playwright;

namespace Tanso.BrowserTests;

public sealed class CommunityJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    /// <summary>The portal issue's journey: map → province → dashboard → campaign pledge → feedback shown only after moderation.</summary>
    [Fact]
    public async Task AnAnonymousVisitor_OpensTheMap_ReadsAProvincesDashboard_Pledges_AndLeavesFeedbackThatShowsOnlyOnceApproved()
    {
        var (admin, _) = await app.NewPageAsync();
        await Journeys.SignInAsync(admin, BrowserApp.AdminEmail, BrowserApp.AdminPassword);
        await Journeys.CreateRegionalOfficerAsync(admin, "moderator@busan.example", "moderator", "regional-officer-pass-1", "부산광역시 (26)");

        // A visitor, not signed in, opens the map from the portal and picks Busan on it.
        var (visitor, errors) = await app.NewPageAsync();
        await visitor.GotoAsync("/portal");
        await visitor.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "지도로 보기" }).ClickAsync();
        await Assertions.Expect(visitor).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/portal/map"));
        await Assertions.Expect(visitor.GetByText("통계지리정보서비스(SGIS)", new() { Exact = false }).First).ToBeVisibleAsync(); // the boundaries' attribution
        await visitor.Locator("svg.map-svg a[aria-label^='부산광역시:']").ClickAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("부산광역시");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "부산광역시 현황판" }).First.ClickAsync();

        // Its dashboard: emissions trend (with the table behind the chart), the published plan's targets, the latest check.
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("부산광역시 탄소중립 현황판");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "배출량 추이" })).ToBeVisibleAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Table).Filter(new() { HasText = "연도별 총배출량과 계획 경로" })).ToBeVisibleAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "최근 공표된 이행점검" })).ToBeVisibleAsync();
        var planLink = visitor.GetByRole(AriaRole.Link, new() { Name = "[예시] 부산광역시 탄소중립 녹색성장 기본계획 (2024–2033)" });
        await Assertions.Expect(planLink).ToBeVisibleAsync();
        var dashboardUrl = visitor.Url;

        // Finds the sample campaign from the main menu and pledges.
        await visitor.GetByRole(AriaRole.Navigation, new() { Name = "주 메뉴" }).GetByRole(AriaRole.Link, new() { Name = "참여·소통" }).ClickAsync();
        await visitor.GetByRole(AriaRole.Link, new() { Name = "캠페인" }).First.ClickAsync();
        await visitor.GetByRole(AriaRole.Link, new() { Name = "[예시] 기후변화주간 생활 속 탄소중립 실천 다짐" }).ClickAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Note)).ToContainTextAsync("예시 데이터");
        var before = await visitor.Locator("#progress-text").TextContentAsync();
        await visitor.Locator("label").Filter(new() { HasText = "다회용기·장바구니 쓰기" }).ClickAsync(); // KRDS draws the radio on its label
        await Assertions.Expect(visitor.GetByRole(AriaRole.Radio, new() { Name = "다회용기·장바구니 쓰기" })).ToBeCheckedAsync();
        await visitor.GetByLabel("이름 (선택)").FillAsync("브라우저 시민");
        await Journeys.SubmitAsync(visitor, "다짐하기");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Status)).ToContainTextAsync("참여해 주셔서 고맙습니다");
        await Assertions.Expect(visitor.Locator("#progress-text")).Not.ToHaveTextAsync(before!);
        await Assertions.Expect(visitor.GetByRole(AriaRole.Row).Filter(new() { HasText = "다회용기·장바구니 쓰기" })).ToContainTextAsync("1");

        // Back on the dashboard, follows the published plan and leaves feedback about one of its tasks.
        await visitor.GotoAsync(dashboardUrl);
        await visitor.GetByRole(AriaRole.Link, new() { Name = "[예시] 부산광역시 탄소중립 녹색성장 기본계획 (2024–2033)" }).ClickAsync();
        await visitor.GetByRole(AriaRole.Link, new() { Name = "시민 의견" }).ClickAsync();
        var feedbackUrl = visitor.Url;
        const string Feedback = "전기버스 충전소를 차고지 밖에도 늘려 주세요.";
        await visitor.GetByLabel("의견", new() { Exact = true }).FillAsync(Feedback);
        await visitor.GetByLabel("어느 과제에 대한 의견입니까? (선택)").SelectOptionAsync(new SelectOptionValue { Label = "1-1 [예시] 전기·수소차 보급 확대" });
        await Journeys.SubmitAsync(visitor, "의견 보내기");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Status)).ToContainTextAsync("검토한 뒤 공개됩니다");
        await Assertions.Expect(visitor.GetByText(Feedback)).ToHaveCountAsync(0); // not before moderation

        // Busan's editor approves it from the moderation queue.
        var (moderator, _) = await app.NewPageAsync();
        await Journeys.SignInAsync(moderator, "moderator@busan.example", "regional-officer-pass-1");
        await moderator.GotoAsync("/community/moderation");
        var item = moderator.GetByRole(AriaRole.Article).Filter(new() { HasText = Feedback });
        await Journeys.ClickAndWaitForNextPageAsync(moderator, item.GetByRole(AriaRole.Button, new() { Name = "승인" }));
        await Assertions.Expect(moderator.GetByRole(AriaRole.Status)).ToContainTextAsync("승인했습니다");
        await Assertions.Expect(moderator.GetByText(Feedback)).ToHaveCountAsync(0);

        // Now everyone sees it.
        await visitor.GotoAsync(feedbackUrl);
        await Assertions.Expect(visitor.GetByText(Feedback)).ToBeVisibleAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Listitem).Filter(new() { HasText = Feedback })).ToContainTextAsync("1-1 [예시] 전기·수소차 보급 확대");
        Assert.Empty(errors);
    }
}

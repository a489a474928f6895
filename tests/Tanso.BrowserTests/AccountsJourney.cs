using Microsoft.Playwright;

namespace Tanso.BrowserTests;

public sealed class AccountsJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Admin_CreatesARegionalOfficer_WhoCanSignIn_ButNotManageUsers()
    {
        var (admin, errors) = await app.NewPageAsync();
        await Journeys.SignInAsync(admin, BrowserApp.AdminEmail, BrowserApp.AdminPassword);
        await admin.GetByRole(AriaRole.Link, new() { Name = "사용자 관리" }).ClickAsync();
        await Journeys.CreateRegionalOfficerAsync(admin, "officer@busan.example", "부산 담당자", "busan-officer-pass-1", "부산광역시 (26)");
        var row = admin.GetByRole(AriaRole.Row).Filter(new() { HasText = "officer@busan.example" });
        await Assertions.Expect(row).ToContainTextAsync("부산광역시");
        await admin.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactsDirectory, "admin-users.png"), FullPage = true });

        var (officer, _) = await app.NewPageAsync();
        await Journeys.SignInAsync(officer, "officer@busan.example", "busan-officer-pass-1");
        await Assertions.Expect(officer.GetByRole(AriaRole.Link, new() { Name = "부산 담당자" })).ToBeVisibleAsync();
        await Assertions.Expect(officer.GetByRole(AriaRole.Link, new() { Name = "사용자 관리" })).ToHaveCountAsync(0);
        await officer.GotoAsync("/admin/users");
        await Assertions.Expect(officer.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "권한이 없습니다" })).ToBeVisibleAsync();
        Assert.Empty(errors);
    }

    [Fact]
    public async Task WrongPassword_IsAnnouncedNextToTheForm()
    {
        var (page, _) = await app.NewPageAsync();

        await Journeys.SignInAsync(page, BrowserApp.AdminEmail, "not-the-password-9", expectSuccess: false);

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("이메일 또는 비밀번호가 맞지 않습니다.");
    }
}

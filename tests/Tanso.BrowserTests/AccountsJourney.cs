using Microsoft.Playwright;

namespace Tanso.BrowserTests;

public sealed class AccountsJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("이메일").FillAsync(email);
        await page.GetByLabel("비밀번호").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "로그인" }).ClickAsync();
    }

    [Fact]
    public async Task Admin_CreatesARegionalOfficer_WhoCanSignIn_ButNotManageUsers()
    {
        var (admin, errors) = await app.NewPageAsync();
        await SignInAsync(admin, BrowserApp.AdminEmail, BrowserApp.AdminPassword);
        await admin.GetByRole(AriaRole.Link, new() { Name = "사용자 관리" }).ClickAsync();

        await admin.GetByLabel("이메일").FillAsync("officer@busan.example");
        await admin.GetByLabel("이름(소속)").FillAsync("부산 담당자");
        await admin.GetByLabel("처음 비밀번호").FillAsync("busan-officer-pass-1");
        // KRDS draws its own box over the native checkbox: a person clicks the label.
        await admin.Locator("label[for=role-regional-officer]").ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Checkbox, new() { Name = "지자체 담당자" })).ToBeCheckedAsync();
        await admin.GetByLabel("담당 지자체 (지자체 담당자)").SelectOptionAsync(new SelectOptionValue { Label = "부산광역시 (26)" });
        await admin.GetByRole(AriaRole.Button, new() { Name = "사용자 만들기" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("officer@busan.example 계정을 만들었습니다");
        var row = admin.GetByRole(AriaRole.Row).Filter(new() { HasText = "officer@busan.example" });
        await Assertions.Expect(row).ToContainTextAsync("부산광역시");
        await admin.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactsDirectory, "admin-users.png"), FullPage = true });

        var (officer, _) = await app.NewPageAsync();
        await SignInAsync(officer, "officer@busan.example", "busan-officer-pass-1");
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

        await SignInAsync(page, BrowserApp.AdminEmail, "not-the-password-9");

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("이메일 또는 비밀번호가 맞지 않습니다.");
    }
}

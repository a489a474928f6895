using Microsoft.Playwright;

namespace Tanso.BrowserTests;

/// <summary>Steps several journeys share, done the way a person does them.</summary>
internal static class Journeys
{
    /// <summary>Clicks a form's submit button and waits for the page it leads to (forms post, then redirect).</summary>
    public static Task SubmitAsync(IPage page, string button) =>
        page.RunAndWaitForRequestFinishedAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync(),
            new() { Predicate = r => r.IsNavigationRequest && r.Method == "GET", Timeout = 30_000 });

    public static async Task SignInAsync(IPage page, string email, string password, bool expectSuccess = true)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("이메일").FillAsync(email);
        await page.GetByLabel("비밀번호").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "로그인" }).ClickAsync();
        if (expectSuccess)
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "로그아웃" })).ToBeVisibleAsync();
        }
    }

    /// <summary>An administrator creates a regional officer bound to one province on /admin/users.</summary>
    public static async Task CreateRegionalOfficerAsync(IPage admin, string email, string displayName, string password, string province)
    {
        await admin.GotoAsync("/admin/users");
        await admin.GetByLabel("이메일").FillAsync(email);
        await admin.GetByLabel("이름(소속)").FillAsync(displayName);
        await admin.GetByLabel("처음 비밀번호").FillAsync(password);
        // KRDS draws its own box over the native checkbox: a person clicks the label.
        await admin.Locator("label[for=role-regional-officer]").ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Checkbox, new() { Name = "지자체 담당자" })).ToBeCheckedAsync();
        await admin.GetByLabel("담당 지자체 (지자체 담당자)").SelectOptionAsync(new SelectOptionValue { Label = province });
        await admin.GetByRole(AriaRole.Button, new() { Name = "사용자 만들기" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync($"{email} 계정을 만들었습니다");
    }
}

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Accounts;

public sealed partial class AccountManagementTests
{
    private const string NewPassword = "a long walk by the nakdong river";

    [Fact]
    public async Task ChangingThePassword_KeepsThisBrowser_EndsTheOtherSessions_AndTheOldPasswordStopsWorking()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var id = await People.CreateUserAsync(app, "officer@busan.example", [Role.NationalOfficer]);
        var here = await AccountForms.SignedInAsync(app, "officer@busan.example");
        var elsewhere = await AccountForms.SignedInAsync(app, "officer@busan.example");

        var changed = await here.ChangePasswordAsync(People.Password, NewPassword);

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains("다른 기기의 로그인 1개를 끝냈습니다", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await here.IsSignedInAsync());
        Assert.False(await elsewhere.IsSignedInAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await People.SignInAsync(app.CreateRawClient(), "officer@busan.example", People.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await People.SignInAsync(app.CreateRawClient(), "officer@busan.example", NewPassword)).StatusCode);
        await using var db = database.Open();
        var trail = await db.AuditEntries.Where(a => a.EntityType == "TansoUser" && a.EntityId == id && a.Action == "update").Select(a => a.After).ToListAsync();
        Assert.Contains(trail, after => after!.Contains("\"PasswordHash\":\"(changed)\"", StringComparison.Ordinal));
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.EntityType == "UserSession" && a.Action == "update" && a.After!.Contains("password-changed")));
    }

    [Theory]
    [InlineData("123qweasdzxc", "널리 쓰여 추측하기 쉬운 비밀번호입니다")] // on the shipped list
    [InlineData("QWERTY123456", "널리 쓰여 추측하기 쉬운 비밀번호입니다")] // on the list in another case
    [InlineData("short-pass1", "비밀번호는 12자 이상이어야 합니다")]
    [InlineData("officer@busan.example", "이메일이나 이름을 비밀번호로 쓸 수 없습니다")]
    public async Task ANewPassword_ThatIsShortCommonOrTheEmail_IsRefused_AndTheOldOneStays(string refused, string reason)
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        await People.CreateUserAsync(app, "officer@busan.example", [Role.NationalOfficer]);
        var browser = await AccountForms.SignedInAsync(app, "officer@busan.example");

        var response = await browser.ChangePasswordAsync(People.Password, refused);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await People.SignInAsync(app.CreateRawClient(), "officer@busan.example", People.Password)).StatusCode);
    }

    [Fact]
    public async Task APassphraseWithoutDigitsOrCapitals_IsAccepted_ButAWrongCurrentPasswordIsNot()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        await People.CreateUserAsync(app, "officer@busan.example", [Role.NationalOfficer]);
        var browser = await AccountForms.SignedInAsync(app, "officer@busan.example");

        var wrong = await browser.ChangePasswordAsync("not-my-password-at-all", NewPassword);
        var right = await browser.ChangePasswordAsync(People.Password, NewPassword);

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("지금 비밀번호가 맞지 않습니다", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Fact]
    public async Task AnAdministratorsResetLink_SetsANewPasswordOnce_EndsEverySession_AndIsAudited()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        await People.CreateUserAsync(app, "admin@tanso.example", [Role.SystemAdmin]);
        var id = await People.CreateUserAsync(app, "forgetful@busan.example", [Role.NationalOfficer]);
        var admin = await AccountForms.SignedInAsync(app, "admin@tanso.example");
        var forgetful = await AccountForms.SignedInAsync(app, "forgetful@busan.example");

        var issued = await admin.PostFormAsync($"/admin/users/{id}", $"/admin/users/{id}?handler=ResetLink", new());
        var page = await issued.Content.ReadAsStringAsync();
        Assert.Contains("메일이 설정되어 있지 않습니다", page, StringComparison.Ordinal); // so the administrator sees the link
        var link = WebUtility.HtmlDecode(ResetLink().Match(page).Groups[1].Value);
        Assert.StartsWith("http://localhost/account/reset?userId=", link, StringComparison.Ordinal);
        var path = new Uri(link).PathAndQuery;

        var anonymous = app.CreateRawClient();
        var set = await anonymous.PostFormAsync(path, path, new() { ["New"] = NewPassword, ["Confirm"] = NewPassword });
        Assert.Contains("새 비밀번호를 정했습니다", await set.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await forgetful.IsSignedInAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await People.SignInAsync(app.CreateRawClient(), "forgetful@busan.example", NewPassword)).StatusCode);

        Assert.Contains("이 링크는 쓸 수 없습니다", await anonymous.GetStringAsync(path), StringComparison.Ordinal); // once only
        await using var db = database.Open();
        var entry = await db.AuditEntries.SingleAsync(a => a.Action == "reset-link-issued");
        Assert.Equal((id, "admin"), (entry.EntityId, entry.ActorName));
        Assert.DoesNotContain("token", entry.After!, StringComparison.OrdinalIgnoreCase); // the link is a secret
    }

    [Fact]
    public async Task DisablingAnAccount_EndsItsSessionsAndTokens_RefusesSignIn_AndEnablingDoesNotReviveTheTokens()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        await People.CreateUserAsync(app, "admin@tanso.example", [Role.SystemAdmin]);
        var id = await People.CreateUserAsync(app, "leaver@busan.example", [Role.NationalOfficer]);
        var admin = await AccountForms.SignedInAsync(app, "admin@tanso.example");
        var leaver = await AccountForms.SignedInAsync(app, "leaver@busan.example");
        var script = await People.TokenOnlyClientAsync(app, id, true);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/bookmarks")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/users/{id}", $"/admin/users/{id}?handler=Disable", new())).StatusCode);

        Assert.False(await leaver.IsSignedInAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/bookmarks")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await People.SignInAsync(app.CreateRawClient(), "leaver@busan.example", People.Password)).StatusCode);
        Assert.Contains("사용 중지", await admin.GetStringAsync("/admin/users"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/users/{id}", $"/admin/users/{id}?handler=Enable", new())).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await People.SignInAsync(app.CreateRawClient(), "leaver@busan.example", People.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/bookmarks")).StatusCode);
        await using var db = database.Open();
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.EntityType == "TansoUser" && a.EntityId == id && a.Action == "update" && a.After!.Contains("DisabledUtc")));
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.EntityType == "PersonalAccessToken" && a.Action == "update" && a.After!.Contains("RevokedUtc")));
    }

    [Fact]
    public async Task AnAdministrator_CannotDisableTheirOwnAccount()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var id = await People.CreateUserAsync(app, "admin@tanso.example", [Role.SystemAdmin]);
        var admin = await AccountForms.SignedInAsync(app, "admin@tanso.example");

        var refused = await admin.PostFormAsync($"/admin/users/{id}", $"/admin/users/{id}?handler=Disable", new());

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True(await admin.IsSignedInAsync());
    }

    [GeneratedRegex("<code id=\"reset-link\">([^<]+)</code>")]
    private static partial Regex ResetLink();
}

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Accounts;

public sealed partial class SessionTests
{
    [Fact]
    public async Task TheOwner_SeesTheirOpenSessions_AndEndingOne_SignsThatBrowserOutAtOnce()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        await People.CreateUserAsync(app, "officer@busan.example", [Role.NationalOfficer]);
        await People.CreateUserAsync(app, "someone@else.example", [Role.NationalOfficer]);
        var laptop = await AccountForms.SignedInAsync(app, "officer@busan.example");
        var phone = await AccountForms.SignedInAsync(app, "officer@busan.example");
        var stranger = await AccountForms.SignedInAsync(app, "someone@else.example");

        var list = await laptop.GetStringAsync("/account/sessions");
        var ids = EndButton().Matches(list).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, ids.Count); // the stranger's session is not listed
        Assert.Contains("지금 이 브라우저", list, StringComparison.Ordinal);

        var others = await laptop.PostFormAsync("/account/sessions", "/account/sessions?handler=EndOthers", new());

        Assert.Contains("다른 세션 1개를 끝냈습니다", await others.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await phone.IsSignedInAsync());
        Assert.True(await laptop.IsSignedInAsync());
        Assert.True(await stranger.IsSignedInAsync());
    }

    [Fact]
    public async Task ASessionEndedOnOneWebInstance_IsRefusedByAnother_SharingTheDatabase()
    {
        await using var database = TestDatabase.Create();
        await using var first = new TansoApp(database);
        await using var second = new TansoApp(database);
        await People.CreateUserAsync(first, "officer@busan.example", [Role.NationalOfficer]);
        var browser = first.CreateRawClient();
        var signIn = await People.SignInAsync(browser, "officer@busan.example", People.Password);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("tanso.auth=", StringComparison.Ordinal)).Split(';')[0];
        var sameBrowserOnSecond = second.CreateRawClient();
        sameBrowserOnSecond.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await sameBrowserOnSecond.GetAsync("/account")).StatusCode); // one key ring, one session table

        var signOut = await browser.PostFormAsync("/account/logout", "/account/logout", new());

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await sameBrowserOnSecond.GetAsync("/account")).StatusCode); // the copied cookie is dead too
        await using var db = database.Open();
        Assert.Equal("sign-out", (await db.UserSessions.SingleAsync()).EndedReason);
    }

    [Fact]
    public async Task FailedSignIns_PauseSignIn_ButTheOwnersTokensKeepWorking()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var id = await People.CreateUserAsync(app, "officer@busan.example", [Role.NationalOfficer]);
        var script = await People.TokenOnlyClientAsync(app, id, true);
        var attacker = app.CreateRawClient();

        for (var i = 0; i < 5; i++)
        {
            await People.SignInAsync(attacker, "officer@busan.example", "a-wrong-guess-" + i);
        }
        var owner = await People.SignInAsync(app.CreateRawClient(), "officer@busan.example", People.Password);

        Assert.Equal(HttpStatusCode.Locked, owner.StatusCode);
        Assert.Contains("5분 뒤에 다시 시도하십시오", await owner.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/bookmarks")).StatusCode);
        await using var db = database.Open();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "TansoUser" && a.EntityId == id && a.After!.Contains("LockoutEnd")));
    }

    [GeneratedRegex("[?;]id=([0-9A-F]{48})")]
    private static partial Regex EndButton();
}

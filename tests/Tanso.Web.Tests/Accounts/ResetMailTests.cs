using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Accounts;

/// <summary>With <c>Mail:</c> set, an administrator's reset link goes by e-mail to the account's own address (through a
/// real SMTP server in the test), in Korean with English below, and is not shown on the administrator's page.</summary>
public sealed partial class ResetMailTests
{
    private const string NewPassword = "a long walk by the nakdong river";

    [Fact]
    public async Task AReset_WithMailConfigured_ArrivesInTheAccountsMailbox_InKoreanAndEnglish_AndTheLinkWorksOnce()
    {
        await using var smtp = new TestSmtpServer();
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database, smtp.Settings());
        await People.CreateUserAsync(app, "admin@tanso.example", [Role.SystemAdmin]);
        var id = await People.CreateUserAsync(app, "forgetful@busan.example", [Role.NationalOfficer]);
        var admin = await AccountForms.SignedInAsync(app, "admin@tanso.example");

        var issued = await admin.PostFormAsync($"/admin/users/{id}", $"/admin/users/{id}?handler=ResetLink", new());

        var page = await issued.Content.ReadAsStringAsync();
        Assert.Contains("forgetful@busan.example(으)로 재설정 링크를 보냈습니다", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/account/reset?userId=", page, StringComparison.Ordinal); // only the mailbox holds the link
        var mail = Assert.Single(smtp.Received);
        Assert.Equal("forgetful@busan.example", Assert.Single(mail.To.Mailboxes).Address);
        Assert.Equal("noreply@tanso.example", Assert.Single(mail.From.Mailboxes).Address);
        Assert.Equal("[Tanso] 비밀번호 재설정 링크 (Password reset link)", mail.Subject);
        var text = mail.TextBody ?? "";
        Assert.Contains("이 링크는 한 번만 쓸 수 있고 2026-11-17 10:00(한국 시간)까지 유효합니다", text, StringComparison.Ordinal);
        Assert.Contains("The link works once, until 2026-11-17 10:00 (Korea time)", text, StringComparison.Ordinal);
        var link = Link().Match(text).Value;
        Assert.Contains("<a href=\"http://localhost/account/reset?userId=", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("새 비밀번호 정하기", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(2, Link().Matches(text).Count(m => m.Value == link)); // once in each language

        var path = new Uri(link).PathAndQuery;
        var anonymous = app.CreateRawClient();
        var set = await anonymous.PostFormAsync(path, path, new() { ["New"] = NewPassword, ["Confirm"] = NewPassword });
        Assert.Contains("새 비밀번호를 정했습니다", await set.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await People.SignInAsync(app.CreateRawClient(), "forgetful@busan.example", NewPassword)).StatusCode);
        Assert.Contains("이 링크는 쓸 수 없습니다", await anonymous.GetStringAsync(path), StringComparison.Ordinal); // once only
        await using var db = database.Open();
        var entry = await db.AuditEntries.SingleAsync(a => a.Action == "reset-link-issued");
        Assert.Contains("\"mailed\":true", entry.After!, StringComparison.Ordinal);
        Assert.DoesNotContain("token", entry.After!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task WhenTheMailServerDoesNotAnswer_TheAdministratorIsShownTheLink_AndTheFailureIsAudited()
    {
        await using var database = TestDatabase.Create();
        int closed;
        await using (var gone = new TestSmtpServer())
        {
            closed = gone.Port; // a port where nothing listens any more
        }
        await using var app = new TansoApp(database, TestSmtpServer.SettingsFor(closed));
        await People.CreateUserAsync(app, "admin@tanso.example", [Role.SystemAdmin]);
        var id = await People.CreateUserAsync(app, "forgetful@busan.example", [Role.NationalOfficer]);
        var admin = await AccountForms.SignedInAsync(app, "admin@tanso.example");

        var issued = await admin.PostFormAsync($"/admin/users/{id}", $"/admin/users/{id}?handler=ResetLink", new());

        var page = await issued.Content.ReadAsStringAsync();
        Assert.Contains("메일을 보내지 못했습니다", page, StringComparison.Ordinal);
        Assert.Contains("<code id=\"reset-link\">http://localhost/account/reset?userId=", page, StringComparison.Ordinal);
        await using var db = database.Open();
        var entry = await db.AuditEntries.SingleAsync(a => a.Action == "reset-link-issued");
        Assert.Contains("\"mailed\":false", entry.After!, StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:{closed}", entry.After!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mail:FromAddress", "", "Mail:FromAddress")]
    [InlineData("Mail:Port", "70000", "Mail:Port")]
    [InlineData("Mail:Password", "", "Mail:User and Mail:Password")]
    public async Task IncompleteMailSettings_StopTheAppAtStartUp_NamingTheSetting(string key, string value, string named)
    {
        await using var database = TestDatabase.Create();
        var settings = TestSmtpServer.SettingsFor(2525).Where(s => s.Key != key).Append(new(key, value));
        await using var app = new TansoApp(database, settings);

        var refused = Assert.Throws<OptionsValidationException>(() => app.Server);

        Assert.Contains(named, refused.Message, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"http://localhost/account/reset\?\S+")]
    private static partial Regex Link();
}

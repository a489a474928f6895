using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Accounts;

/// <summary>A user's name or e-mail address and an access token's name longer than their columns are refused on the
/// form by field, and nothing is created (PostgreSQL would fail the save; SQLite would keep the text).</summary>
public sealed partial class AccountLongTextTests
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string page, string handler, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = Antiforgery().Match(await browser.GetStringAsync(page)).Groups[1].Value;
        return await browser.PostAsync($"{page}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    private static async Task<HttpClient> SignedInAsync(TansoApp app, string email, Role role)
    {
        await People.CreateUserAsync(app, email, [role]);
        var browser = app.CreateRawClient();
        Assert.Equal(HttpStatusCode.Redirect, (await People.SignInAsync(browser, email, People.Password)).StatusCode);
        return browser;
    }

    [Fact]
    public async Task ANewUserWithAnOverlongNameOrAddress_IsRefusedByField_AndNotCreated()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var admin = await SignedInAsync(app, "admin@tanso.example", Role.SystemAdmin);
        var longAddress = new string('m', 250) + "@tanso.example";

        var response = await PostFormAsync(admin, "/admin/users", "Create", new()
        {
            ["Form.Email"] = longAddress, ["Form.DisplayName"] = new string('김', 201), ["Form.Password"] = People.Password, ["Form.Roles"] = Role.Evaluator.Name(),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("이메일: 256자 이하로 적으십시오(지금 264자).", page, StringComparison.Ordinal);
        Assert.Contains("이름: 200자 이하로 적으십시오(지금 201자).", page, StringComparison.Ordinal);
        await using var db = database.Open();
        Assert.False(await db.Users.AnyAsync(u => u.Email == longAddress));
    }

    [Fact]
    public async Task AnAccessTokenWithAnOverlongName_IsRefusedByField_AndNotCreated()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var officer = await SignedInAsync(app, "national@tanso.example", Role.NationalOfficer);

        var response = await PostFormAsync(officer, "/account/tokens", "Create", new() { ["Name"] = new string('토', 201), ["Days"] = "30" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("토큰 이름: 200자 이하로 적으십시오(지금 201자).", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = database.Open();
        Assert.Empty(await db.AccessTokens.ToListAsync());
    }
}

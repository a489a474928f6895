using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Access;
using Tanso.Data.Accounts;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Accounts;

/// <summary>Tokens open the API only, the cookie opens pages (and API reads), a read-only token never writes.</summary>
public sealed class AuthenticationStoryTests
{
    [Fact]
    public async Task AReadOnlyToken_CannotMintAWriteToken_CreateAnAdministrator_OrRevokeTokens_OnThePages()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var adminId = await People.CreateUserAsync(app, "admin@tanso.example", [Role.SystemAdmin]);
        var readOnly = await People.TokenOnlyClientAsync(app, adminId, false);
        int tokens, users;
        await using (var db = database.Open())
        {
            (tokens, users) = (await db.AccessTokens.CountAsync(), await db.Users.CountAsync());
        }

        var pages = new (string Url, Dictionary<string, string> Form)[]
        {
            ("/account/tokens?handler=Create", new() { ["Name"] = "escalate", ["CanWrite"] = "true", ["Days"] = "30" }),
            ("/admin/users?handler=Create", new() { ["Form.Email"] = "mallory@evil.example", ["Form.DisplayName"] = "m", ["Form.Password"] = "mallory-password-123", ["Form.Roles"] = "admin" }),
            ("/account/tokens?handler=Revoke&id=1", new()),
            ($"/admin/users/{adminId}", new() { ["Form.Roles"] = "admin" }),
        };
        foreach (var (url, form) in pages)
        {
            var response = await readOnly.PostAsync(url, new FormUrlEncodedContent(form));
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest, $"{url}: {response.StatusCode}");
            Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        }
        Assert.Contains("/account/login", (await readOnly.GetAsync("/account/tokens")).Headers.Location!.OriginalString, StringComparison.Ordinal);

        await using var after = database.Open();
        Assert.Equal((tokens, users), (await after.AccessTokens.CountAsync(), await after.Users.CountAsync()));
        Assert.Null((await after.AccessTokens.SingleAsync()).RevokedUtc);
    }

    [Fact]
    public async Task AReadOnlyToken_ReadsTheApi_ButEveryWriteIs403WithAProblem()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var national = await People.TokenOnlyClientAsync(app, await People.CreateUserAsync(app, "national@tanso.example", [Role.NationalOfficer]), false);
        var figure = (await national.GetFromJsonAsync<JsonArray>("/api/national/figures?series=ndc-2021"))![0]!;

        var write = await national.PutAsJsonAsync($"/api/national/figures/{(int)figure["id"]!}",
            new { valueMtCo2eq = (decimal)figure["valueMtCo2eq"]! + 1, status = (string)figure["status"]!, source = "x", version = (int)figure["version"]! });
        var pledge = await national.PostAsJsonAsync("/api/campaigns/1/pledges", new { actionId = 1 });

        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal("This access token is read-only.", (string)(await write.Content.ReadFromJsonAsync<JsonObject>())!["title"]!);
        Assert.Equal(HttpStatusCode.Forbidden, pledge.StatusCode); // even where the public may write
    }

    [Fact]
    public async Task ASignedInBrowser_CannotWriteThroughTheApi_SoNoOtherPageCanMakeItWrite()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        await People.CreateUserAsync(app, "admin@tanso.example", [Role.SystemAdmin]);
        var browser = await AccountForms.SignedInAsync(app, "admin@tanso.example");
        var figure = (await browser.GetFromJsonAsync<JsonArray>("/api/national/figures?series=ndc-2021"))![0]!; // reads are fine

        var json = await browser.PutAsJsonAsync($"/api/national/figures/{(int)figure["id"]!}",
            new { valueMtCo2eq = (decimal)figure["valueMtCo2eq"]! + 1, status = (string)figure["status"]!, source = "csrf", version = (int)figure["version"]! });
        var multipart = await browser.PostAsync("/api/governments/statistics", new MultipartFormDataContent
        {
            { new ByteArrayContent("government,year,population\n부산광역시,2021,1\n"u8.ToArray()), "file", "stats.csv" },
            { new StringContent("csrf"), "source" },
        });

        Assert.Equal(HttpStatusCode.Unauthorized, json.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, multipart.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/audit/")).StatusCode); // the cookie still reads
        await using var db = database.Open();
        Assert.Equal(0, await db.AuditEntries.CountAsync(a => a.After!.Contains("csrf")));
    }

    [Fact]
    public void TheShippedCommonPasswordList_HoldsThousandsOfRealEntries_OfTwelveCharactersOrMore()
    {
        Assert.True(PasswordPolicy.CommonCount >= 4_900, $"{PasswordPolicy.CommonCount}");
        Assert.True(PasswordPolicy.IsCommon("1qaz2wsx3edc"));
        Assert.False(PasswordPolicy.IsCommon("a long walk by the nakdong river"));
        Assert.Null(PasswordPolicy.Refusal("a long walk by the nakdong river", "me@example.org", "me"));
    }
}

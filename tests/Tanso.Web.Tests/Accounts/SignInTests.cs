using System.Net;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Accounts;

public sealed class SignInTests
{
    [Fact]
    public async Task RightPassword_SignsIn_AndTheLayoutShowsTheUser()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        await People.CreateUserAsync(app, "officer@busan.example", [Role.NationalOfficer]);
        var client = app.CreateRawClient();

        var response = await People.SignInAsync(client, "officer@busan.example", People.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var home = await client.GetStringAsync("/");
        Assert.Contains(">officer<", home);
        Assert.Contains("href=\"/audit\"", home); // national officers read the audit trail
        Assert.DoesNotContain("href=\"/admin/users\"", home);
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_EvenAgainstTheRightOne()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        await People.CreateUserAsync(app, "officer@daegu.example", [Role.RegionalOfficer], await People.GovernmentIdAsync(app, "27"));
        var client = app.CreateRawClient();

        for (var i = 0; i < 4; i++)
        {
            var wrong = await People.SignInAsync(client, "officer@daegu.example", "not-the-password-1");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            Assert.Contains("이메일 또는 비밀번호가 맞지 않습니다", await wrong.Content.ReadAsStringAsync());
        }
        var fifth = await People.SignInAsync(client, "officer@daegu.example", "not-the-password-1");
        var right = await People.SignInAsync(client, "officer@daegu.example", People.Password);

        Assert.Equal(HttpStatusCode.Locked, fifth.StatusCode);
        Assert.Equal(HttpStatusCode.Locked, right.StatusCode);
        Assert.Contains("계정이 잠시 잠겼습니다", await right.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownEmail_GetsTheSameAnswerAsAWrongPassword()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);

        var response = await People.SignInAsync(app.CreateRawClient(), "nobody@example.org", "whatever-12345");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("이메일 또는 비밀번호가 맞지 않습니다", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task LoginWithoutAntiforgeryToken_IsRefused()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        await People.CreateUserAsync(app, "admin@tanso.example", [Role.SystemAdmin]);

        var response = await app.CreateRawClient().PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "admin@tanso.example", ["Password"] = People.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task FirstStart_WithoutAnAdmin_OffersOnlyAValidSetupLink()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var client = app.CreateRawClient();

        var forged = await client.GetStringAsync("/setup?token=forged");

        Assert.Contains("이 설정 링크는 쓸 수 없습니다", forged);
        Assert.DoesNotContain("name=\"Password\"", forged);
    }
}

public sealed class LoginRateLimitTests
{
    [Fact]
    public async Task MoreThanTenPasswordAttemptsAMinute_FromOneAddress_AreRefusedWith429()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var client = app.CreateRawClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            statuses.Add((await People.SignInAsync(client, $"guess{i}@example.org", "guessing-123456")).StatusCode);
        }

        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
    }

    [Fact]
    public async Task TwoWebInstancesOnOneDatabase_ShareTheBudget_AndStoreNoAddress()
    {
        await using var database = TestDatabase.Create();
        var clock = new Checks.MovableClock();
        await using var first = new TansoApp(database) { Clock = clock };
        await using var second = new TansoApp(database) { Clock = clock };
        var (one, other) = (first.CreateRawClient(), second.CreateRawClient());

        // Ten attempts spread over both instances use the whole budget: the eleventh is refused by either.
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await People.SignInAsync(i % 2 == 0 ? one : other, $"guess{i}@example.org", "guessing-123456")).StatusCode);
        }
        var refused = await People.SignInAsync(other, "guess10@example.org", "guessing-123456");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await People.SignInAsync(one, "guess11@example.org", "guessing-123456")).StatusCode);

        // The window is counted from the first attempt: a minute later the budget is back, on both.
        clock.Now = clock.Now.AddMinutes(1).AddSeconds(1);
        Assert.Equal(HttpStatusCode.Unauthorized, (await People.SignInAsync(one, "later@example.org", "guessing-123456")).StatusCode);

        await using var db = database.Open();
        var keys = await db.Set<Tanso.Data.RateLimiting.RateLimitWindow>().Select(w => w.Key).ToListAsync();
        var key = Assert.Single(keys);
        Assert.Matches("^[0-9A-F]{64}$", key); // a keyed hash of client and form, not an address
    }
}

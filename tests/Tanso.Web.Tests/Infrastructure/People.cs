using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tanso.Core.Access;
using Tanso.Data;
using Tanso.Data.Accounts;

namespace Tanso.Web.Tests.Infrastructure;

/// <summary>Creates accounts and tokens in a test's own app, and signs in through the real login form.</summary>
public static partial class People
{
    public const string Password = "correct-horse-42battery";

    public static async Task<string> CreateUserAsync(TansoApp app, string email, Role[] roles, params int[] governments)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TansoUser>>();
        var db = scope.ServiceProvider.GetRequiredService<TansoDb>();
        var user = new TansoUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email.Split('@')[0] };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        foreach (var role in roles)
        {
            Assert.True((await users.AddToRoleAsync(user, role.Name())).Succeeded);
        }
        db.UserGovernments.AddRange(governments.Select(g => new UserGovernment { UserId = user.Id, GovernmentId = g }));
        await db.SaveChangesAsync();
        return user.Id;
    }

    /// <summary>A person working as people do: their script's access token for the API, and for pages (which take
    /// no token) their browser, signed in through the login form the first time a page is asked for.</summary>
    public static async Task<HttpClient> ClientWithTokenAsync(TansoApp app, string userId, bool canWrite, params int[] governments)
    {
        var token = await NewTokenAsync(app, userId, canWrite, governments);
        string email;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            email = (await scope.ServiceProvider.GetRequiredService<UserManager<TansoUser>>().FindByIdAsync(userId))!.Email!;
        }
        var client = app.CreateDefaultClient(new Uri("http://localhost"), new BrowserForPages(email), new CookieContainerHandler());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Only the access token, as a script holds it: pages answer it as they answer the public.</summary>
    public static async Task<HttpClient> TokenOnlyClientAsync(TansoApp app, string userId, bool canWrite, params int[] governments)
    {
        var client = app.CreateRawClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await NewTokenAsync(app, userId, canWrite, governments));
        return client;
    }

    private static async Task<string> NewTokenAsync(TansoApp app, string userId, bool canWrite, int[] governments)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TansoDb>();
        var (token, hash) = PersonalAccessToken.Generate();
        db.AccessTokens.Add(new PersonalAccessToken
        {
            UserId = userId, Name = "test", TokenHash = hash, Hint = token[..10], CanWrite = canWrite,
            GovernmentIds = string.Join(',', governments), CreatedUtc = app.Clock.GetUtcNow().UtcDateTime, ExpiresUtc = app.Clock.GetUtcNow().UtcDateTime.AddDays(1),
        });
        await db.SaveChangesAsync();
        return token;
    }

    /// <summary>Sends API requests with the token, and page requests without it, through a browser session that signs
    /// in once, on the first page request.</summary>
    private sealed class BrowserForPages(string email) : DelegatingHandler
    {
        private readonly SemaphoreSlim _signIn = new(1, 1);
        private bool _signedIn;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            if (request.RequestUri!.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal))
            {
                return await base.SendAsync(request, ct);
            }
            request.Headers.Authorization = null;
            await _signIn.WaitAsync(ct);
            try
            {
                if (!_signedIn)
                {
                    using var form = await base.SendAsync(new HttpRequestMessage(HttpMethod.Get, "http://localhost/account/login"), ct);
                    var antiforgery = AntiforgeryField().Match(await form.Content.ReadAsStringAsync(ct)).Groups[1].Value;
                    using var signIn = await base.SendAsync(new HttpRequestMessage(HttpMethod.Post, "http://localhost/account/login")
                    {
                        Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = email, ["Password"] = Password, ["__RequestVerificationToken"] = antiforgery }),
                    }, ct);
                    Assert.True(signIn.StatusCode == System.Net.HttpStatusCode.Redirect, $"{email} could not sign in: {signIn.StatusCode}");
                    _signedIn = true;
                }
            }
            finally
            {
                _signIn.Release();
            }
            return await base.SendAsync(request, ct);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _signIn.Dispose();
            }
            base.Dispose(disposing);
        }
    }

    public static async Task<int> GovernmentIdAsync(TansoApp app, string adminCode)
    {
        _ = app.Server; // the app migrates and seeds when it starts
        await using var db = app.Database.Open();
        return (await db.Governments.ToListAsync()).Single(g => g.AdministrativeCode?.Value == adminCode).Id;
    }

    /// <summary>The nation's government id.</summary>
    public static async Task<int> NationIdAsync(TansoApp app)
    {
        _ = app.Server;
        await using var db = app.Database.Open();
        return (await db.Governments.SingleAsync(g => g.Level == Tanso.Core.Governments.GovernmentLevel.National)).Id;
    }

    /// <summary>The id of the 시·군·구 <paramref name="name"/> of the 시·도 <paramref name="province"/> (e.g. 대구광역시, 수성구).</summary>
    public static async Task<int> MunicipalityIdAsync(TansoApp app, string province, string name)
    {
        _ = app.Server;
        await using var db = app.Database.Open();
        var parent = await db.Governments.SingleAsync(g => g.NameKo == province);
        return (await db.Governments.SingleAsync(g => g.ParentId == parent.Id && g.NameKo == name)).Id;
    }

    /// <summary>Posts the login form as a browser would (antiforgery token included); the client keeps the cookie.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password)
    {
        var form = await client.GetStringAsync("/account/login");
        var token = AntiforgeryField().Match(form).Groups[1].Value;
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = password, ["__RequestVerificationToken"] = token,
        }));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}

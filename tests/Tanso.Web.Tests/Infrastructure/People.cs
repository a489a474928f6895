using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
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

    public static async Task<HttpClient> ClientWithTokenAsync(TansoApp app, string userId, bool canWrite, params int[] governments)
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
        var client = app.CreateRawClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<int> GovernmentIdAsync(TansoApp app, string adminCode)
    {
        _ = app.Server; // the app migrates and seeds when it starts
        await using var db = app.Database.Open();
        return (await db.Governments.ToListAsync()).Single(g => g.AdministrativeCode?.Value == adminCode).Id;
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

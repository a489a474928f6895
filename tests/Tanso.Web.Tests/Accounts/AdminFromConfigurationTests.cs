using System.Net;
using Microsoft.AspNetCore.Hosting;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Accounts;

public sealed class AdminFromConfigurationTests
{
    private sealed class AppWithAdmin(TestDatabase database) : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            foreach (var (key, value) in database.Settings)
            {
                builder.UseSetting(key, value);
            }
            builder.UseSetting("Admin:Email", "root@tanso.example");
            builder.UseSetting("Admin:Password", "first-admin-password-7");
        }
    }

    [Fact]
    public async Task AdminFromConfiguration_CanSignIn_AndManageUsers()
    {
        await using var database = TestDatabase.Create();
        await using var app = new AppWithAdmin(database);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var form = await client.GetStringAsync("/account/login");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var login = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "root@tanso.example", ["Password"] = "first-admin-password-7", ["__RequestVerificationToken"] = token,
        }));
        var users = await client.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        Assert.Contains("root@tanso.example", await users.Content.ReadAsStringAsync());
    }
}

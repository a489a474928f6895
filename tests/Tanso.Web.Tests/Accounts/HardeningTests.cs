using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Accounts;

public sealed class HardeningTests
{
    [Fact]
    public async Task AnUpdate_IsAuditedAsTheFieldsThatChanged_BeforeAndAfter_NotTheWholeRow()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var admin = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "admin@tanso.example", [Role.SystemAdmin]), true);
        var busan = await People.GovernmentIdAsync(app, "26");
        var g = (await admin.GetFromJsonAsync<JsonArray>("/api/governments"))!.Single(x => (int)x!["id"]! == busan)!;

        var saved = await admin.PutAsJsonAsync($"/api/governments/{busan}", new
        {
            nameKo = (string)g["nameKo"]!, nameEn = "Busan Metropolitan City (renamed)", validFrom = (string?)null, validTo = (string?)null, version = (int)g["version"]!,
        });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        await using var db = database.Open();
        var update = await db.AuditEntries.SingleAsync(a => a.EntityType == "Government" && a.EntityId == busan.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.Action == "update");
        using var before = JsonDocument.Parse(update.Before!);
        using var after = JsonDocument.Parse(update.After!);
        Assert.Equal(["NameEn", "Version"], after.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["NameEn", "Version"], before.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Busan Metropolitan City (renamed)", after.RootElement.GetProperty("NameEn").GetString());
        Assert.Equal((string)g["nameEn"]!, before.RootElement.GetProperty("NameEn").GetString());
        Assert.Equal(before.RootElement.GetProperty("Version").GetInt32() + 1, after.RootElement.GetProperty("Version").GetInt32());
    }

    [Fact]
    public async Task ARefusedRequest_Says_HowManySecondsToWait()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var client = app.CreateRawClient();

        HttpResponseMessage? last = null;
        for (var i = 0; i < 11; i++)
        {
            last = await People.SignInAsync(client, $"guess{i}@example.org", "guessing-123456");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        var wait = last.Headers.RetryAfter!.Delta!.Value;
        Assert.InRange(wait.TotalSeconds, 1, 60);
    }

    [Fact]
    public async Task OnARealSocket_TheServerDoesNotNameItself_AndSignedInAnswersAreNotStored()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        app.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        await People.CreateUserAsync(app, "officer@busan.example", [Role.NationalOfficer]);
        var root = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        using var browser = new HttpClient(handler) { BaseAddress = root };

        var health = await browser.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.Redirect, (await People.SignInAsync(browser, "officer@busan.example", People.Password)).StatusCode);
        var mine = await browser.GetAsync("/account");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.False(health.Headers.Contains("Server"));
        Assert.True(mine.Headers.CacheControl!.NoStore);
    }
}

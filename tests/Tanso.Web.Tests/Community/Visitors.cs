using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Community;

/// <summary>
/// Anonymous visitors with real client addresses: the in-memory test server has none, so a startup filter sets the
/// address a request names in its X-Test-Client header (203.0.113.x, the documentation range), as Kestrel would.
/// </summary>
public static partial class Visitors
{
    public const string Header = "X-Test-Client";

    /// <summary>The app, serving requests from the addresses their X-Test-Client header names.</summary>
    public static WebApplicationFactory<Program> WithClientAddresses(this TansoApp app) =>
        app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, ClientAddressFilter>()));

    public static HttpClient Visitor(this WebApplicationFactory<Program> site, string address)
    {
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }

    public static async Task<JsonObject> Json(this HttpResponseMessage response) => (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    /// <summary>The antiforgery token of a page's form, as a browser would send it back.</summary>
    public static async Task<string> FormTokenAsync(this HttpClient client, string url)
    {
        var page = await client.GetStringAsync(url);
        return AntiforgeryField().Match(page).Groups[1].Value;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    private sealed class ClientAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, Func<Task> inner) =>
            {
                if (context.Request.Headers.TryGetValue(Header, out var address))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
                }
                return inner();
            });
            next(app);
        };
    }
}

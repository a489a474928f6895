extern alias web;

using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Tanso.Bench;

/// <summary>
/// The public government dashboard (/portal/governments/{Busan}) on Kestrel in Production, loaded N times by Debian's
/// Chromium, each time in a fresh browser context (nothing cached): load time (navigation start → load event) and bytes
/// transferred (document and every resource). Targets: median under 300 ms and under 250 KB on localhost.
/// </summary>
internal static class PortalDashboardBench
{
    public static async Task<int> RunAsync(int loads)
    {
        var folder = Directory.CreateTempSubdirectory("tanso-bench-portal-").FullName;
        try
        {
            await using var app = new KestrelApp(b => b.UseSolutionRelativeContentRoot("src/Tanso.Web", "Tanso.slnx").UseEnvironment("Production")
                .UseSetting("Database:Provider", "Sqlite")
                .UseSetting("ConnectionStrings:Tanso", $"Data Source={Path.Combine(folder, "tanso.db")};Pooling=False"));
            app.StartServer();
            var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Environment.GetEnvironmentVariable("TANSO_CHROMIUM") is { Length: > 0 } c ? c : "/usr/bin/chromium",
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
            });
            var setup = await browser.NewPageAsync();
            await setup.GotoAsync(baseUrl + "/portal");
            var href = await setup.GetByRole(AriaRole.Link, new() { Name = "부산광역시", Exact = true }).GetAttributeAsync("href");
            var url = baseUrl + href;
            for (var i = 0; i < 5; i++)
            {
                await setup.GotoAsync(url); // warm-up: compiles the page, fills the map and boundary caches, lets the JIT settle
            }
            var times = new List<double>();
            var server = new List<double>();
            var ready = new List<double>();
            var bytes = new List<long>();
            for (var i = 0; i < loads; i++)
            {
                await using var context = await browser.NewContextAsync();
                var page = await context.NewPageAsync();
                await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });
                var m = await page.EvaluateAsync<JsonElement>(
                    "() => { const n = performance.getEntriesByType('navigation')[0]; const r = performance.getEntriesByType('resource');" +
                    " return { ms: n.loadEventEnd - n.startTime, server: n.responseStart - n.requestStart, ready: n.domContentLoadedEventEnd - n.startTime," +
                    " bytes: n.transferSize + r.reduce((s, e) => s + e.transferSize, 0)," +
                    " resources: r.map(e => ({ name: new URL(e.name).pathname, start: e.startTime, end: e.responseEnd, size: e.transferSize })) }; }");
                if (i == loads / 2)
                {
                    foreach (var r in m.GetProperty("resources").EnumerateArray())
                    {
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"  resource {r.GetProperty("name").GetString()}: {r.GetProperty("start").GetDouble():0}–{r.GetProperty("end").GetDouble():0} ms, {r.GetProperty("size").GetDouble() / 1024:0.0} KB"));
                    }
                }
                times.Add(m.GetProperty("ms").GetDouble());
                server.Add(m.GetProperty("server").GetDouble());
                ready.Add(m.GetProperty("ready").GetDouble());
                bytes.Add((long)m.GetProperty("bytes").GetDouble());
            }
            times.Sort();
            server.Sort();
            ready.Sort();
            bytes.Sort();
            double P(List<double> s, double q) => s[(int)Math.Min(s.Count - 1, Math.Ceiling(q * s.Count) - 1)];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"portal-dashboard: {loads} loads of {href} — load median {P(times, 0.5):0} ms, p95 {P(times, 0.95):0} ms; transferred median {bytes[bytes.Count / 2] / 1024.0:0.0} KB, max {bytes[^1] / 1024.0:0.0} KB"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  of which: server (request → first byte) median {P(server, 0.5):0} ms; DOMContentLoaded median {P(ready, 0.5):0} ms"));
            Console.WriteLine(P(times, 0.5) < 300 && bytes[bytes.Count / 2] < 250 * 1024 ? "target met (median < 300 ms, < 250 KB)" : "TARGET MISSED (median < 300 ms, < 250 KB)");
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed class KestrelApp : WebApplicationFactory<web::Program>
    {
        private readonly Action<IWebHostBuilder> _configure;

        public KestrelApp(Action<IWebHostBuilder> configure)
        {
            _configure = configure;
            UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder) => _configure(builder);
    }
}

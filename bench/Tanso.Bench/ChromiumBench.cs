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

/// <summary>One page load as Chromium saw it (Navigation and Resource Timing).</summary>
internal sealed record PageLoad(double LoadMs, double ServerMs, double ReadyMs, long Bytes, IReadOnlyList<(string Path, double Start, double End, long Bytes)> Resources);

/// <summary>
/// The web app on Kestrel in Production (a fresh SQLite database with the seeded sample data, response compression and
/// precompressed static assets as deployed) and Debian's Chromium driven by Playwright: what the browser benches share.
/// </summary>
internal sealed class ChromiumBench : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tanso-bench-browser-").FullName;
    private KestrelApp? _app;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;

    public static async Task<ChromiumBench> StartAsync()
    {
        var bench = new ChromiumBench();
        bench._app = new KestrelApp(b => b.UseSolutionRelativeContentRoot("src/Tanso.Web", "Tanso.slnx").UseEnvironment("Production")
            .UseSetting("Database:Provider", "Sqlite")
            .UseSetting("ConnectionStrings:Tanso", $"Data Source={Path.Combine(bench._folder, "tanso.db")};Pooling=False"));
        bench._app.StartServer();
        bench.BaseUrl = bench._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        bench._playwright = await Playwright.CreateAsync();
        bench.Browser = await bench._playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("TANSO_CHROMIUM") is { Length: > 0 } c ? c : "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        return bench;
    }

    /// <summary>
    /// Loads the page in a fresh browser context (empty cache, as a first visit) and waits for its charts, whose script
    /// arrives after DOMContentLoaded, so that every byte the page pulls is counted.
    /// </summary>
    public async Task<PageLoad> LoadAsync(string url)
    {
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(BaseUrl + url, new() { WaitUntil = WaitUntilState.Load });
        await page.WaitForFunctionAsync("() => Array.from(document.querySelectorAll('canvas[data-chart]')).every(c => c.closest('.chart-ready'))", null, new() { Timeout = 10_000 });
        var m = await page.EvaluateAsync<JsonElement>(
            "() => { const n = performance.getEntriesByType('navigation')[0]; const r = performance.getEntriesByType('resource');" +
            " return { ms: n.loadEventEnd - n.startTime, server: n.responseStart - n.requestStart, ready: n.domContentLoadedEventEnd - n.startTime," +
            " bytes: n.transferSize + r.reduce((s, e) => s + e.transferSize, 0)," +
            " resources: r.map(e => ({ name: new URL(e.name).pathname, start: e.startTime, end: e.responseEnd, size: e.transferSize })) }; }");
        return new PageLoad(m.GetProperty("ms").GetDouble(), m.GetProperty("server").GetDouble(), m.GetProperty("ready").GetDouble(), (long)m.GetProperty("bytes").GetDouble(),
            m.GetProperty("resources").EnumerateArray().Select(r => (r.GetProperty("name").GetString()!, r.GetProperty("start").GetDouble(), r.GetProperty("end").GetDouble(), (long)r.GetProperty("size").GetDouble())).ToList());
    }

    public static void PrintResources(PageLoad load)
    {
        foreach (var (path, start, end, bytes) in load.Resources)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  resource {path}: {start:0}–{end:0} ms, {bytes / 1024.0:0.0} KB"));
        }
    }

    /// <summary>The q-quantile of a sorted list (nearest rank).</summary>
    public static double Quantile(List<double> sorted, double q) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(q * sorted.Count) - 1)];

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        Directory.Delete(_folder, recursive: true);
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

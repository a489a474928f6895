using System.Globalization;
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
        await using var bench = await ChromiumBench.StartAsync();
        var setup = await bench.Browser.NewPageAsync();
        await setup.GotoAsync(bench.BaseUrl + "/portal");
        var href = await setup.GetByRole(AriaRole.Link, new() { Name = "부산광역시", Exact = true }).GetAttributeAsync("href");
        for (var i = 0; i < 5; i++)
        {
            await setup.GotoAsync(bench.BaseUrl + href); // warm-up: compiles the page, fills the map and boundary caches, lets the JIT settle
        }
        var runs = new List<PageLoad>();
        for (var i = 0; i < loads; i++)
        {
            runs.Add(await bench.LoadAsync(href!));
        }
        ChromiumBench.PrintResources(runs[loads / 2]);
        var times = runs.Select(r => r.LoadMs).Order().ToList();
        var server = runs.Select(r => r.ServerMs).Order().ToList();
        var ready = runs.Select(r => r.ReadyMs).Order().ToList();
        var bytes = runs.Select(r => r.Bytes).Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"portal-dashboard: {loads} loads of {href} — load median {ChromiumBench.Quantile(times, 0.5):0} ms, p95 {ChromiumBench.Quantile(times, 0.95):0} ms; transferred median {bytes[bytes.Count / 2] / 1024.0:0.0} KB, max {bytes[^1] / 1024.0:0.0} KB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  of which: server (request → first byte) median {ChromiumBench.Quantile(server, 0.5):0} ms; DOMContentLoaded median {ChromiumBench.Quantile(ready, 0.5):0} ms"));
        Console.WriteLine(ChromiumBench.Quantile(times, 0.5) < 300 && bytes[bytes.Count / 2] < 250 * 1024 ? "target met (median < 300 ms, < 250 KB)" : "TARGET MISSED (median < 300 ms, < 250 KB)");
        return 0;
    }
}

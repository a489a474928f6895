using System.Globalization;
using System.Text.RegularExpressions;

namespace Tanso.Bench;

/// <summary>
/// Every public page as a first-time visitor's Chromium loads it (Production, fresh SQLite with the seeded sample data,
/// empty cache each load). The pages are found as a visitor finds them: links followed from /, /portal and /community
/// while signed out, one page of each kind (its address with the numbers blanked). Each page is warmed once and then
/// loaded three times; the home page N times. Targets (issue 21): the home page's DOMContentLoaded under 150 ms, and
/// every public page under 250 KB on the wire, its charts' script included.
/// </summary>
internal static partial class PublicPagesBench
{
    private const int MaxPages = 60;

    public static async Task<int> RunAsync(int homeLoads)
    {
        await using var bench = await ChromiumBench.StartAsync();
        var pages = await CrawlAsync(bench);
        var rows = new List<(string Url, double Ready, double Load, long Bytes)>();
        foreach (var url in pages)
        {
            await bench.LoadAsync(url); // warm-up: compiles the page on its first request
            var runs = new List<PageLoad>();
            for (var i = 0; i < 3; i++)
            {
                runs.Add(await bench.LoadAsync(url));
            }
            rows.Add((url, runs.Select(r => r.ReadyMs).Order().ElementAt(1), runs.Select(r => r.LoadMs).Order().ElementAt(1), runs.Max(r => r.Bytes)));
        }
        Console.WriteLine("| page | DOMContentLoaded (median of 3) | load (median of 3) | transferred (max of 3) |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var (url, dcl, load, bytes) in rows.OrderByDescending(r => r.Bytes))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| `{url}` | {dcl:0} ms | {load:0} ms | {bytes / 1024.0:0.0} KB |"));
        }

        var home = new List<PageLoad>();
        for (var i = 0; i < homeLoads; i++)
        {
            home.Add(await bench.LoadAsync("/"));
        }
        ChromiumBench.PrintResources(home[homeLoads / 2]);
        var ready = home.Select(r => r.ReadyMs).Order().ToList();
        var loads = home.Select(r => r.LoadMs).Order().ToList();
        var heaviest = rows.MaxBy(r => r.Bytes);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"home page: {homeLoads} loads — DOMContentLoaded median {ChromiumBench.Quantile(ready, 0.5):0} ms, p95 {ChromiumBench.Quantile(ready, 0.95):0} ms; load (charts' script included) median {ChromiumBench.Quantile(loads, 0.5):0} ms; server median {ChromiumBench.Quantile(home.Select(r => r.ServerMs).Order().ToList(), 0.5):0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"public pages: {rows.Count} kinds; heaviest {heaviest.Url} at {heaviest.Bytes / 1024.0:0.0} KB"));
        var met = ChromiumBench.Quantile(ready, 0.5) < 150 && heaviest.Bytes < 250 * 1024;
        Console.WriteLine(met ? "targets met (home DOMContentLoaded median < 150 ms; every public page < 250 KB)" : "TARGET MISSED (home DOMContentLoaded median < 150 ms; every public page < 250 KB)");
        return 0;
    }

    /// <summary>Same-site pages reachable signed out, one of each kind, without downloads, the API or sign-in forms.</summary>
    private static async Task<List<string>> CrawlAsync(ChromiumBench bench)
    {
        var page = await bench.Browser.NewPageAsync();
        var queue = new Queue<string>(["/", "/portal", "/community"]);
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<string>();
        while (queue.Count > 0 && found.Count < MaxPages)
        {
            var url = queue.Dequeue();
            if (!kinds.Add(Numbers().Replace(url.Split('?')[0], "#")))
            {
                continue;
            }
            var response = await page.GotoAsync(bench.BaseUrl + url);
            if (response is null || response.Status != 200 || !(response.Headers.GetValueOrDefault("content-type") ?? "").StartsWith("text/html", StringComparison.Ordinal))
            {
                continue;
            }
            found.Add(url);
            foreach (var link in await page.EvaluateAsync<string[]>(
                "() => Array.from(document.querySelectorAll('main a[href], header a[href], footer a[href]'), a => { try { return new URL(a.href); } catch { return null; } })" +
                ".filter(u => u && u.origin === location.origin && !/^\\/(api|language|account|openapi)\\//.test(u.pathname) && !/\\.(pdf|xlsx|csv|json|zip)$/.test(u.pathname))" +
                ".map(u => u.pathname + u.search)"))
            {
                queue.Enqueue(link);
            }
        }
        await page.CloseAsync();
        return found;
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Numbers();
}

extern alias web;

using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tanso.Data;

namespace Tanso.Bench;

/// <summary>
/// The import preview of a generated long-format CSV (SYNTHETIC data, default 50,000 rows) as an officer sees it:
/// the web app on Kestrel in Production, Debian's Chromium signed in as the administrator, the file chosen on
/// /inventory/import and "점검하고 미리보기" pressed; timed from the click until the totals table is on screen
/// (upload, every row checked, the pending upload stored, the preview built and rendered). Target: under 2 s.
/// </summary>
internal static class InventoryPreviewBench
{
    private const string Email = "bench-admin@tanso.example";
    private const string Password = "bench-admin-pass-1";

    public static async Task<int> RunAsync(int rows, int runs = 5)
    {
        var folder = Directory.CreateTempSubdirectory("tanso-bench-preview-").FullName;
        try
        {
            await using var app = new KestrelApp(b => b.UseSolutionRelativeContentRoot("src/Tanso.Web", "Tanso.slnx").UseEnvironment("Production")
                .UseSetting("Database:Provider", "Sqlite")
                .UseSetting("ConnectionStrings:Tanso", $"Data Source={Path.Combine(folder, "tanso.db")};Pooling=False")
                .UseSetting("Admin:Email", Email)
                .UseSetting("Admin:Password", Password));
            app.StartServer();
            var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var csv = Path.Combine(folder, "synthetic-inventory.csv");
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<TansoDb>();
                SyntheticInventory.Write(csv, SyntheticInventory.Names(await db.Governments.AsNoTracking().ToListAsync()), rows);
            }
            Console.WriteLine($"SYNTHETIC data: {rows:N0} rows, {new FileInfo(csv).Length / 1024.0 / 1024:0.0} MB");

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Environment.GetEnvironmentVariable("TANSO_CHROMIUM") is { Length: > 0 } c ? c : "/usr/bin/chromium",
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
            });
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = baseUrl });
            await page.GotoAsync("/account/login");
            await page.GetByLabel("이메일").FillAsync(Email);
            await page.GetByLabel("비밀번호").FillAsync(Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "로그인" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "로그아웃" }).WaitForAsync();

            var times = new List<double>();
            var cpus = new List<double>();
            using var self = Process.GetCurrentProcess();
            // The first run compiles the page and warms the JIT: reported, not counted.
            for (var i = 0; i <= runs; i++)
            {
                await page.GotoAsync("/inventory/import");
                await page.GetByLabel("파일", new() { Exact = true }).SetInputFilesAsync(csv);
                await page.GetByLabel("인벤토리 판 코드").FillAsync($"bench-preview-{i}");
                await page.GetByLabel("판 이름").FillAsync("SYNTHETIC benchmark edition");
                await page.GetByLabel("발행 기관").FillAsync("Tanso.Bench");
                await page.GetByLabel("발행일").FillAsync("2026-01-01");
                await page.GetByLabel("출처(문서 또는 주소)").FillAsync("bench/Tanso.Bench");
                self.Refresh();
                var cpu = self.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                await page.GetByRole(AriaRole.Button, new() { Name = "점검하고 미리보기" }).ClickAsync();
                await page.GetByRole(AriaRole.Heading, new() { Name = "저장될 합계" }).WaitForAsync(new() { Timeout = 120_000 });
                clock.Stop();
                self.Refresh();
                // The app runs in this process (Chromium does not): its CPU time is the server's work, waiting excluded.
                var serverCpu = (self.TotalProcessorTime - cpu).TotalSeconds;
                var status = await page.GetByRole(AriaRole.Status).First.InnerTextAsync();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  run {i}{(i == 0 ? " (warm-up)" : "")}: {clock.Elapsed.TotalSeconds:0.00} s (server CPU {serverCpu:0.00} s) — {status[..Math.Min(status.Length, 90)]}"));
                if (i > 0)
                {
                    times.Add(clock.Elapsed.TotalSeconds);
                    cpus.Add(serverCpu);
                }
            }
            times.Sort();
            cpus.Sort();
            var median = times[times.Count / 2];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"inventory-preview: {rows:N0} rows, {runs} runs — median {median:0.00} s, min {times[0]:0.00} s, max {times[^1]:0.00} s; server CPU median {cpus[cpus.Count / 2]:0.00} s; load {File.ReadAllText("/proc/loadavg").Trim()}; {(median < 2 ? "target met (< 2 s)" : "TARGET MISSED (< 2 s)")}"));
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

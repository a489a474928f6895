using System.Text.Json;
using Microsoft.Playwright;
using Tanso.Core.Access;

namespace Tanso.BrowserTests;

/// <summary>
/// Walks the whole site in Chromium, signed out and then in each role, following links and GET forms from the start
/// pages. Each kind of page (its address with the numbers blanked) is visited once, and on that one visit: axe-core
/// (no serious or critical violation), a screenshot at 1280 px, then at 390 px a phone check (nothing wider than the
/// screen: tables scroll inside their own region) and a second screenshot. Swagger UI (/api/docs) is left out; so are
/// downloads, which are not pages. The gallery's pages (docs/gallery.md) are always shot at both widths; whole-page
/// screenshots of every page, a record rather than a check and the walk's largest cost, are taken when
/// TANSO_PAGE_SHOTS=1. Screenshots go to TANSO_ARTIFACTS/pages/.
/// </summary>
public sealed class SiteWalkJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Password = "walk-the-site-pass-1";
    private const int MaxPagesPerRole = 30;
    private static readonly bool EveryPageShot = Environment.GetEnvironmentVariable("TANSO_PAGE_SHOTS") == "1";

    [Fact]
    public async Task EveryPage_SignedOutAndInEachRole_PassesAxe_AndFitsAPhone()
    {
        await app.CreateUserAsync("walk-national@tanso.example", Password, Role.NationalOfficer);
        await app.CreateUserAsync("walk-regional@tanso.example", Password, Role.RegionalOfficer, "26");
        await app.CreateUserAsync("walk-evaluator@tanso.example", Password, Role.Evaluator);
        var roles = new (string Name, string? Email, string PasswordOf, string[] Starts)[]
        {
            ("visitor", null, "", ["/", "/portal", "/community", "/privacy"]),
            ("admin", BrowserApp.AdminEmail, BrowserApp.AdminPassword, ["/admin/users", "/audit"]),
            ("national", "walk-national@tanso.example", Password, ["/checks/consolidated", "/taskforce"]),
            ("regional", "walk-regional@tanso.example", Password, ["/governments", "/account/tokens"]),
            ("evaluator", "walk-evaluator@tanso.example", Password, ["/account/tokens"]),
        };
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        var failures = new List<string>();
        var shots = Path.Combine(BrowserApp.ArtifactsDirectory, "pages");
        Directory.CreateDirectory(shots);
        var visited = 0;
        foreach (var (name, email, password, starts) in roles)
        {
            var context = await app.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = app.BaseUrl, BypassCSP = true, ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            });
            var page = await context.NewPageAsync();
            if (email is not null)
            {
                await Journeys.SignInAsync(page, email, password);
            }
            var queue = new Queue<string>(starts);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var mine = 0;
            while (queue.Count > 0 && mine < MaxPagesPerRole)
            {
                var url = queue.Dequeue();
                // A role's start pages are always walked in that role; other kinds of page once, by the first role reaching them.
                if (!seen.Add(url) || (!kinds.Add(KindOf(url)) && !starts.Contains(url)))
                {
                    continue;
                }
                mine++;
                visited++;
                var response = await page.GotoAsync(url);
                if (response is null || response.Status >= 400)
                {
                    failures.Add($"{name} {url}: {response?.Status}");
                    continue;
                }
                failures.AddRange((await AxeAsync(page)).Select(v => $"{name} {url}: {v}"));
                var slug = name + "-" + Slug(url);
                if (EveryPageShot)
                {
                    await WholePageShotAsync(page, Path.Combine(shots, slug + "-1280.png"));
                }
                var gallery = Gallery.GetValueOrDefault(KindOf(url));
                if (gallery is not null)
                {
                    await page.ScreenshotAsync(new() { Path = Path.Combine(shots, $"gallery-{gallery}-1280.png") });
                }
                await page.SetViewportSizeAsync(390, 844);
                // Charts redraw at the new width on the next frames (ResizeObserver): let them.
                await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100))))");
                var wide = await page.EvaluateAsync<string[]>(TooWideScript);
                failures.AddRange(wide.Select(w => $"{name} {url} at 390 px: {w}"));
                if (EveryPageShot)
                {
                    await WholePageShotAsync(page, Path.Combine(shots, slug + "-390.png"));
                }
                if (gallery is not null)
                {
                    await page.ScreenshotAsync(new() { Path = Path.Combine(shots, $"gallery-{gallery}-390.png") });
                }
                await page.SetViewportSizeAsync(1280, 900);
                foreach (var link in await page.EvaluateAsync<string[]>(LinksScript))
                {
                    queue.Enqueue(link);
                }
            }
            await context.CloseAsync();
        }
        Assert.True(visited >= 40, $"only {visited} pages were walked");
        Assert.True(failures.Count == 0, $"{failures.Count} problems on {visited} pages:\n" + string.Join('\n', failures.Take(80)));
    }

    [Fact]
    public async Task OnAPhone_TheMenuFoldsBehindAMenuButton_AndOnADesktop_TheLanguageSwitchSitsInTheHeader()
    {
        var (page, errors) = await app.NewPageAsync();
        await page.GotoAsync("/");
        var header = await page.Locator(".header-top").BoundingBoxAsync();
        var language = await page.GetByRole(AriaRole.Link, new() { Name = "English" }).BoundingBoxAsync();
        Assert.True(language!.Y >= header!.Y && language.Y + language.Height <= header.Y + header.Height, "the language switch sits on the header's top row");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "메뉴" })).ToBeHiddenAsync();

        await page.SetViewportSizeAsync(390, 844);
        var menu = page.GetByRole(AriaRole.Button, new() { Name = "메뉴" });
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "주 메뉴" });
        await Assertions.Expect(menu).ToBeVisibleAsync();
        await Assertions.Expect(nav).ToBeHiddenAsync();
        await menu.ClickAsync();
        await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "공개 포털" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ArtifactsDirectory, "home-390-menu-open.png") });
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(nav).ToBeHiddenAsync();
        await Assertions.Expect(menu).ToBeFocusedAsync();

        // By keyboard alone: Enter opens the menu, Tab walks into its links, Escape closes it and returns to the button.
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "국가 현황" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(nav).ToBeHiddenAsync();
        await Assertions.Expect(menu).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(nav).ToBeVisibleAsync();
        Assert.Empty(errors);
    }

    /// <summary>The main pages, also shot at screen size for docs/gallery.md (by kind of page).</summary>
    private static readonly Dictionary<string, string> Gallery = new(StringComparer.Ordinal)
    {
        ["/?"] = "home", ["/portal?"] = "portal", ["/portal/governments/#?"] = "dashboard", ["/portal/map?"] = "map",
        ["/checks/#?"] = "check", ["/audit?"] = "audit", ["/admin/users?"] = "users", ["/community?"] = "community",
    };

    /// <summary>Elements reaching past the right edge of a 390 px screen, other than inside a region that scrolls sideways.</summary>
    private const string TooWideScript = """
        () => {
          const width = document.documentElement.clientWidth;
          const out = [];
          if (document.documentElement.scrollWidth > width + 1) out.push(`the page is ${document.documentElement.scrollWidth}px wide`);
          for (const e of document.querySelectorAll('main *, header *, footer *')) {
            const r = e.getBoundingClientRect();
            if (r.width === 0 || r.right <= width + 1) continue;
            let scroller = e.parentElement, inside = false;
            // An absolutely placed element (an sr-only caption) is clipped only by a scroller that is positioned.
            const absolute = getComputedStyle(e).position === 'absolute';
            while (scroller && scroller !== document.body) { const s = getComputedStyle(scroller); if ((s.overflowX === 'auto' || s.overflowX === 'scroll' || s.overflowX === 'hidden') && (!absolute || s.position !== 'static')) { inside = true; break; } scroller = scroller.parentElement; }
            if (!inside) out.push(`${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : ''} reaches ${Math.round(r.right)}px`);
            if (out.length > 5) break;
          }
          return out;
        }
        """;

    /// <summary>Same-site links and GET forms (sent as they stand), without downloads, the API, PDFs, sign-out or the language switch.</summary>
    private const string LinksScript = """
        () => {
          const keep = (u) => u.origin === location.origin && !u.pathname.startsWith('/api/') && !u.pathname.startsWith('/language/')
            && !u.pathname.startsWith('/openapi/') && u.pathname !== '/account/logout' && !u.pathname.endsWith('.pdf') && !u.pathname.endsWith('.xlsx') && !u.pathname.endsWith('.csv');
          const urls = [];
          for (const a of document.querySelectorAll('a[href]')) { let u; try { u = new URL(a.href); } catch { continue; } if (keep(u)) urls.push(u.pathname + u.search); }
          for (const f of document.querySelectorAll('form')) {
            if ((f.getAttribute('method') || 'get').toLowerCase() !== 'get') continue;
            // f.action is an element when the form has a field named "action": read the attribute instead.
            let u; try { u = new URL(f.getAttribute('action') || location.href, location.href); } catch { continue; }
            u.search = new URLSearchParams(new FormData(f)).toString();
            if (keep(u)) urls.push(u.pathname + u.search);
          }
          return urls;
        }
        """;

    private static async Task<IEnumerable<string>> AxeAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Path = AxePath() });
        var violations = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { resultTypes: ['violations'] })).violations" +
            ".filter(v => v.impact === 'serious' || v.impact === 'critical')" +
            ".map(v => v.impact + ' ' + v.id + ': ' + v.help + ' — ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))");
        return violations.EnumerateArray().Select(v => v.GetString()!).ToList();
    }

    private static string KindOf(string url)
    {
        var parts = url.Split('?', 2);
        IEnumerable<string> names = parts.Length == 2 ? parts[1].Split('&').Select(p => p.Split('=')[0]).Distinct().Order(StringComparer.Ordinal) : [];
        return System.Text.RegularExpressions.Regex.Replace(parts[0], @"\d+", "#") + "?" + string.Join('&', names);
    }

    private static string Slug(string url)
    {
        var slug = System.Text.RegularExpressions.Regex.Replace(url, "[^A-Za-z0-9]+", "-").Trim('-');
        return slug.Length == 0 ? "home" : slug.Length > 80 ? slug[..80] : slug;
    }

    private static string AxePath()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tanso.slnx")))
        {
            dir = dir.Parent;
        }
        var path = Path.Combine(dir?.FullName ?? ".", "src", "Tanso.Web", "node_modules", "axe-core", "axe.min.js");
        return File.Exists(path) ? path : throw new InvalidOperationException($"axe-core is missing at {path}: the Tanso.Web build installs it with npm ci.");
    }

    /// <summary>
    /// The whole page, or its first 15,000 px: Chromium cannot capture a taller image (a long table at phone width), and
    /// a screenshot is a record of the page, not a check of it.
    /// </summary>
    private static async Task WholePageShotAsync(IPage page, string path)
    {
        var size = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]");
        await page.ScreenshotAsync(size[1] > 15_000
            ? new() { Path = path, FullPage = true, Clip = new() { X = 0, Y = 0, Width = size[0], Height = 15_000 } }
            : new() { Path = path, FullPage = true });
    }
}

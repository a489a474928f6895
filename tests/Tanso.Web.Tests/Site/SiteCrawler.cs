using System.Net;
using System.Text.RegularExpressions;

namespace Tanso.Web.Tests.Site;

/// <summary>One page or file the crawler fetched: where it was linked from, and what came back.</summary>
public sealed record CrawledPage(string Url, string From, HttpStatusCode Status, string? Html);

/// <summary>
/// Follows every same-site link and every GET form (sent with the values the form shows) from the start pages, as
/// a person clicking through would. Addresses that differ only in their numbers (/plans/3, /plans/4) are one kind
/// of page: at most <see cref="PerKind"/> of each kind are fetched, so the crawl covers every page once or twice
/// and not every one of the 244 governments. PDFs are left out: printing needs Chromium (Reports/ReportPdfTests).
/// </summary>
public static partial class SiteCrawler
{
    public const int PerKind = 2;
    public const int MaxPages = 600;

    public static async Task<IReadOnlyList<CrawledPage>> CrawlAsync(HttpClient client, IEnumerable<string> starts)
    {
        var pages = new List<CrawledPage>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        var queue = new Queue<(string Url, string From)>(starts.Select(s => (s, "(start)")));
        while (queue.Count > 0 && pages.Count < MaxPages)
        {
            var (url, from) = queue.Dequeue();
            if (!seen.Add(url))
            {
                continue;
            }
            var kind = KindOf(url);
            if (kinds.GetValueOrDefault(kind) >= PerKind)
            {
                continue;
            }
            kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
            using var response = await client.GetAsync(url);
            var html = response.Content.Headers.ContentType?.MediaType == "text/html" ? await response.Content.ReadAsStringAsync() : null;
            pages.Add(new CrawledPage(url, from, response.StatusCode, html));
            if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } to && Local(to.OriginalString, url) is { } next)
            {
                queue.Enqueue((next, url));
            }
            if (html is null || url.StartsWith("/api/docs", StringComparison.Ordinal))
            {
                continue;
            }
            foreach (var link in LinksOf(html, url))
            {
                queue.Enqueue((link, url));
            }
        }
        return pages;
    }

    /// <summary>Same-site links and GET forms' addresses on a page, resolved against it.</summary>
    public static IEnumerable<string> LinksOf(string html, string pageUrl)
    {
        foreach (Match m in Href().Matches(html))
        {
            if (Local(WebUtility.HtmlDecode(m.Groups[1].Value), pageUrl) is { } link)
            {
                yield return link;
            }
        }
        foreach (Match form in Form().Matches(html))
        {
            var attributes = form.Groups[1].Value;
            if (Attribute(attributes, "method") is { } method && !method.Equals("get", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var action = Attribute(attributes, "action") ?? pageUrl.Split('?')[0];
            var fields = FieldsOf(form.Groups[2].Value).Select(f => $"{Uri.EscapeDataString(f.Name)}={Uri.EscapeDataString(f.Value)}");
            if (Local(action.Split('?')[0] + "?" + string.Join('&', fields), pageUrl) is { } submitted)
            {
                yield return submitted.TrimEnd('?');
            }
        }
    }

    /// <summary>What a GET form sends untouched: inputs with their values, ticked boxes, each select's chosen option.</summary>
    private static IEnumerable<(string Name, string Value)> FieldsOf(string form)
    {
        foreach (Match input in Input().Matches(form))
        {
            var a = input.Groups[1].Value;
            var type = Attribute(a, "type") ?? "text";
            if (Attribute(a, "name") is not { } name || type is "submit" or "button" or "file" or "reset"
                || (type is "checkbox" or "radio" && !Regex.IsMatch(a, @"\bchecked\b")))
            {
                continue;
            }
            yield return (name, Attribute(a, "value") ?? (type is "checkbox" or "radio" ? "on" : ""));
        }
        foreach (Match select in Select().Matches(form))
        {
            var options = Option().Matches(select.Groups[2].Value);
            var chosen = options.FirstOrDefault(o => Regex.IsMatch(o.Groups[1].Value, @"\bselected\b")) ?? options.FirstOrDefault();
            if (chosen is not null && !Regex.IsMatch(select.Groups[1].Value, @"\bmultiple\b"))
            {
                yield return (Attribute(select.Groups[1].Value, "name") ?? "", Attribute(chosen.Groups[1].Value, "value") ?? WebUtility.HtmlDecode(chosen.Groups[2].Value).Trim());
            }
        }
    }

    /// <summary>A site-relative address worth following, or null (other sites, mail, anchors, sign-out, language switch, PDFs).</summary>
    private static string? Local(string href, string? pageUrl = null)
    {
        href = href.Split('#')[0];
        if (href.Length == 0 || href.StartsWith("//", StringComparison.Ordinal) || href.Contains(':', StringComparison.Ordinal) && !href.StartsWith('/'))
        {
            return null;
        }
        if (!href.StartsWith('/'))
        {
            var basePath = (pageUrl ?? "/").Split('?')[0];
            href = href.StartsWith('?') ? basePath + href : basePath[..(basePath.LastIndexOf('/') + 1)] + href;
        }
        var path = href.Split('?')[0];
        if (path.StartsWith("/language/", StringComparison.Ordinal) || path == "/account/logout" || path.EndsWith(".pdf", StringComparison.Ordinal))
        {
            return null;
        }
        return href;
    }

    /// <summary>The kind of page: its path with numbers blanked and its query's names without their values.</summary>
    public static string KindOf(string url)
    {
        var parts = url.Split('?', 2);
        IEnumerable<string> names = parts.Length == 2 ? parts[1].Split('&').Select(p => p.Split('=')[0]).Distinct().Order(StringComparer.Ordinal) : [];
        return Digits().Replace(parts[0], "#") + "?" + string.Join('&', names);
    }

    private static string? Attribute(string attributes, string name) =>
        Regex.Match(attributes, $@"\b{name}=""([^""]*)""") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    [GeneratedRegex(@"<a\s[^>]*?href=""([^""]+)""")]
    private static partial Regex Href();

    [GeneratedRegex(@"<form\b([^>]*)>([\s\S]*?)</form>")]
    private static partial Regex Form();

    [GeneratedRegex(@"<input\b([^>]*)>")]
    private static partial Regex Input();

    [GeneratedRegex(@"<select\b([^>]*)>([\s\S]*?)</select>")]
    private static partial Regex Select();

    [GeneratedRegex(@"<option\b([^>]*)>([^<]*)")]
    private static partial Regex Option();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}

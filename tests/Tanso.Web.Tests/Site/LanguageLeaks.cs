using System.Net;
using System.Text.RegularExpressions;

namespace Tanso.Web.Tests.Site;

/// <summary>
/// Finds UI text in the wrong language. The UI's own words — buttons, form labels, fieldset legends, column headers,
/// the main menu and the footer's links — are checked, not the data (plan titles, file names, people's names), which
/// stays in the language it was written in. On an English page such text must hold no Hangul; on a Korean page it
/// must hold Hangul unless it is only codes, units and names that read the same in both (CSV, tCO2eq, Excel, Tanso).
/// </summary>
public static partial class LanguageLeaks
{
    /// <summary>Words a Korean page may show in Latin letters: units, file formats, acronyms and proper names.</summary>
    private static readonly HashSet<string> Neutral = new(StringComparer.OrdinalIgnoreCase)
    {
        "tanso", "excel", "xlsx", "csv", "json", "tco2eq", "mtco2eq", "co2eq", "grdp", "sgis", "ipcc", "lulucf", "kpis", "bau", "ndc",
        "ccus", "english", "http", "https", "openapi", "swagger", "utc",
    };

    public static IReadOnlyList<string> Find(string html, string language)
    {
        var texts = UiText().Matches(html).Select(m => m.Groups["t"].Value)
            .Concat(NavLinks().Matches(html).SelectMany(n => LinkText().Matches(n.Groups[1].Value).Select(l => l.Groups[1].Value)));
        var leaks = new List<string>();
        foreach (var raw in texts)
        {
            var text = Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(raw, " ")), " ").Trim();
            if (text.Length == 0)
            {
                continue;
            }
            var hangul = Hangul().IsMatch(text);
            if (language == "en" ? hangul : !hangul && Words().Matches(text).Any(w => !Neutral.Contains(w.Value)))
            {
                leaks.Add(text);
            }
        }
        return leaks;
    }

    // Elements marked lang="…" say their own language (the language switch, the official-site banner) and are skipped.
    [GeneratedRegex(@"<(?<e>button|legend)\b(?![^>]*\blang=)[^>]*>(?<t>[\s\S]*?)</\k<e>>|<div class=""form-tit""><label\b[^>]*>(?<t>[\s\S]*?)</label>|<th\b[^>]*scope=""col""[^>]*>(?<t>[\s\S]*?)</th>")]
    private static partial Regex UiText();

    [GeneratedRegex(@"<nav\b[^>]*class=""(?:main-nav|footer-links)""[^>]*>([\s\S]*?)</nav>")]
    private static partial Regex NavLinks();

    [GeneratedRegex(@"<a\b(?![^>]*\blang=)[^>]*>([\s\S]*?)</a>")]
    private static partial Regex LinkText();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[\uAC00-\uD7A3\u3131-\u318E]")]
    private static partial Regex Hangul();

    [GeneratedRegex(@"[A-Za-z]{4,}")]
    private static partial Regex Words();
}

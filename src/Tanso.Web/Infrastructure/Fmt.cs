using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Tanso.Core.Figures;
using Tanso.Core.Quantities;

namespace Tanso.Web.Infrastructure;

/// <summary>Number and text formatting shared by the pages.</summary>
internal static partial class Fmt
{
    /// <summary>Megatonnes with one decimal, a true minus sign and thousands separators: "−26.7".</summary>
    public static string Mt(decimal megatonnes) => Math.Abs(megatonnes) > Plausible.MaxTonnes / 1_000_000m ? Invalid :
        Math.Round(megatonnes, 1, MidpointRounding.AwayFromZero).ToString("#,##0.0", CultureInfo.InvariantCulture).Replace('-', '−');

    /// <summary>What a page shows for a stored value outside its plausible range (<see cref="Plausible"/>): the page
    /// stays readable and the value is marked, not summed or formatted into an error.</summary>
    public static string Invalid => Text.T("값 오류(범위 밖)", "invalid (out of range)");

    /// <summary>Tonnes as a whole number with thousands separators and a true minus sign: "−1,234".</summary>
    public static string Tonnes(decimal tonnes) => !Plausible.IsTonnes(tonnes) ? Invalid :
        Math.Round(tonnes, 0, MidpointRounding.AwayFromZero).ToString("#,##0", CultureInfo.InvariantCulture).Replace('-', '−');

    /// <summary>A plain number with thousands separators and up to four decimals: "10,000", "2.5".</summary>
    public static string Number(decimal value) => value.ToString("#,##0.####", CultureInfo.InvariantCulture).Replace('-', '−');

    /// <summary>A signed percentage change: "−40.0 %".</summary>
    public static string Change(Percentage change) =>
        (change.Fraction > 0 ? "+" : "") + change.ToString(1).Replace('-', '−');

    public static string Label(this FigureStatus status, string language) => language == "en" ? status.English() : status.Korean();

    /// <summary>Encodes <paramref name="text"/> and turns its http(s) addresses into links.</summary>
    public static IHtmlContent Linkify(string text)
    {
        var html = new HtmlContentBuilder();
        var last = 0;
        foreach (Match m in Url().Matches(text))
        {
            html.Append(text[last..m.Index]);
            html.AppendHtml($"<a href=\"{System.Net.WebUtility.HtmlEncode(m.Value)}\" rel=\"noopener noreferrer\">");
            html.Append(m.Value);
            html.AppendHtml("</a>");
            last = m.Index + m.Length;
        }
        html.Append(text[last..]);
        return html;
    }

    [GeneratedRegex(@"https?://[^\s)]+")]
    private static partial Regex Url();
}

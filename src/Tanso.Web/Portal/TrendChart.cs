using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Tanso.Web.Portal;

/// <summary>
/// A small line chart drawn on the server as SVG (no script, a few kilobytes): actual emissions as a solid line and the
/// plan's trajectory as a dashed one, in MtCO2eq. Decorative for screen readers (the table beside it holds the numbers).
/// </summary>
internal static class TrendChart
{
    private const int Width = 640, Height = 260, Left = 52, Right = 12, Top = 12, Bottom = 28;

    public static IHtmlContent Svg(IReadOnlyDictionary<int, decimal> actualMt, IReadOnlyDictionary<int, decimal> pathMt)
    {
        var years = actualMt.Keys.Union(pathMt.Keys).Order().ToList();
        if (years.Count < 2)
        {
            return HtmlString.Empty;
        }
        var values = actualMt.Values.Concat(pathMt.Values).ToList();
        var max = Nice((double)Math.Max(values.Max(), 0m));
        var min = Math.Min(0d, (double)values.Min());
        double X(int year) => Left + (year - years[0]) * (Width - Left - Right) / (double)Math.Max(1, years[^1] - years[0]);
        double Y(decimal v) => Top + (max - (double)v) * (Height - Top - Bottom) / (max - min);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"trend-svg\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" aria-hidden=\"true\" focusable=\"false\">");
        for (var i = 0; i <= 4; i++)
        {
            var v = min + (max - min) * i / 4;
            var y = Y((decimal)v);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{v:0.#}</text>");
        }
        var step = Math.Max(1, (years[^1] - years[0]) / 8);
        for (var year = years[0]; year <= years[^1]; year += step)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(year):0.#}\" y=\"{Height - 8}\" text-anchor=\"middle\">{year}</text>");
        }
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Y(0):0.#}\" y2=\"{Y(0):0.#}\"/>");
        Line(svg, "path", pathMt, X, Y);
        Line(svg, "actual", actualMt, X, Y);
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static void Line(StringBuilder svg, string css, IReadOnlyDictionary<int, decimal> series, Func<int, double> x, Func<decimal, double> y)
    {
        if (series.Count == 0)
        {
            return;
        }
        var points = string.Join(' ', series.OrderBy(p => p.Key).Select(p => string.Create(CultureInfo.InvariantCulture, $"{x(p.Key):0.#},{y(p.Value):0.#}")));
        svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"{WebUtility.HtmlEncode(css)}\" points=\"{points}\"/>");
    }

    /// <summary>A round upper bound for the axis: 1, 2, 2.5 or 5 times a power of ten.</summary>
    internal static double Nice(double value)
    {
        if (value <= 0)
        {
            return 1;
        }
        var power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        return new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * power).First(f => f >= value);
    }
}

using System.Globalization;
using System.Text;

namespace Tanso.Web.Portal;

/// <summary>One region's outline on a drawn map, as an SVG path in the map's viewBox.</summary>
internal sealed record MapShape(string Code, string NameKo, string NameEn, string Path);

/// <summary>Regions drawn into a viewBox of <paramref name="Width"/> × <paramref name="Height"/>.</summary>
internal sealed record MapDrawing(int Width, int Height, IReadOnlyList<MapShape> Shapes);

/// <summary>
/// Turns TopoJSON regions into compact SVG paths: an equirectangular projection corrected for latitude (Korea spans
/// 33–39°N, where a degree of longitude is about 0.8 of a degree of latitude), fitted to the box, each shared arc
/// simplified once (Douglas–Peucker, under a pixel) so neighbours keep a common border, integer coordinates and
/// relative path commands to keep the page light. This is the work done once per zoom level by <see cref="MapAtlas"/>;
/// pages take their drawings from there, never from here.
/// </summary>
internal static class MapGeometry
{
    private const double MaxWidth = 600, MaxHeight = 700, Padding = 4, TolerancePixels = 0.9;
    private static readonly double LonFactor = Math.Cos(36.0 * Math.PI / 180.0);

    /// <summary>Draws the regions of <paramref name="layer"/> whose codes are in <paramref name="codes"/> (all when null).</summary>
    public static MapDrawing Draw(TopoLayer layer, IReadOnlyCollection<string>? codes = null)
    {
        var regions = layer.Regions.Where(r => codes is null || codes.Contains(r.Code)).ToList();
        var arcIds = regions.SelectMany(r => r.Polygons).SelectMany(p => p).SelectMany(ring => ring).Select(i => i < 0 ? ~i : i).Distinct().ToList();
        if (arcIds.Count == 0)
        {
            return new MapDrawing(0, 0, []);
        }
        var projected = arcIds.ToDictionary(i => i, i => layer.Arcs[i].Select(Project).ToList());
        var all = projected.Values.SelectMany(a => a).ToList();
        var (minX, maxX, minY, maxY) = (all.Min(p => p.X), all.Max(p => p.X), all.Min(p => p.Y), all.Max(p => p.Y));
        var scale = Math.Min((MaxWidth - 2 * Padding) / Math.Max(maxX - minX, 1e-9), (MaxHeight - 2 * Padding) / Math.Max(maxY - minY, 1e-9));
        var simplified = projected.ToDictionary(a => a.Key, a => Simplify(a.Value.Select(p => ((p.X - minX) * scale + Padding, (p.Y - minY) * scale + Padding)).ToList()));
        var width = (int)Math.Ceiling((maxX - minX) * scale + 2 * Padding);
        var height = (int)Math.Ceiling((maxY - minY) * scale + 2 * Padding);
        var shapes = regions.Select(r => new MapShape(r.Code, r.NameKo, r.NameEn, PathOf(r, simplified))).Where(s => s.Path.Length > 0).ToList();
        return new MapDrawing(width, height, shapes);
    }

    private static (double X, double Y) Project(LonLat p) => (p.Lon * LonFactor, -p.Lat);

    private static string PathOf(TopoRegion region, Dictionary<int, List<(int X, int Y)>> arcs)
    {
        var d = new StringBuilder();
        foreach (var ring in region.Polygons.SelectMany(p => p))
        {
            var points = new List<(int X, int Y)>();
            foreach (var index in ring)
            {
                var arc = arcs[index < 0 ? ~index : index];
                IEnumerable<(int X, int Y)> ordered = index < 0 ? Enumerable.Reverse(arc) : arc;
                foreach (var p in points.Count == 0 ? ordered : ordered.Skip(1))
                {
                    if (points.Count == 0 || points[^1] != p)
                    {
                        points.Add(p);
                    }
                }
            }
            if (points.Count > 1 && points[0] == points[^1])
            {
                points.RemoveAt(points.Count - 1);
            }
            if (points.Count < 3)
            {
                continue; // an islet smaller than a pixel
            }
            d.Append('M').Append(Num(points[0].X)).Append(Sep(points[0].Y)).Append(Num(points[0].Y)).Append('l');
            for (var i = 1; i < points.Count; i++)
            {
                var (dx, dy) = (points[i].X - points[i - 1].X, points[i].Y - points[i - 1].Y);
                d.Append(i == 1 ? "" : Sep(dx)).Append(Num(dx)).Append(Sep(dy)).Append(Num(dy));
            }
            d.Append('z');
        }
        return d.ToString();
    }

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

    // A minus sign separates two numbers on its own; anything else needs a space.
    private static string Sep(int next) => next < 0 ? "" : " ";

    /// <summary>Douglas–Peucker with the ends kept, then rounded to whole units.</summary>
    internal static List<(int X, int Y)> Simplify(List<(double X, double Y)> points)
    {
        var keep = new bool[points.Count];
        keep[0] = keep[^1] = true;
        var stack = new Stack<(int From, int To)>();
        stack.Push((0, points.Count - 1));
        while (stack.Count > 0)
        {
            var (from, to) = stack.Pop();
            var (best, index) = (0d, -1);
            for (var i = from + 1; i < to; i++)
            {
                var distance = Distance(points[i], points[from], points[to]);
                if (distance > best)
                {
                    (best, index) = (distance, i);
                }
            }
            if (index >= 0 && best > TolerancePixels)
            {
                keep[index] = true;
                stack.Push((from, index));
                stack.Push((index, to));
            }
        }
        var result = new List<(int X, int Y)>();
        for (var i = 0; i < points.Count; i++)
        {
            var p = ((int)Math.Round(points[i].X), (int)Math.Round(points[i].Y));
            if (keep[i] && (result.Count == 0 || result[^1] != p))
            {
                result.Add(p);
            }
        }
        return result;
    }

    private static double Distance((double X, double Y) p, (double X, double Y) a, (double X, double Y) b)
    {
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        var length = dx * dx + dy * dy;
        if (length == 0)
        {
            return Math.Sqrt((p.X - a.X) * (p.X - a.X) + (p.Y - a.Y) * (p.Y - a.Y));
        }
        return Math.Abs(dy * p.X - dx * p.Y + b.X * a.Y - b.Y * a.X) / Math.Sqrt(length);
    }
}

using System.Text.Json;

namespace Tanso.Web.Portal;

/// <summary>A point in longitude and latitude (degrees, WGS84 as SGIS publishes its simplified boundaries).</summary>
internal readonly record struct LonLat(double Lon, double Lat);

/// <summary>One region of a TopoJSON layer: its SGIS code, names, and polygons as rings of arc references.</summary>
/// <param name="Code">SGIS code (2 digits for a 시·도, 5 for a 시·군·구).</param>
/// <param name="NameKo">Korean name.</param>
/// <param name="NameEn">English name as the file writes it.</param>
/// <param name="Polygons">Polygons; each is rings (outer first), each ring a list of arc indices (~i: arc i reversed).</param>
internal sealed record TopoRegion(string Code, string NameKo, string NameEn, IReadOnlyList<IReadOnlyList<IReadOnlyList<int>>> Polygons);

/// <summary>A decoded TopoJSON layer: absolute arc coordinates shared by the regions that border each other.</summary>
internal sealed record TopoLayer(IReadOnlyList<IReadOnlyList<LonLat>> Arcs, IReadOnlyList<TopoRegion> Regions)
{
    /// <summary>A ring's points: its arcs joined, each arc after the first without its first point (the previous arc's last).</summary>
    public IReadOnlyList<LonLat> Ring(IReadOnlyList<int> arcs)
    {
        var points = new List<LonLat>();
        foreach (var index in arcs)
        {
            var arc = Arcs[index < 0 ? ~index : index];
            var ordered = index < 0 ? arc.Reverse() : arc;
            points.AddRange(points.Count == 0 ? ordered : ordered.Skip(1));
        }
        return points;
    }
}

/// <summary>
/// Decodes the TopoJSON files of Statistics Korea's boundaries (embedded in Tanso.Data under Seed/geo): quantized,
/// delta-encoded arcs with a transform, one GeometryCollection of Polygon and MultiPolygon regions.
/// </summary>
internal static class TopoJson
{
    public const string Provinces = "provinces-2018-topo-simple.json";
    public const string Municipalities = "municipalities-2018-topo-simple.json";

    private static readonly Lazy<TopoLayer> ProvinceLayer = new(() => Load(Provinces));
    private static readonly Lazy<TopoLayer> MunicipalityLayer = new(() => Load(Municipalities));

    /// <summary>The 17 시·도 of 2018.</summary>
    public static TopoLayer ProvincesLayer => ProvinceLayer.Value;

    /// <summary>The 250 districts of 2018.</summary>
    public static TopoLayer MunicipalitiesLayer => MunicipalityLayer.Value;

    public static TopoLayer Load(string fileName)
    {
        using var stream = typeof(Data.TansoDb).Assembly.GetManifestResourceStream("Tanso.Data.Seed.geo." + fileName)
            ?? throw new InvalidOperationException($"Boundary file {fileName} is not embedded in Tanso.Data (Seed/geo).");
        using var document = JsonDocument.Parse(stream);
        return Decode(document.RootElement, fileName);
    }

    public static TopoLayer Decode(JsonElement root, string fileName)
    {
        if (!root.TryGetProperty("type", out var type) || type.GetString() != "Topology")
        {
            throw new InvalidDataException($"{fileName}: not a TopoJSON topology (type must be \"Topology\").");
        }
        var (sx, sy, tx, ty) = (1d, 1d, 0d, 0d);
        if (root.TryGetProperty("transform", out var transform))
        {
            var scale = transform.GetProperty("scale");
            var translate = transform.GetProperty("translate");
            (sx, sy, tx, ty) = (scale[0].GetDouble(), scale[1].GetDouble(), translate[0].GetDouble(), translate[1].GetDouble());
        }
        var quantized = root.TryGetProperty("transform", out _);
        var arcs = new List<IReadOnlyList<LonLat>>();
        foreach (var arc in root.GetProperty("arcs").EnumerateArray())
        {
            var points = new List<LonLat>(arc.GetArrayLength());
            double x = 0, y = 0;
            foreach (var position in arc.EnumerateArray())
            {
                // Quantized arcs are delta-encoded: each position adds to the one before.
                (x, y) = quantized ? (x + position[0].GetDouble(), y + position[1].GetDouble()) : (position[0].GetDouble(), position[1].GetDouble());
                points.Add(quantized ? new LonLat(x * sx + tx, y * sy + ty) : new LonLat(x, y));
            }
            arcs.Add(points);
        }
        var regions = new List<TopoRegion>();
        foreach (var obj in root.GetProperty("objects").EnumerateObject())
        {
            foreach (var geometry in obj.Value.GetProperty("geometries").EnumerateArray())
            {
                var properties = geometry.GetProperty("properties");
                var code = properties.GetProperty("code").GetString()
                    ?? throw new InvalidDataException($"{fileName}: a region in '{obj.Name}' has no code.");
                var polygons = geometry.GetProperty("type").GetString() switch
                {
                    "Polygon" => [Rings(geometry.GetProperty("arcs"))],
                    "MultiPolygon" => geometry.GetProperty("arcs").EnumerateArray().Select(Rings).ToList(),
                    var other => throw new InvalidDataException($"{fileName}: region {code} is a {other}, not a Polygon or MultiPolygon."),
                };
                if (polygons.SelectMany(p => p).SelectMany(r => r).Any(i => (i < 0 ? ~i : i) >= arcs.Count))
                {
                    throw new InvalidDataException($"{fileName}: region {code} refers to an arc that does not exist.");
                }
                regions.Add(new TopoRegion(code, properties.GetProperty("name").GetString() ?? code,
                    properties.TryGetProperty("name_eng", out var en) ? en.GetString() ?? code : code, polygons));
            }
        }
        return new TopoLayer(arcs, regions);
    }

    private static IReadOnlyList<IReadOnlyList<int>> Rings(JsonElement polygon) =>
        polygon.EnumerateArray().Select(ring => (IReadOnlyList<int>)ring.EnumerateArray().Select(i => i.GetInt32()).ToList()).ToList();
}

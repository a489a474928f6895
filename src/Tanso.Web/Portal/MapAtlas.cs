using System.Collections.Concurrent;

namespace Tanso.Web.Portal;

/// <summary>
/// The map's drawings, prepared once per zoom level and kept for the life of the instance: the country (its 17 시·도)
/// and each 시·도 (its 시·군·구), each projected, fitted and simplified for its own box on first use, then served as is.
/// The boundaries are files shipped inside Tanso.Data, so every instance prepares the same drawings from the same
/// bytes; nothing is stored in the database (see docs/portal.md, "The map").
/// </summary>
internal sealed class MapAtlas
{
    // Lazy: requests that arrive together while a level is first prepared wait for one preparation, not one each.
    private readonly ConcurrentDictionary<string, Lazy<MapDrawing>> _drawings = new(StringComparer.Ordinal);
    private int _prepared;

    /// <summary>How many drawings this instance has prepared (each zoom level once).</summary>
    public int Prepared => Volatile.Read(ref _prepared);

    /// <summary>The country: every 시·도.</summary>
    public MapDrawing Country() => Get("country", () => MapGeometry.Draw(TopoJson.ProvincesLayer));

    /// <summary>One 시·도's map: the 2018 districts drawn on it (which district belongs where comes from the database).</summary>
    public MapDrawing Province(IReadOnlyCollection<string> districtCodes) =>
        Get("province:" + string.Join(',', districtCodes.Order(StringComparer.Ordinal)), () => MapGeometry.Draw(TopoJson.MunicipalitiesLayer, districtCodes));

    private MapDrawing Get(string key, Func<MapDrawing> prepare) =>
        _drawings.GetOrAdd(key, _ => new Lazy<MapDrawing>(() =>
        {
            Interlocked.Increment(ref _prepared);
            return prepare();
        })).Value;
}

using Tanso.Core.Governments;

namespace Tanso.Web.Portal;

/// <summary>A 2018 boundary region and the government it stands for on the map today.</summary>
/// <param name="Code">SGIS code of the 2018 region.</param>
/// <param name="Government">The government the region belongs to: itself, its city (a non-autonomous 일반구), or its
/// 시·도 (Sejong's and Jeju's non-autonomous areas).</param>
/// <param name="ProvinceId">The 시·도 whose map shows the region (Gunwi-gun: Daegu since 2023).</param>
internal sealed record RegionLink(string Code, Government Government, int ProvinceId);

/// <summary>
/// Maps SGIS codes of the 2018 boundaries to Tanso's governments. A 시·도 by its SGIS code; a 시·군·구 by its SGIS
/// code; a non-autonomous district (일반구, part_of_city in municipalities-2018.csv) to its city; Sejong's and
/// Jeju's areas to the 시·도 itself. A region is drawn on the map of the 시·도 its government belongs to now (its latest
/// affiliation), so Gunwi-gun appears under Daegu; governments that ended (Incheon's 중구 and 동구 on 2026-06-30) keep
/// their 2018 region, and governments created later have no 2018 boundary and are listed beside the map instead.
/// </summary>
internal sealed class MapRegions
{
    private static readonly Lazy<Dictionary<string, string>> PartOfCity = new(ReadPartOfCity);

    private readonly Dictionary<string, RegionLink> _links;

    private MapRegions(Dictionary<string, RegionLink> links, IReadOnlyList<string> unmapped) => (_links, Unmapped) = (links, unmapped);

    /// <summary>SGIS codes that matched no government (empty when the seed data is complete).</summary>
    public IReadOnlyList<string> Unmapped { get; }

    public RegionLink? this[string code] => _links.GetValueOrDefault(code);

    public IEnumerable<RegionLink> All => _links.Values;

    public static MapRegions Build(IReadOnlyList<Government> governments, IReadOnlyList<GovernmentAffiliation> affiliations)
    {
        var provinces = governments.Where(g => g.Level == GovernmentLevel.Province && g.SgisCode is not null).ToDictionary(g => g.SgisCode!.Value.Value);
        var bySgis = governments.Where(g => g.Level == GovernmentLevel.Municipality && g.SgisCode is not null).ToDictionary(g => g.SgisCode!.Value.Value);
        var latestParent = affiliations.GroupBy(a => a.GovernmentId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.ValidFrom ?? DateOnly.MinValue).First().ParentId);
        var links = new Dictionary<string, RegionLink>();
        var unmapped = new List<string>();
        foreach (var p in provinces)
        {
            links[p.Key] = new RegionLink(p.Key, p.Value, p.Value.Id);
        }
        foreach (var region in TopoJson.MunicipalitiesLayer.Regions)
        {
            var province = provinces.GetValueOrDefault(region.Code[..2]);
            Government? government = bySgis.GetValueOrDefault(region.Code);
            if (government is null && province is not null)
            {
                government = PartOfCity.Value.TryGetValue(region.Code, out var city)
                    ? governments.FirstOrDefault(g => g.ParentId == province.Id && g.NameKo == city)
                    : region.Code[..2] is "29" or "39" ? province : null;
            }
            if (government is null || province is null)
            {
                unmapped.Add(region.Code);
                continue;
            }
            var parent = government.Level == GovernmentLevel.Province ? government.Id : latestParent.GetValueOrDefault(government.Id, government.ParentId ?? province.Id);
            links[region.Code] = new RegionLink(region.Code, government, parent);
        }
        return new MapRegions(links, unmapped);
    }

    /// <summary>The 2018 municipal regions drawn on a 시·도's map.</summary>
    public IReadOnlyList<RegionLink> MunicipalRegionsOf(int provinceId) =>
        _links.Values.Where(l => l.Code.Length == 5 && l.ProvinceId == provinceId).ToList();

    private static Dictionary<string, string> ReadPartOfCity()
    {
        using var stream = typeof(Data.TansoDb).Assembly.GetManifestResourceStream("Tanso.Data.Seed.municipalities-2018.csv")
            ?? throw new InvalidOperationException("municipalities-2018.csv is not embedded in Tanso.Data.");
        using var reader = new StreamReader(stream);
        var header = reader.ReadLine()!.Split(',');
        var (code, partOf) = (Array.IndexOf(header, "sgis_code"), Array.IndexOf(header, "part_of_city"));
        var result = new Dictionary<string, string>();
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split(',');
            if (cells.Length > partOf && cells[partOf].Trim() is { Length: > 0 } city)
            {
                result[cells[code].Trim()] = city;
            }
        }
        return result;
    }
}

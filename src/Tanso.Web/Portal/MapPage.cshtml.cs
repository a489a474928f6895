using Tanso.Core.Comparison;
using Tanso.Core;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Governments;
using Tanso.Data;

namespace Tanso.Web.Portal;

/// <summary>One region drawn on the map: its government, its outline(s), and the measure's value.</summary>
internal sealed record MapRegion(Government Government, string Name, IReadOnlyList<string> Paths, MeasureValue Value, string Href, string? Note);

/// <summary>
/// The map of Korea coloured by a measure, drawn on the server as SVG: the 17 시·도, or one 시·도's 시·군·구. Every region is
/// a link with its name and value; a legend, "no data" hatched, and a table with the same numbers.
/// </summary>
internal sealed class MapPageModel(TansoDb db, TimeProvider clock, MapAtlas atlas) : PageModel
{
    public MapMeasure Measure { get; private set; }
    public Government? Province { get; private set; }
    public IReadOnlyList<Government> Provinces { get; private set; } = [];
    public MapDrawing Drawing { get; private set; } = new(0, 0, []);
    public IReadOnlyList<MapRegion> Regions { get; private set; } = [];
    /// <summary>Governments of the 시·도 with no 2018 boundary (created later), listed beside the map.</summary>
    public IReadOnlyList<MapRegion> WithoutBoundary { get; private set; } = [];
    public MapRegion? ProvinceRegion { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? measure, int? province, CancellationToken ct)
    {
        if (Measures.Parse(measure) is not { } m)
        {
            return BadRequest();
        }
        Measure = m;
        var governments = await db.Governments.AsNoTracking().ToListAsync(ct);
        Provinces = governments.Where(g => g.Level == GovernmentLevel.Province).OrderBy(g => g.AdministrativeCode?.Value, StringComparer.Ordinal).ToList();
        if (province is { } pid && Provinces.FirstOrDefault(p => p.Id == pid) is not { } chosen)
        {
            return NotFound();
        }
        Province = Provinces.FirstOrDefault(p => p.Id == province);
        var regions = MapRegions.Build(governments, await db.GovernmentAffiliations.AsNoTracking().ToListAsync(ct));
        var today = KoreanTime.Today(clock);
        var withChecks = m == MapMeasure.Grade;
        var q = $"measure={m.Key()}";
        if (Province is null)
        {
            Drawing = atlas.Country();
            var facts = (await PortalFacts.LoadAsync(db, Provinces, withChecks, clock, ct)).ToDictionary(f => f.Government.Id);
            Regions = Drawing.Shapes.Select(s => regions[s.Code]!.Government).Select(g => new MapRegion(g, g.Name(Infrastructure.Text.Language),
                Drawing.Shapes.Where(s => s.Code == g.SgisCode!.Value.Value).Select(s => s.Path).ToList(), Measures.Of(m, facts[g.Id]),
                $"/portal/map?{q}&province={g.Id}", null)).ToList();
            return Page();
        }
        var links = regions.MunicipalRegionsOf(Province.Id);
        Drawing = atlas.Province(links.Select(l => l.Code).ToList());
        var members = links.Select(l => l.Government).DistinctBy(g => g.Id).ToList();
        var later = governments.Where(g => g.ParentId == Province.Id && g.Level == GovernmentLevel.Municipality && g.SgisCode is null
            && members.All(x => x.Id != g.Id) && g.IsValidOn(today)).ToList();
        // 세종 and 제주 have no 시·군·구: their only region is the province itself (its 행정시), which is also in members.
        Government[] self = members.Any(g => g.Id == Province.Id) ? [] : [Province];
        IReadOnlyList<Government> wanted = [.. members, .. later, .. self];
        var all = (await PortalFacts.LoadAsync(db, wanted, withChecks, clock, ct)).ToDictionary(f => f.Government.Id);
        var paths = Drawing.Shapes.ToLookup(s => links.First(l => l.Code == s.Code).Government.Id, s => s.Path);
        string? NoteOf(Government g) => g.Id == Province.Id
            ? Infrastructure.Text.T("행정시·행정구역 (자치단체 아님)", "non-autonomous areas")
            : g.ValidTo is { } end && end < today ? Infrastructure.Text.T($"{end:yyyy-MM-dd}까지 존속, 2018년 경계", $"existed until {end:yyyy-MM-dd}; 2018 boundary") : null;
        Regions = members.Select(g => new MapRegion(g, g.Name(Infrastructure.Text.Language), paths[g.Id].ToList(), Measures.Of(m, all[g.Id]),
                $"/portal/governments/{g.Id}", NoteOf(g)))
            .OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
        WithoutBoundary = later.Select(g => new MapRegion(g, g.Name(Infrastructure.Text.Language), [], Measures.Of(m, all[g.Id]), $"/portal/governments/{g.Id}",
            Infrastructure.Text.T($"{g.ValidFrom:yyyy-MM-dd} 신설, 2018년 경계 자료에 없음", $"created {g.ValidFrom:yyyy-MM-dd}; not in the 2018 boundaries"))).ToList();
        ProvinceRegion = new MapRegion(Province, Province.Name(Infrastructure.Text.Language), [], Measures.Of(m, all[Province.Id]), $"/portal/governments/{Province.Id}", null);
        return Page();
    }
}

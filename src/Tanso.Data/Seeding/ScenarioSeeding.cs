using Microsoft.EntityFrameworkCore;
using Tanso.Core.Figures;
using Tanso.Core.Governments;
using Tanso.Core.Inventory;
using Tanso.Core.Pathways;
using Tanso.Core.Plans;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;

namespace Tanso.Data.Seeding;

/// <summary>
/// The official national pathways, built from the seeded official figures (each point keeps its figure's status
/// and source): the 2030 NDC and the 1st National Basic Plan from the 2018 base to 2030, and the 2050 scenarios A
/// and B from the 2018 base through the NDC's 2030 values to 2050. A sector a series does not list, while another
/// year of the same pathway does, is 0 in that year and says so (status derived).
/// </summary>
internal static class ScenarioSeeding
{
    private sealed record Composition(string Code, string NameKo, string NameEn, string DescriptionKo, string[] SeriesCodes);

    private static readonly Composition[] Official =
    [
        new("ndc-2021", "2030 NDC 경로 (2021.10)", "2030 NDC pathway (October 2021)",
            "2018년 기준연도 배출량에서 2030 국가 온실가스 감축목표(NDC 상향안, 2021.10)의 부문별 목표까지 직선으로 잇는 경로. The 2018 base-year inventory joined by straight lines to the sector targets of the October 2021 NDC.",
            ["inventory-2018", "ndc-2021"]),
        new("basic-plan-2023", "제1차 국가 기본계획 2030 경로 (2023.4)", "1st National Basic Plan pathway to 2030 (April 2023)",
            "2018년 기준연도 배출량에서 제1차 국가 탄소중립·녹색성장 기본계획(2023.4)의 2030 부문별 목표까지 직선 경로. The 2018 base joined by straight lines to the Basic Plan's 2030 sector targets.",
            ["inventory-2018", "basic-plan-2023"]),
        new("scenario-2050-a", "2050 탄소중립 시나리오 A안 (2021.10)", "2050 carbon-neutrality scenario A (October 2021)",
            "2018년 기준연도 → 2030 NDC(2021.10, 같은 날 발표) → 2050 A안의 부문별 값을 직선으로 잇는 경로. 2030 값은 NDC의 값입니다. The 2018 base, the NDC's 2030 values (published the same day) and Scenario A's 2050 values, joined by straight lines.",
            ["inventory-2018", "ndc-2021", "scenario-2050-a"]),
        new("scenario-2050-b", "2050 탄소중립 시나리오 B안 (2021.10)", "2050 carbon-neutrality scenario B (October 2021)",
            "2018년 기준연도 → 2030 NDC(2021.10) → 2050 B안의 부문별 값을 직선으로 잇는 경로. 2030 값은 NDC의 값입니다. The 2018 base, the NDC's 2030 values and Scenario B's 2050 values, joined by straight lines.",
            ["inventory-2018", "ndc-2021", "scenario-2050-b"]),
    ];

    public static async Task<int> SeedAsync(TansoDb db, CancellationToken ct)
    {
        var existing = (await db.Scenarios.Where(s => s.Code != null).Select(s => s.Code!).ToListAsync(ct)).ToHashSet();
        var missing = Official.Where(c => !existing.Contains(c.Code)).ToList();
        if (missing.Count == 0)
        {
            return 0;
        }
        var nation = await db.Governments.SingleAsync(g => g.Level == GovernmentLevel.National, ct);
        var series = await db.FigureSeries.AsNoTracking().ToDictionaryAsync(s => s.Code, ct);
        var figures = await db.OfficialFigures.AsNoTracking().ToListAsync(ct);
        foreach (var c in missing)
        {
            db.Scenarios.Add(Build(c, nation.Id, c.SeriesCodes.Select(code => (series[code], figures.Where(f => f.SeriesId == series[code].Id && !f.Line.IsTotal).ToList())).ToList()));
        }
        await db.SaveChangesAsync(ct);
        return missing.Count;
    }

    private static Scenario Build(Composition c, int nationId, List<(FigureSeries Series, List<OfficialFigure> Figures)> parts)
    {
        var years = parts.Select(p => p.Series.Year).ToList();
        var scenario = new Scenario(nationId, c.NameKo, c.NameEn, years[0], years[^1], Interpolation.StraightLine);
        var sectors = parts.SelectMany(p => p.Figures).Select(f => f.Line.Sector!.Value).Distinct().ToList();
        foreach (var (s, figures) in parts)
        {
            foreach (var sector in sectors)
            {
                if (figures.FirstOrDefault(f => f.Line.Sector == sector) is { } figure)
                {
                    scenario.SetPoint(sector, s.Year, figure.Value, figure.Status, figure.Source);
                }
                else
                {
                    var name = SectorTaxonomy.Get(sector);
                    scenario.SetPoint(sector, s.Year, TonnesCo2e.Zero, FigureStatus.Derived,
                        $"{s.NameKo}에 {name.NameKo} 항목이 없어 0으로 둠 ({s.NameEn} has no {name.NameEn} line: 0)");
                }
            }
        }
        // Every official figure is set on the NDC's base-year inventory (1996 guidelines); the total is the sum of the
        // lines, so it counts LULUCF and each adjustment line the scenario has.
        var adjustments = (sectors.Contains(SectorTaxonomy.Ccus.Code) ? BasisAdjustments.Ccus : BasisAdjustments.None)
            | (sectors.Contains(SectorTaxonomy.InternationalCredits.Code) ? BasisAdjustments.InternationalCredits : BasisAdjustments.None)
            | (sectors.Contains(SectorTaxonomy.DirectAirCapture.Code) ? BasisAdjustments.DirectAirCapture : BasisAdjustments.None);
        var kind = adjustments != BasisAdjustments.None ? BasisKind.NetWithAdjustments : sectors.Contains(SectorTaxonomy.Lulucf.Code) ? BasisKind.Net : BasisKind.Gross;
        scenario.CountOn(new EmissionsBasis(kind, adjustments, IpccGuidelines.Ipcc1996));
        scenario.MarkOfficial(c.Code, c.DescriptionKo);
        return scenario;
    }
}

using Microsoft.EntityFrameworkCore;
using Tanso.Core.Figures;
using Tanso.Core.Governments;
using Tanso.Core.Plans;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;
using Tanso.Data;

namespace Tanso.Web.Plans;

/// <summary>One member of the cascade table: a government, its published plan (if any) and its target.</summary>
internal sealed record CascadeRow(Government Government, Plan? Plan, TonnesCo2e? Target);

/// <summary>The cascade table for a year and sector under one upper government.</summary>
internal sealed record CascadeView(Government Upper, int Year, SectorCode? Sector, TonnesCo2e? UpperTarget, EmissionsBasis? UpperBasis, string UpperSource,
    IReadOnlyList<CascadeRow> Rows, CascadeResult? Result)
{
    /// <summary>Whether the row's target was left out of the sum because it counts other emissions than the upper target.</summary>
    public bool IsOtherBasis(CascadeRow row) => Result?.OtherBasisMembers.Contains(row.Government.Id) == true;
}

/// <summary>
/// Gathers what the cascade check needs: each member's newest published plan and its target for the year and
/// sector (only targets the plan states; none is inferred), and the upper target — the upper government's
/// published plan, or for the nation, when it has no plan in Tanso, the official target of that year (the
/// 2021 NDC for 2030).
/// </summary>
internal static class CascadeQuery
{
    public static async Task<CascadeView?> RunAsync(TansoDb db, int? parentId, int year, SectorCode? sector, CancellationToken ct)
    {
        var governments = await db.Governments.AsNoTracking().ToListAsync(ct);
        var upper = parentId is { } p ? governments.FirstOrDefault(g => g.Id == p) : governments.Single(g => g.Level == GovernmentLevel.National);
        if (upper is null || upper.Level == GovernmentLevel.Municipality)
        {
            return null;
        }
        var day = new DateOnly(year, 12, 31);
        var members = upper.Level == GovernmentLevel.National
            ? governments.Where(g => g.Level == GovernmentLevel.Province).ToList()
            : await MunicipalitiesOfAsync(db, governments, upper.Id, day, ct);
        var ids = members.Select(m => m.Id).Append(upper.Id).ToList();
        var published = (await db.Plans.AsNoTracking().Include(x => x.Targets).Where(x => ids.Contains(x.GovernmentId) && x.Status == PlanStatus.Published).ToListAsync(ct))
            .GroupBy(x => x.GovernmentId).ToDictionary(g => g.Key, g => g.OrderByDescending(x => x.Revision).ThenByDescending(x => x.Id).First());

        var bases = new Dictionary<int, IReadOnlyDictionary<SectorCode, TonnesCo2e>>();
        foreach (var plan in published.Values.Where(p => sector is not null && p.Targets.Any(t => t.Year == year && t.Sector == sector && t.Kind == TargetKind.ReductionPercent)))
        {
            bases[plan.Id] = (await SectorBases.ForAsync(db, plan, ct)).Bases;
        }
        TonnesCo2e? TargetOf(Plan? plan) => plan?.Targets.FirstOrDefault(t => t.Year == year && t.Sector == sector)?
            .Resolve(plan, bases.GetValueOrDefault(plan.Id) ?? new Dictionary<SectorCode, TonnesCo2e>());
        var rows = members.OrderBy(m => m.AdministrativeCode?.Value ?? m.SgisCode?.Value ?? m.NameKo, StringComparer.Ordinal)
            .Select(m => new CascadeRow(m, published.GetValueOrDefault(m.Id), TargetOf(published.GetValueOrDefault(m.Id)))).ToList();

        var (upperTarget, upperBasis, upperSource) = published.GetValueOrDefault(upper.Id) is { } upperPlan && TargetOf(upperPlan) is { } t
            ? (t, upperPlan.Basis, upperPlan.Title)
            : upper.Level == GovernmentLevel.National ? await OfficialTargetAsync(db, year, sector, ct) : (null, null, "");
        var result = upperTarget is { } target
            ? Cascade.Check(target, upperBasis ?? EmissionsBasis.Unstated, sector,
                rows.Select(r => new CascadeMember(r.Government.Id, r.Target, r.Plan?.Basis ?? EmissionsBasis.Unstated)))
            : null;
        return new CascadeView(upper, year, sector, upperTarget, upperTarget is null ? null : upperBasis ?? EmissionsBasis.Unstated, upperSource, rows, result);
    }

    private static async Task<List<Government>> MunicipalitiesOfAsync(TansoDb db, List<Government> governments, int provinceId, DateOnly day, CancellationToken ct)
    {
        var affiliations = await db.GovernmentAffiliations.AsNoTracking().Where(a => a.ParentId == provinceId).ToListAsync(ct);
        var ids = affiliations.Where(a => a.IsValidOn(day)).Select(a => a.GovernmentId).ToHashSet();
        return governments.Where(g => ids.Contains(g.Id) && g.IsValidOn(day)).ToList();
    }

    /// <summary>The nation's official target of the year: the NDC's, counted net of LULUCF, CCUS and international reductions
    /// on the 1996 guidelines (<see cref="EmissionsBasis.NationalNdc"/>).</summary>
    private static async Task<(TonnesCo2e?, EmissionsBasis?, string)> OfficialTargetAsync(TansoDb db, int year, SectorCode? sector, CancellationToken ct)
    {
        var ndc = await db.FigureSeries.AsNoTracking().Where(s => s.Kind == SeriesKind.Target && s.Year == year).OrderBy(s => s.Order).FirstOrDefaultAsync(ct);
        if (ndc is null)
        {
            return (null, null, "");
        }
        var line = sector is { } s ? FigureLine.ForSector(s) : FigureLine.TotalNet;
        var figure = (await db.OfficialFigures.AsNoTracking().Where(f => f.SeriesId == ndc.Id).ToListAsync(ct)).FirstOrDefault(f => f.Line == line);
        return figure is null ? (null, null, "") : (figure.Value, EmissionsBasis.NationalNdc, $"{ndc.NameKo} — {figure.Source}");
    }
}

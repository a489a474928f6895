using Microsoft.EntityFrameworkCore;
using Tanso.Core.Governments;
using Tanso.Core.Regional;
using Tanso.Data;

namespace Tanso.Web.DataSets;

/// <summary>A province's published figures and those of its 시·군·구, as the data page and the API show them.</summary>
internal sealed record RegionalData(Government Province, IReadOnlyDictionary<int, Government> Governments, IReadOnlyList<RegionalFigure> Figures)
{
    public IEnumerable<RegionalFigure> OfProvince => Figures.Where(f => f.GovernmentId == Province.Id);

    public IEnumerable<RegionalFigure> OfParts => Figures.Where(f => f.GovernmentId != Province.Id);

    public IReadOnlyList<SumComparison> Comparison => RegionalConsistency.ProvinceAgainstParts(OfProvince, OfParts);
}

internal static class DataQueries
{
    /// <summary>The province with this administrative code and every published figure of it and its 시·군·구, or null.</summary>
    public static async Task<RegionalData?> RegionalAsync(TansoDb db, string adminCode, CancellationToken ct)
    {
        var province = (await db.Governments.AsNoTracking().Where(g => g.Level == GovernmentLevel.Province).ToListAsync(ct))
            .SingleOrDefault(g => g.AdministrativeCode?.Value == adminCode);
        if (province is null)
        {
            return null;
        }
        var governments = await db.Governments.AsNoTracking().Where(g => g.Id == province.Id || g.ParentId == province.Id).ToDictionaryAsync(g => g.Id, ct);
        var ids = governments.Keys.ToList();
        var figures = await db.RegionalFigures.AsNoTracking().Where(f => ids.Contains(f.GovernmentId)).OrderBy(f => f.Order).ToListAsync(ct);
        return new RegionalData(province, governments, figures);
    }

    /// <summary>Every published target with its government.</summary>
    public static async Task<IReadOnlyList<(PublishedTarget Target, Government Government)>> TargetsAsync(TansoDb db, CancellationToken ct)
    {
        var targets = await db.PublishedTargets.AsNoTracking().ToListAsync(ct);
        var governments = await db.Governments.AsNoTracking().Where(g => g.Level == GovernmentLevel.Province).ToDictionaryAsync(g => g.Id, ct);
        return targets.Select(t => (t, governments[t.GovernmentId]))
            .OrderBy(x => x.t.Status).ThenBy(x => x.Item2.AdministrativeCode?.Value, StringComparer.Ordinal).ToList();
    }
}

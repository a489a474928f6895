using Microsoft.EntityFrameworkCore;
using Tanso.Core.Figures;
using Tanso.Core.Governments;

namespace Tanso.Data;

/// <summary>Reusable queries.</summary>
public static class Queries
{
    /// <summary>Figures with their series and edition, in display order.</summary>
    public static IQueryable<OfficialFigure> WithProvenance(this IQueryable<OfficialFigure> figures) =>
        figures.AsNoTracking().Include(f => f.Series).Include(f => f.Edition);

    /// <summary>The series with this code, or an error message listing the known codes.</summary>
    public static async Task<(FigureSeries? Series, string? Error)> FindSeriesAsync(this TansoDb db, string code, CancellationToken ct)
    {
        var series = await db.FigureSeries.AsNoTracking().SingleOrDefaultAsync(s => s.Code == code, ct);
        if (series is not null)
        {
            return (series, null);
        }
        var known = await db.FigureSeries.OrderBy(s => s.Order).Select(s => s.Code).ToListAsync(ct);
        return (null, $"Unknown series '{code}'. Known series: {string.Join(", ", known)}.");
    }

    /// <summary>Governments in display order: the nation, then 시·도 by code.</summary>
    public static IQueryable<Government> InDisplayOrder(this IQueryable<Government> governments) =>
        governments.AsNoTracking().OrderBy(g => g.Level).ThenBy(g => g.AdministrativeCode);
}

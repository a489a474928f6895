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

    /// <summary>Governments in display order: the nation, then 시·도 by code.</summary>
    public static IQueryable<Government> InDisplayOrder(this IQueryable<Government> governments) =>
        governments.AsNoTracking().OrderBy(g => g.Level).ThenBy(g => g.AdministrativeCode);
}

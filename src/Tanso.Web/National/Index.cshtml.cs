using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Quantities;
using Tanso.Data;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.National;

internal sealed class IndexModel(TansoDb db) : PageModel
{
    public NationalPicture Picture { get; private set; } = null!;
    public string ChartJson { get; private set; } = "{}";
    public NationalSeries Series { get; private set; } = null!;

    /// <summary>The editions the figures table and its chart are measured against, with their guidelines.</summary>
    public string PictureEditions => string.Join("; ", Picture.Editions.Select(e => NationalSeries.Label(e, Text.IsEnglish)));

    public async Task OnGetAsync(CancellationToken ct)
    {
        var figures = await db.OfficialFigures.WithProvenance().ToListAsync(ct);
        Picture = NationalPicture.Build(figures, Text.IsEnglish);
        ChartJson = NationalChart.ToJson(Picture, Text.IsEnglish);
        Series = await NationalSeries.LoadAsync(db, ct);
    }

    /// <summary>The change of a series' net total against the base column's gross total, e.g. −40.0 % for the NDC.</summary>
    public Percentage? ChangeFromBase(Core.Figures.FigureSeries series)
    {
        var baseSeries = Picture.Columns.FirstOrDefault(c => c.Kind == Core.Figures.SeriesKind.Inventory);
        if (baseSeries is null || Picture.GrossTotal(baseSeries) is not { } b || Picture.NetTotal(series) is not { } n)
        {
            return null;
        }
        return Percentage.Change(b.Value.ToTonnes(), n.Value.ToTonnes());
    }
}

using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanso.Web.Infrastructure;
using Tanso.Core.Figures;
using Tanso.Core.Quantities;
using Tanso.Data;

namespace Tanso.Web.National;

internal static class NationalApi
{
    public static void MapNationalApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/national").WithTags("National figures");
        api.MapGet("/series", ListSeries).CacheOutput(PublicCache.Policy).WithSummary("Series of official national figures (inventory, targets, scenarios)");
        api.MapGet("/figures", ListFigures).CacheOutput(PublicCache.Policy).WithSummary("Official national figures by sector, with source, status and inventory edition");
    }

    private static async Task<Ok<SeriesDto[]>> ListSeries(TansoDb db, CancellationToken ct)
    {
        var series = await db.FigureSeries.AsNoTracking().OrderBy(s => s.Order).ToListAsync(ct);
        return TypedResults.Ok(series.Select(s => s.ToDto()).ToArray());
    }

    private static async Task<Results<Ok<FigureDto[]>, ValidationProblem>> ListFigures([AsParameters] FigureQuery query, TansoDb db, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        ReportingYear? year = null;
        if (query.Year is not null)
        {
            if (ReportingYear.TryParse(query.Year, out var y))
            {
                year = y;
            }
            else
            {
                errors["year"] = [$"'{query.Year}' is not a year: give a whole number from {ReportingYear.Min} to {ReportingYear.Max}."];
            }
        }
        FigureSeries? series = null;
        if (query.Series is not null)
        {
            (series, var error) = await db.FindSeriesAsync(query.Series, ct);
            if (error is not null)
            {
                errors["series"] = [error];
            }
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The query has invalid parameters.");
        }

        var figures = db.OfficialFigures.WithProvenance();
        if (series is not null)
        {
            figures = figures.Where(f => f.SeriesId == series.Id);
        }
        if (year is { } yy)
        {
            figures = figures.Where(f => f.Year == yy);
        }
        var list = await figures.ToListAsync(ct);
        return TypedResults.Ok(list.OrderBy(f => f.Series!.Order).ThenBy(f => f.Line.DisplayOrder).Select(f => f.ToDto()).ToArray());
    }
}

// Oblivious strings with null defaults: the request delegate generator writes typeof(string?) for an annotated one,
// which does not compile; a default still makes each optional.
#nullable disable
internal sealed record FigureQuery(
    [property: Description("Series code, e.g. ndc-2021 (see /api/national/series).")] string Series = null,
    [property: Description("Year the figures refer to, 1990–2100, e.g. 2030.")] string Year = null);
#nullable restore

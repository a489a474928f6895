using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanso.Data;
using Tanso.Data.Statistics;
using Tanso.Web.Accounts;
using Tanso.Web.Infrastructure;
using Tanso.Web.Inventory;
using Tanso.Data.Tabular;
using Microsoft.AspNetCore.Mvc;

namespace Tanso.Web.Governments;

internal static class StatisticsApi
{
    public static void MapStatisticsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/governments").WithTags("Governments");
        api.MapGet("/{id:int}/statistics", List).WithSummary("Population and GRDP of a government by year");
        api.MapPost("/statistics", Import).WithSummary("Import population and GRDP from CSV or .xlsx, all or nothing (columns: government, year, population, grdp_million_krw, source; or a KOSIS download with its table id as source)")
            .RequireAuthorization().DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .Produces<StatisticsImportDto>().Produces<StatisticsImportDto>(StatusCodes.Status422UnprocessableEntity).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).WithMetadata(new RequestSizeLimitAttribute(RequestBodyLimits.Workbook));
    }

    internal sealed record StatisticDto(int Year, long? Population, decimal? GrdpMillionKrw, string Source);

    internal sealed record StatisticsImportDto(bool Committed, bool DryRun, int Inserted, int Updated, IReadOnlyList<ProblemDto> Problems, IReadOnlyList<string> LeftOut);

    private static async Task<Ok<StatisticDto[]>> List(int id, TansoDb db, CancellationToken ct) =>
        TypedResults.Ok((await db.GovernmentStatistics.AsNoTracking().Where(s => s.GovernmentId == id).OrderBy(s => s.Year).ToListAsync(ct))
            .Select(s => new StatisticDto(s.Year, s.Population, s.GrdpMillionKrw, s.Source)).ToArray());

    private static async Task<IResult> Import(
        HttpRequest request, ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return TypedResults.Forbid();
        }
        var (form, file, refusal) = await WorkbookUpload.ReadAsync(request, [".csv", ".txt", ".xlsx"], UploadLimits.Workbook, ct);
        if (refusal is not null)
        {
            return refusal.ToResult();
        }
        var dryRun = string.Equals(form!["dryRun"], "true", StringComparison.OrdinalIgnoreCase);
        var result = await StatisticsImporter.RunAsync(db, file!.Value.Name, file.Value.Content, form["source"].ToString(), InventoryAccess.MayWrite(user), dryRun, ct);
        var dto = new StatisticsImportDto(result.Committed, dryRun, result.Inserted, result.Updated, result.Problems.Select(p => p.ToDto()).ToList(), result.LeftOut);
        return result.Problems.Count > 0 ? TypedResults.UnprocessableEntity(dto) : TypedResults.Ok(dto);
    }
}

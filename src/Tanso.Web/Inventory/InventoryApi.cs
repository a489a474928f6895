using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Inventory;
using Tanso.Data;
using Tanso.Data.Inventory;

using Tanso.Web.Infrastructure;

namespace Tanso.Web.Inventory;

internal static class InventoryApi
{
    public static void MapInventoryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Inventory");
        api.MapGet("/inventory/editions", Editions).WithSummary("Inventory editions, newest first");
        api.MapGet("/governments/{id:int}/inventory", Current).WithSummary("A government's inventory: its current edition unless ?edition= names another");
        api.MapGet("/governments/{id:int}/inventory/diff", Diff).WithSummary("What changed for a government between two editions (?from=&to=)");
        api.MapGet("/governments/{id:int}/inventory/export", Export).WithSummary("The inventory as wide or long CSV (UTF-8 with BOM) or .xlsx")
            .ProducesFile("text/csv", FileAnswers.Xlsx);
        api.MapGet("/inventory/templates/{layout}.{format}", Template).WithSummary("An import template: layout wide or long, format csv or xlsx")
            .ProducesFile("text/csv", FileAnswers.Xlsx);
        api.MapPost("/inventory/imports", Import).WithSummary("Import a CSV or .xlsx file, all or nothing; dryRun=true only checks it")
            .RequireAuthorization().DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(InventoryAccess.MaxUploadBytes + 1024 * 1024));
        app.MapEditionApi();
    }

    private static async Task<Ok<EditionDto[]>> Editions(TansoDb db, CancellationToken ct) =>
        TypedResults.Ok((await db.InventoryEditions.AsNoTracking().ToListAsync(ct)).OrderByDescending(e => e.PublishedOn).Select(e => e.ToDto()).ToArray());

    private static async Task<Results<Ok<GovernmentInventoryDto>, NotFound<ProblemDetails>>> Current(int id, string? edition, TansoDb db, CancellationToken ct)
    {
        var (government, editions, chosen) = await ChooseAsync(db, id, edition, ct);
        if (government is null || chosen is null)
        {
            return TypedResults.NotFound(new ProblemDetails { Title = "No inventory", Detail = government is null ? $"No government {id}." : $"Government {id} has no inventory{(edition is null ? "" : $" in edition '{edition}'")}." });
        }
        var entries = await db.EntriesAsync(id, chosen.Id, ct);
        var lines = await db.InventoryReportedLines.AsNoTracking().Where(l => l.GovernmentId == id && l.EditionId == chosen.Id).ToListAsync(ct);
        return TypedResults.Ok(new GovernmentInventoryDto(id, government.NameKo, chosen.ToDto(), chosen.IsSample,
            editions.Where(e => e.Id != chosen.Id).Select(e => e.ToDto()).ToList(),
            entries.OrderBy(e => e.Year.Value).ThenBy(e => Core.Sectors.SectorTaxonomy.Get(e.Sector).Order).ThenBy(e => e.Category, StringComparer.Ordinal).Select(e => e.ToDto()).ToList(),
            lines.OrderBy(l => l.Year).ThenBy(l => l.Role).ThenBy(l => l.Category, StringComparer.Ordinal).Select(l => l.ToDto()).ToList()));
    }

    private static async Task<Results<Ok<DiffDto>, NotFound<ProblemDetails>>> Diff(int id, string from, string to, TansoDb db, CancellationToken ct)
    {
        var editions = await db.InventoryEditions.AsNoTracking().Where(e => e.Code == from || e.Code == to).ToListAsync(ct);
        if (editions.FirstOrDefault(e => e.Code == from) is not { } a || editions.FirstOrDefault(e => e.Code == to) is not { } b)
        {
            return TypedResults.NotFound(new ProblemDetails { Title = "Unknown edition", Detail = $"Edition '{from}' or '{to}' does not exist." });
        }
        var changes = InventoryDiff.Compare(await db.EntriesAsync(id, a.Id, ct), await db.EntriesAsync(id, b.Id, ct));
        return TypedResults.Ok(new DiffDto(from, to,
            changes.Select(c => new ChangeDto(c.Sector, c.SubSector, c.Gas.Label(), c.Year, c.Before?.Value, c.After?.Value, c.Delta.Value)).ToList(),
            InventoryDiff.ByYear(changes).ToDictionary(kv => kv.Key, kv => kv.Value.Value)));
    }

    private static async Task<Results<FileContentHttpResult, NotFound<ProblemDetails>, ValidationProblem>> Export(
        int id, string? edition, string? layout, string? format, TansoDb db, CancellationToken ct)
    {
        layout ??= "wide";
        format ??= "csv";
        if (layout is not ("wide" or "long") || format is not ("csv" or "xlsx"))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [layout is "wide" or "long" ? "format" : "layout"] = ["layout is wide or long; format is csv or xlsx"] });
        }
        var (government, _, chosen) = await ChooseAsync(db, id, edition, ct);
        if (government is null || chosen is null)
        {
            return TypedResults.NotFound(new ProblemDetails { Title = "No inventory", Detail = $"Government {id} has no inventory to export." });
        }
        var directory = await GovernmentDirectory.LoadAsync(db, ct);
        var (header, rows) = InventoryExport.Table(await db.EntriesAsync(id, chosen.Id, ct), gid => directory.FullName(directory.ById(gid)!), layout);
        var name = $"tanso-{government.NameEn.ToLowerInvariant().Replace(' ', '-')}-{chosen.Code}-{layout}";
        return format == "csv"
            ? TypedResults.File(InventoryExport.Csv(header, rows), "text/csv; charset=utf-8", name + ".csv")
            : TypedResults.File(InventoryExport.Xlsx(chosen.IsSample ? "예시 데이터" : "인벤토리", header, rows), FileAnswers.Xlsx, name + ".xlsx");
    }

    private static Results<FileContentHttpResult, NotFound> Template(string layout, string format)
    {
        if (layout is not ("wide" or "long") || format is not ("csv" or "xlsx"))
        {
            return TypedResults.NotFound();
        }
        var (header, rows) = InventoryExport.Template(layout);
        return format == "csv"
            ? TypedResults.File(InventoryExport.Csv(header, rows), "text/csv; charset=utf-8", $"tanso-inventory-{layout}.csv")
            : TypedResults.File(InventoryExport.Xlsx("인벤토리", header, rows), FileAnswers.Xlsx, $"tanso-inventory-{layout}.xlsx");
    }

    private static async Task<Results<Ok<ImportResultDto>, UnprocessableEntity<ImportResultDto>, ForbidHttpResult, ValidationProblem>> Import(
        HttpRequest request, ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        if (user.ToActorIsWriter() is false)
        {
            return TypedResults.Forbid();
        }
        var (form, file, error) = await InventoryUpload.ReadAsync(request, ct);
        if (error is not null)
        {
            return error;
        }
        var dryRun = string.Equals(form!["dryRun"], "true", StringComparison.OrdinalIgnoreCase);
        var (spec, options) = (InventoryUpload.Edition(form), InventoryUpload.Options(form));
        var result = await InventoryImporter.RunAsync(db, file!.Value.Name, file.Value.Content, spec, options, InventoryAccess.MayWrite(user), dryRun, null, ct);
        var preview = result.Report.Layout is null ? null : await ImportPreview.BuildAsync(db, result.Report, result.EditionIsNew ? null : result.Edition?.Id, ct);
        var dto = result.ToDto(dryRun, preview, spec.ToDto(options));
        return result.Problems.Count > 0 ? TypedResults.UnprocessableEntity(dto) : TypedResults.Ok(dto);
    }

    /// <summary>The government, its editions, and the one asked for (the current one by default).</summary>
    internal static async Task<(Core.Governments.Government?, IReadOnlyList<Core.Figures.InventoryEdition>, Core.Figures.InventoryEdition?)> ChooseAsync(
        TansoDb db, int id, string? edition, CancellationToken ct)
    {
        var government = await db.Governments.FindAsync([id], ct);
        var editions = await db.EditionsForAsync(id, ct);
        var chosen = edition is null ? (editions.Count > 0 ? editions[0] : null) : editions.FirstOrDefault(e => e.Code == edition);
        return (government, editions, chosen);
    }

    private static bool ToActorIsWriter(this ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true;
}

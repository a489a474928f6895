using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Access;
using Tanso.Data;
using Tanso.Data.Inventory;
using Tanso.Web.Accounts;

namespace Tanso.Web.Inventory;

internal sealed record SupersedeRequest(string By);

internal sealed record WithdrawRequest(string Reason);

internal sealed record SectorAliasRequest(string Key, string MapsTo, string? Scheme, string? TopCode, string? Note);

internal sealed record SectorAliasDto(string Scheme, string Key, string MapsTo, string TopCode, string Note, bool AddedByAdministrator);

/// <summary>Corrections of editions (supersede, withdraw, delete) and the sector mapping table, over the API.</summary>
internal static class EditionApi
{
    public static void MapEditionApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/inventory").WithTags("Inventory");
        api.MapPost("/editions/{code}/supersede", Supersede).RequireAuthorization().WithSummary("Mark an edition as superseded by a newer one (national officers, administrators)");
        api.MapPost("/editions/{code}/withdraw", Withdraw).RequireAuthorization().WithSummary("Withdraw an edition with a reason (national officers, administrators)");
        api.MapDelete("/editions/{code}", Delete).RequireAuthorization().WithSummary("Delete an edition no plan, check or figure uses (administrators)");
        api.MapGet("/sector-mapping", List).WithSummary("The sector mapping table: published names and codes and where they go");
        api.MapPost("/sector-mapping", Add).RequireAuthorization().WithSummary("Add a name or code to the sector mapping table (administrators)");
    }

    private static bool MayCorrect(ClaimsPrincipal user) => !user.IsReadOnly() && user.ToActor().CanEditNationalFigures;

    private static bool IsAdministrator(ClaimsPrincipal user) => !user.IsReadOnly() && user.ToActor().Is(Role.SystemAdmin);

    private static async Task<Results<Ok<EditionDto>, NotFound<ProblemDetails>, Conflict<ProblemDetails>, ForbidHttpResult>> Supersede(
        string code, SupersedeRequest request, ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        if (!MayCorrect(user))
        {
            return TypedResults.Forbid();
        }
        var (edition, refusal) = await EditionLifecycle.SupersedeAsync(db, code, request.By ?? "", ct);
        return edition is null ? TypedResults.NotFound(Problem(refusal!.Value))
            : refusal is { } r ? TypedResults.Conflict(Problem(r))
            : TypedResults.Ok(edition.ToDto(request.By));
    }

    private static async Task<Results<Ok<EditionDto>, NotFound<ProblemDetails>, ValidationProblem, ForbidHttpResult>> Withdraw(
        string code, WithdrawRequest request, ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        if (!MayCorrect(user))
        {
            return TypedResults.Forbid();
        }
        var (edition, refusal) = await EditionLifecycle.WithdrawAsync(db, code, request.Reason ?? "", ct);
        return edition is null ? TypedResults.NotFound(Problem(refusal!.Value))
            : refusal is { } r ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = [r.En + " / " + r.Ko] })
            : TypedResults.Ok(edition.ToDto());
    }

    private static async Task<Results<NoContent, NotFound<ProblemDetails>, Conflict<ProblemDetails>, ForbidHttpResult>> Delete(string code, ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        if (!IsAdministrator(user))
        {
            return TypedResults.Forbid();
        }
        if (!await db.InventoryEditions.AnyAsync(e => e.Code == code, ct))
        {
            return TypedResults.NotFound(new ProblemDetails { Status = 404, Title = "No such edition", Detail = $"There is no inventory edition '{code}'. / 인벤토리 판 '{code}'이(가) 없습니다." });
        }
        return await EditionLifecycle.DeleteAsync(db, code, ct) is { } refusal ? TypedResults.Conflict(Problem(refusal)) : TypedResults.NoContent();
    }

    private static async Task<Ok<SectorAliasDto[]>> List(TansoDb db, CancellationToken ct) =>
        TypedResults.Ok((await db.SectorAliases.AsNoTracking().OrderBy(a => a.Id).ToListAsync(ct))
            .Select(a => new SectorAliasDto(a.Scheme, a.Key, a.MapsTo, a.TopCode, a.Note, a.AddedByAdministrator)).ToArray());

    private static async Task<Results<Created<SectorAliasDto>, ValidationProblem, ForbidHttpResult>> Add(SectorAliasRequest request, ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        if (!IsAdministrator(user))
        {
            return TypedResults.Forbid();
        }
        var (alias, refusal) = await SectorAliases.AddAsync(db, request.Scheme ?? "name", request.Key ?? "", request.MapsTo ?? "", request.TopCode, request.Note, ct);
        if (alias is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["key"] = [refusal!.Value.En + " / " + refusal.Value.Ko] });
        }
        return TypedResults.Created("/api/inventory/sector-mapping", new SectorAliasDto(alias.Scheme, alias.Key, alias.MapsTo, alias.TopCode, alias.Note, true));
    }

    private static ProblemDetails Problem((string Ko, string En) r) => new() { Title = "Refused", Detail = $"{r.En} / {r.Ko}" };
}

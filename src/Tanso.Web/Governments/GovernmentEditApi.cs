using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Tanso.Data;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Governments;

internal static class GovernmentEditApi
{
    public static void MapGovernmentEditApi(this IEndpointRouteBuilder app) =>
        app.MapPut("/api/governments/{id:int}", Amend)
            .WithTags("Governments")
            .WithSummary("Rename a government or set its validity period (system administrators); send the version you read")
            .RequireAuthorization();

    internal sealed record GovernmentAmendment(string NameKo, string NameEn, DateOnly? ValidFrom, DateOnly? ValidTo, int Version);

    private static async Task<Results<Ok<GovernmentDto>, NotFound, ForbidHttpResult, ValidationProblem, ProblemHttpResult>> Amend(
        int id, GovernmentAmendment edit, ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        if (Editing.Writer(user, a => a.CanEditGovernmentRegister) is null)
        {
            return TypedResults.Forbid();
        }
        if (string.IsNullOrWhiteSpace(edit.NameKo) || string.IsNullOrWhiteSpace(edit.NameEn))
        {
            return Editing.Invalid(string.IsNullOrWhiteSpace(edit.NameKo) ? "nameKo" : "nameEn", "A government needs a Korean and an English name.");
        }
        if (Core.Governments.Government.NameProblems(edit.NameKo, edit.NameEn).ToList() is { Count: > 0 } tooLong)
        {
            return Editing.Invalid(tooLong);
        }
        if (edit.ValidFrom is { } from && edit.ValidTo is { } to && to < from)
        {
            return Editing.Invalid("validTo", "The validity period cannot end before it starts.");
        }
        var government = await db.Governments.FindAsync([id], ct);
        if (government is null)
        {
            return TypedResults.NotFound();
        }
        government.Amend(edit.NameKo, edit.NameEn, edit.ValidFrom, edit.ValidTo);
        return await Editing.TrySaveAsync(db, government, edit.Version, ct)
            ? TypedResults.Ok(government.ToDto())
            : Editing.Conflict(government.ToDto());
    }
}

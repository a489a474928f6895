using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanso.Core;
using Tanso.Core.Figures;
using Tanso.Core.Quantities;
using Tanso.Data;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.National;

internal static class FigureEditApi
{
    public static void MapFigureEditApi(this IEndpointRouteBuilder app) =>
        app.MapPut("/api/national/figures/{id:int}", Correct)
            .WithTags("National figures")
            .WithSummary("Correct an official figure (system administrators and national officers); send the version you read")
            .RequireAuthorization();

    internal sealed record FigureCorrection(decimal ValueMtCo2eq, string Status, string Source, int Version);

    private static async Task<Results<Ok<FigureDto>, NotFound, ForbidHttpResult, ValidationProblem, ProblemHttpResult>> Correct(
        int id, FigureCorrection edit, ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        if (Editing.Writer(user, a => a.CanEditNationalFigures) is null)
        {
            return TypedResults.Forbid();
        }
        if (!FigureStatuses.TryParse(edit.Status, out var status))
        {
            return Editing.Invalid("status", $"'{edit.Status}' is not a status: use verified, derived or unverified.");
        }
        if (string.IsNullOrWhiteSpace(edit.Source))
        {
            return Editing.Invalid("source", "Every official figure needs its source.");
        }
        if (TextLimits.Check("source", edit.Source, TextLimits.Source, "출처", "Source") is { } tooLong)
        {
            return Editing.Invalid([tooLong]);
        }
        if (Math.Abs(edit.ValueMtCo2eq) > Plausible.MaxTonnes / 1_000_000m)
        {
            return Editing.Invalid("valueMtCo2eq", Text.T($"valueMtCo2eq: 받을 수 있는 범위는 ±{Plausible.MaxTonnes / 1_000_000m:N0} MtCO2eq입니다.",
                $"valueMtCo2eq: the plausible range is ±{Plausible.MaxTonnes / 1_000_000m:N0} MtCO2eq."));
        }
        var figure = await db.OfficialFigures.Include(f => f.Series).Include(f => f.Edition).SingleOrDefaultAsync(f => f.Id == id, ct);
        if (figure is null)
        {
            return TypedResults.NotFound();
        }
        figure.Correct(new MegatonnesCo2e(edit.ValueMtCo2eq).ToTonnes(), status, edit.Source);
        return await Editing.TrySaveAsync(db, figure, edit.Version, ct)
            ? TypedResults.Ok(figure.ToDto())
            : Editing.Conflict(figure.ToDto());
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using Tanso.Core.Sectors;
using Tanso.Data;

namespace Tanso.Web.Plans;

internal static class CascadeApi
{
    public static void MapCascadeApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/cascade", Check).WithTags("Plans")
            .WithSummary("Do the lower governments' published targets add up to the upper target? (?year=2030&sector=&parent=: the nation by default)");

    /// <summary>A member; <c>basis</c> is what its target counts, <c>added</c> whether it went into the sum (false for another
    /// basis than the upper target's).</summary>
    internal sealed record CascadeMemberDto(int GovernmentId, string NameKo, string NameEn, int? PlanId, string? PlanTitle, string? Scope, decimal? TargetTCo2eq,
        PlanBasisDto? Basis, bool Added, bool IsSample);

    internal sealed record CascadeDto(int UpperId, string UpperNameKo, int Year, string? Sector, decimal? UpperTargetTCo2eq, PlanBasisDto? UpperBasis, string UpperSource,
        decimal? SumTCo2eq, decimal? GapTCo2eq, decimal? GapPercent, bool? AddsUp, IReadOnlyList<int> Missing, IReadOnlyList<int> OtherBasis,
        IReadOnlyList<int> GuidelinesUnchecked, IReadOnlyList<CascadeMemberDto> Members);

    private static async Task<Results<Ok<CascadeDto>, NotFound, ValidationProblem>> Check(int? year, string? sector, int? parent, TansoDb db, CancellationToken ct)
    {
        SectorCode? code = null;
        if (sector is { Length: > 0 })
        {
            if (!SectorCode.TryParse(sector, out var c))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["sector"] = [$"unknown sector '{sector}'"] });
            }
            code = c;
        }
        var view = await CascadeQuery.RunAsync(db, parent, year ?? 2030, code, ct);
        if (view is null)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(new CascadeDto(view.Upper.Id, view.Upper.NameKo, view.Year, view.Sector?.Value, view.UpperTarget?.Value,
            view.UpperBasis is { } ub ? PlanBasisDto.Of(ub) : null, view.UpperSource,
            view.Result?.SumOfMembers.Value, view.Result?.Gap.Value, view.Result?.GapShare?.Points, view.Result?.AddsUp,
            view.Result?.MissingMembers ?? [], view.Result?.OtherBasisMembers ?? [], view.Result?.UnstatedGuidelinesMembers ?? [],
            view.Rows.Select(r => new CascadeMemberDto(r.Government.Id, r.Government.NameKo, r.Government.NameEn, r.Plan?.Id, r.Plan?.Title, r.Plan?.ScopeNote,
                r.Target?.Value, r.Plan is { } p ? PlanBasisDto.Of(p.Basis) : null, r.Target is not null && !view.IsOtherBasis(r), r.Plan?.IsSample == true)).ToList()));
    }
}

using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanso.Web.Infrastructure;
using Tanso.Core.Governments;
using Tanso.Data;

namespace Tanso.Web.Governments;

internal static class GovernmentApi
{
    public static void MapGovernmentApi(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/governments").WithTags("Governments")
            .MapGet("/", List).CacheOutput(PublicCache.Policy).WithSummary("The nation, 시·도 and 시·군·구 with administrative and SGIS codes");

    private static async Task<Results<Ok<GovernmentDto[]>, ValidationProblem>> List(
        [Description("national, province or municipality")] string? level, TansoDb db, CancellationToken ct)
    {
        var query = db.Governments.InDisplayOrder();
        if (level is not null)
        {
            if (!Enum.TryParse<GovernmentLevel>(level, ignoreCase: true, out var l) || !Enum.IsDefined(l))
            {
                return TypedResults.ValidationProblem(
                    new Dictionary<string, string[]> { ["level"] = [$"'{level}' is not a level: use national, province or municipality."] },
                    title: "The query has invalid parameters.");
            }
            query = query.Where(g => g.Level == l);
        }
        var governments = await query.ToListAsync(ct);
        return TypedResults.Ok(governments.Select(g => g.ToDto()).ToArray());
    }
}

internal sealed record GovernmentDto(
    int Id, int Version, string Level, string Type, string TypeKo, string NameKo, string NameEn,
    string? AdministrativeCode, string? SgisCode, int? ParentId, DateOnly? ValidFrom, DateOnly? ValidTo, FormerNameDto[] FormerNames);

/// <summary>A name the government had until <paramref name="ValidTo"/>.</summary>
internal sealed record FormerNameDto(string NameKo, string NameEn, DateOnly ValidTo, string Source);

internal static class GovernmentDtoMapping
{
    public static GovernmentDto ToDto(this Government g) => new(
        g.Id, g.Version, g.Level.ToString().ToLowerInvariant(), g.Type.ToString(), g.Type.Korean(), g.NameKo, g.NameEn,
        g.AdministrativeCode?.Value, g.SgisCode?.Value, g.ParentId, g.ValidFrom, g.ValidTo,
        [.. g.FormerNames.Select(f => new FormerNameDto(f.NameKo, f.NameEn, f.ValidTo, f.Source))]);
}

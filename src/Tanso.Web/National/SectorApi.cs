using Microsoft.AspNetCore.Http.HttpResults;
using Tanso.Web.Infrastructure;
using Tanso.Core.Sectors;

namespace Tanso.Web.National;

internal static class SectorApi
{
    public static void MapSectorApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/sectors", List).CacheOutput(PublicCache.Policy).WithTags("Sectors").WithSummary("The national sector taxonomy");

    private static Ok<SectorDto[]> List() => TypedResults.Ok(SectorTaxonomy.All
        .Select(s => new SectorDto(s.Code.Value, s.NameKo, s.NameEn, NationalDtoMapping.KindName(s.Kind), s.IpccCategory, s.Order))
        .ToArray());
}

internal sealed record SectorDto(string Code, string NameKo, string NameEn, string Kind, string? IpccCategory, int Order);

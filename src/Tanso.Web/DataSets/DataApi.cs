using Microsoft.AspNetCore.Http.HttpResults;
using Tanso.Core.Figures;
using Tanso.Core.Regional;
using Tanso.Data;
using Tanso.Data.Seeding;

namespace Tanso.Web.DataSets;

internal sealed record DataSetDto(string Key, IReadOnlyList<string> Files, string NameKo, string NameEn, string Source, string Licence,
    string Edition, string Status, string Checked, bool IsSample);

internal sealed record PublishedTargetDto(string RegionCode, string Region, string Plan, int BaseYear, string BaseEmissionsPublished, decimal? BaseEmissionsMt,
    string BaseScope, int TargetYear, decimal? ReductionPercent, decimal? TargetEmissionsMt, int? NetZeroYear, string Note, string Source, string Status);

internal sealed record RegionalFigureDto(string Government, string Series, int Year, string Scope, string LineKo, string LineEn, decimal? ValueTCo2eq,
    string Status, string Note, string Source);

internal sealed record SumComparisonDto(string Series, int Year, string Scope, string LineKo, decimal ProvinceTCo2eq, decimal SumOfPartsTCo2eq,
    int Parts, decimal DifferenceTCo2eq, bool Differs);

internal sealed record RegionalDataDto(string RegionCode, string Region, IReadOnlyList<RegionalFigureDto> Figures, IReadOnlyList<SumComparisonDto> ProvinceAgainstParts);

/// <summary>The shipped data sets and the published regional figures and targets, read-only and public.</summary>
internal static class DataApi
{
    public static void MapDataApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Data sets");
        api.MapGet("/data/sets", (IConfiguration configuration, IHostEnvironment environment) => TypedResults.Ok(DataCatalogue.Sets(configuration, environment)
            .Select(d => new DataSetDto(d.Key, d.Files, d.NameKo, d.NameEn, d.Source, d.Licence, d.Edition, d.Status, d.Checked, d.Key == DataCatalogue.SampleKey)).ToList()));
        api.MapGet("/regional/targets", async (TansoDb db, CancellationToken ct) =>
            TypedResults.Ok((await DataQueries.TargetsAsync(db, ct)).Select(x => new PublishedTargetDto(
                x.Government.AdministrativeCode!.Value.Value, x.Government.NameKo, x.Target.Plan, x.Target.BaseYear, x.Target.BaseEmissionsText, x.Target.BaseEmissionsMt,
                x.Target.BaseScope, x.Target.TargetYear, x.Target.ReductionPercent, x.Target.TargetEmissionsMt, x.Target.NetZeroYear, x.Target.Note, x.Target.Source,
                x.Target.Status.English())).ToList()));
        api.MapGet("/regional/{regionCode}/figures", Figures);
    }

    private static async Task<Results<Ok<RegionalDataDto>, NotFound>> Figures(string regionCode, TansoDb db, CancellationToken ct)
    {
        if (await DataQueries.RegionalAsync(db, regionCode, ct) is not { } data)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(new RegionalDataDto(regionCode, data.Province.NameKo,
            data.Figures.Select(f => new RegionalFigureDto(data.Governments[f.GovernmentId].NameKo, f.Series, f.Year.Value, ScopeCode(f.Scope), f.LineKo, f.LineEn,
                f.Value?.Value, f.Status.English(), f.Note, f.Source)).ToList(),
            data.Comparison.Select(c => new SumComparisonDto(c.Series, c.Year, ScopeCode(c.Scope), c.LineKo, c.Province.Value, c.SumOfParts.Value, c.Parts,
                c.Difference.Value, c.Differs)).ToList()));
    }

    private static string ScopeCode(EmissionScope scope) => scope switch
    {
        EmissionScope.Direct => "direct",
        EmissionScope.Indirect => "indirect",
        _ => "local-management",
    };
}

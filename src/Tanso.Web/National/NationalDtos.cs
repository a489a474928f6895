using Tanso.Core.Figures;
using Tanso.Core.Sectors;

namespace Tanso.Web.National;

internal sealed record SeriesDto(string Code, string NameKo, string NameEn, string Kind, int Year, DateOnly PublishedOn);

internal sealed record EditionDto(string Code, string NameKo, string NameEn, string Publisher, DateOnly PublishedOn, string MethodNote, string Source);

/// <param name="Line">Sector code, or <c>total-gross</c> / <c>total-net</c>.</param>
/// <param name="SectorKind">emission-source, removal or international-credit; null for totals.</param>
/// <param name="ValueMtCo2eq">The value as published, in MtCO2eq.</param>
/// <param name="ValueTCo2eq">The same value in tCO2eq, the unit Tanso stores.</param>
/// <param name="Status">verified, derived or unverified.</param>
internal sealed record FigureDto(
    int Id, int Version, string Series, string SeriesNameKo, string SeriesNameEn, int Year,
    string Line, string LineNameKo, string LineNameEn, string? SectorKind,
    decimal ValueMtCo2eq, decimal ValueTCo2eq, string Status, string Source, EditionDto Edition);

internal static class NationalDtoMapping
{
    public static SeriesDto ToDto(this FigureSeries s) =>
        new(s.Code, s.NameKo, s.NameEn, s.Kind.ToString().ToLowerInvariant(), s.Year, s.PublishedOn);

    public static EditionDto ToDto(this InventoryEdition e) =>
        new(e.Code, e.NameKo, e.NameEn, e.Publisher, e.PublishedOn, e.MethodNote, e.Source);

    public static FigureDto ToDto(this OfficialFigure f) => new(
        f.Id, f.Version, f.Series!.Code, f.Series.NameKo, f.Series.NameEn, f.Year.Value,
        f.Line.Code, f.Line.NameKo, f.Line.NameEn,
        f.Line.Sector is { } s ? KindName(SectorTaxonomy.Get(s).Kind) : null,
        f.Value.ToMegatonnes().Value, f.Value.Value, f.Status.English(), f.Source, f.Edition!.ToDto());

    public static string KindName(SectorKind kind) => kind switch
    {
        SectorKind.EmissionSource => "emission-source",
        SectorKind.Removal => "removal",
        _ => "international-credit",
    };
}

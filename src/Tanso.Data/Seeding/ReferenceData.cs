using Tanso.Core.Figures;
using Tanso.Core.Plans;
using Tanso.Core.Governments;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;

namespace Tanso.Data.Seeding;

/// <summary>A row of <c>national-sector-figures.csv</c>, parsed and checked.</summary>
public sealed record ReferenceFigure(string SeriesReferenceName, ReportingYear Year, FigureLine Line, MegatonnesCo2e Value, FigureStatus Status, string Source);

/// <summary>The official reference data Tanso ships with (see <c>Seed/README.md</c>).</summary>
public static class ReferenceData
{
    /// <summary>The national government, which regions.csv does not list.</summary>
    public static Government Nation() => new(GovernmentType.Nation, "대한민국", "Republic of Korea", null, null);

    /// <summary>The 17 시·도.</summary>
    public static IReadOnlyList<Government> Provinces() => EmbeddedCsv.Read("regions.csv", r =>
    {
        var province = new Government(
            GovernmentTypes.FromKorean(r.Text("type")) ?? throw new FormatException($"unknown government type '{r.Text("type")}'."),
            r.Text("name_ko"),
            r.Text("name_en"),
            RegionCode.Parse(r.Text("code")),
            RegionCode.Parse(r.Text("sgis_code")));
        GovernmentRenames.Apply(province);
        return province;
    });

    /// <summary>Inventory editions.</summary>
    public static IReadOnlyList<InventoryEdition> Editions() => EmbeddedCsv.Read("inventory-editions.csv", r => new InventoryEdition(
        r.Text("code"), r.Text("name_ko"), r.Text("name_en"), r.Text("publisher"), r.Date("published_on"), r.Text("method_note"), r.Text("source"))
    {
        // The NDC's base-year edition is the 2020 inventory under the 1996 guidelines (reference README).
        Guidelines = EmissionsBasis.ParseGuidelines(r.Text("guidelines")),
    });

    /// <summary>Series of official figures.</summary>
    public static IReadOnlyList<FigureSeries> Series() => EmbeddedCsv.Read("figure-series.csv", r => new FigureSeries(
        r.Text("code"), r.Text("reference_name"), r.Text("name_ko"), r.Text("name_en"), r.Text("short_ko"), r.Text("short_en"),
        Enum.Parse<SeriesKind>(r.Text("kind"), ignoreCase: true), r.Int("year"), r.Date("published_on"), r.Int("order")));

    /// <summary>National figures by sector, each with its status and source.</summary>
    public static IReadOnlyList<ReferenceFigure> NationalFigures() => EmbeddedCsv.Read("national-sector-figures.csv", r =>
    {
        var year = r.Int("year");
        return new ReferenceFigure(
            r.Text("series"),
            ReportingYear.Of(year),
            ParseLine(r.Text("sector_ko"), r.Text("sector_en")),
            new MegatonnesCo2e(r.Decimal("value_MtCO2eq")),
            FigureStatuses.TryParse(r.Text("status"), out var status) ? status : throw new FormatException($"unknown status '{r.Text("status")}'."),
            r.Text("source"));
    });

    // The file writes the 2030 net total as 총배출량 too; its English column tells gross from net.
    private static FigureLine ParseLine(string ko, string en) => en switch
    {
        "Total gross" => FigureLine.TotalGross,
        "Total net" => FigureLine.TotalNet,
        _ => FigureLine.ForSector(SectorCode.Parse(ko)),
    };
}

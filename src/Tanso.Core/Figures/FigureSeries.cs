namespace Tanso.Core.Figures;

/// <summary>A published set of official figures: an inventory, a target or a scenario.</summary>
/// <param name="Code">Stable code, e.g. <c>ndc-2021</c>.</param>
/// <param name="ReferenceName">The series name used in the source data file, e.g. "NDC 2021-10".</param>
/// <param name="NameKo">Korean name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="ShortKo">Short Korean label for charts, e.g. "2030 NDC".</param>
/// <param name="ShortEn">Short English label for charts.</param>
/// <param name="Kind">Inventory, target or scenario.</param>
/// <param name="Year">The year the figures refer to.</param>
/// <param name="PublishedOn">The month of publication, as its first day.</param>
/// <param name="Order">Display order.</param>
public sealed record FigureSeries(string Code, string ReferenceName, string NameKo, string NameEn, string ShortKo, string ShortEn, SeriesKind Kind, int Year, DateOnly PublishedOn, int Order)
{
    /// <summary>Database identity.</summary>
    public int Id { get; init; }

    /// <summary>The name in the requested language.</summary>
    public string Name(string language) => language == "en" ? NameEn : NameKo;

    /// <summary>The short label in the requested language.</summary>
    public string ShortName(string language) => language == "en" ? ShortEn : ShortKo;
}

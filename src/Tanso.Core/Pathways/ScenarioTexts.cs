namespace Tanso.Core.Pathways;

/// <summary>
/// The longest texts a scenario keeps (the database columns are this long), checked before a scenario is described,
/// copied or given a value, so that a long text is refused by field instead of failing the save.
/// </summary>
public static class ScenarioTexts
{
    /// <summary>The header: Korean and English names and the description.</summary>
    public static IEnumerable<Problem> Header(string? nameKo, string? nameEn, string? description) => new[]
    {
        TextLimits.Check("nameKo", nameKo, TextLimits.Title, "이름", "Korean name"),
        TextLimits.Check("nameEn", nameEn, TextLimits.Title, "영문 이름", "English name"),
        TextLimits.Check("description", description, TextLimits.Paragraph, "설명", "Description"),
    }.OfType<Problem>();

    /// <summary>Where a given value comes from.</summary>
    public static Problem? Source(string field, string? source) => TextLimits.Check(field, source, TextLimits.Source, "출처", "Source");
}

namespace Tanso.Core.Figures;

/// <summary>
/// A published vintage of a GHG inventory (인벤토리 판). Inventories are recalculated (the 2018 national
/// total is 727.6 Mt in the NDC's edition and 783.9 Mt after the 2006-guideline recalculation), so every
/// emission figure names the edition it comes from.
/// </summary>
/// <param name="Code">Stable code.</param>
/// <param name="NameKo">Korean name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Publisher">Who published it.</param>
/// <param name="PublishedOn">Publication date (first day of the month when only the month is known).</param>
/// <param name="MethodNote">Method and scope, e.g. the IPCC guidelines used.</param>
/// <param name="Source">Where the edition is documented.</param>
public sealed record InventoryEdition(string Code, string NameKo, string NameEn, string Publisher, DateOnly PublishedOn, string MethodNote, string Source)
{
    /// <summary>The longest code an edition may have.</summary>
    public const int CodeLength = 64;

    /// <summary>Texts of a new edition longer than an edition keeps, by field (code, name, nameEn, publisher, methodNote, source).</summary>
    public static IEnumerable<LengthProblem> TextProblems(string? code, string? nameKo, string? nameEn, string? publisher, string? methodNote, string? source) => new[]
    {
        TextLimits.Check("code", code, CodeLength, "판 코드", "Edition code"),
        TextLimits.Check("name", nameKo, TextLimits.Name, "판 이름", "Edition name"),
        TextLimits.Check("nameEn", nameEn, TextLimits.Name, "영문 판 이름", "English edition name"),
        TextLimits.Check("publisher", publisher, TextLimits.Name, "발행 기관", "Publisher"),
        TextLimits.Check("methodNote", methodNote, TextLimits.Note, "작성 방법", "Method note"),
        TextLimits.Check("source", source, TextLimits.Source, "출처", "Source"),
    }.OfType<LengthProblem>();

    /// <summary>Database identity.</summary>
    public int Id { get; init; }

    /// <summary>The IPCC guidelines the edition is computed under (NotStated when the edition does not say); a target
    /// is compared only with an edition of its own guidelines.</summary>
    public Plans.IpccGuidelines Guidelines { get; init; }

    /// <summary>Generated demonstration data (예시 데이터), never official: shown with that label everywhere.</summary>
    public bool IsSample { get; init; }
}

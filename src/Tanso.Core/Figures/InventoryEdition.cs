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
    /// <summary>Database identity.</summary>
    public int Id { get; init; }

    /// <summary>Generated demonstration data (예시 데이터), never official: shown with that label everywhere.</summary>
    public bool IsSample { get; init; }
}

using Tanso.Core.Inventory;

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
    public static IEnumerable<Problem> TextProblems(string? code, string? nameKo, string? nameEn, string? publisher, string? methodNote, string? source) => new[]
    {
        TextLimits.Check("code", code, CodeLength, "판 코드", "Edition code"),
        TextLimits.Check("name", nameKo, TextLimits.Name, "판 이름", "Edition name"),
        TextLimits.Check("nameEn", nameEn, TextLimits.Name, "영문 판 이름", "English edition name"),
        TextLimits.Check("publisher", publisher, TextLimits.Name, "발행 기관", "Publisher"),
        TextLimits.Check("methodNote", methodNote, TextLimits.Note, "작성 방법", "Method note"),
        TextLimits.Check("source", source, TextLimits.Source, "출처", "Source"),
    }.OfType<Problem>();

    /// <summary>Database identity.</summary>
    public int Id { get; init; }

    /// <summary>Generated demonstration data (예시 데이터), never official: shown with that label everywhere.</summary>
    public bool IsSample { get; init; }

    /// <summary>The IPCC guidelines the edition was calculated under (Unknown when the edition does not say); a target
    /// is compared only with an edition of its own guidelines.</summary>
    public Inventory.IpccGuidelines Guidelines { get; init; }

    /// <summary>Provisional figures (잠정치): shown, but never the current edition while a confirmed one exists.</summary>
    public bool IsProvisional { get; init; }

    /// <summary>The edition that replaced this one; the history stays readable.</summary>
    public int? SupersededById { get; private set; }

    /// <summary>When it was withdrawn (UTC); a withdrawn edition is never current.</summary>
    public DateTime? WithdrawnUtc { get; private set; }

    /// <summary>Why it was withdrawn.</summary>
    public string? WithdrawnReason { get; private set; }

    /// <summary>True once withdrawn.</summary>
    public bool IsWithdrawn => WithdrawnUtc is not null;

    /// <summary>True when neither superseded nor withdrawn.</summary>
    public bool IsInForce => SupersededById is null && WithdrawnUtc is null;

    /// <summary>Marks the edition as replaced by <paramref name="newer"/>; the refusal (Korean, English) when it cannot be.</summary>
    public (string Ko, string En)? SupersedeBy(InventoryEdition newer)
    {
        if (newer.Id == Id)
        {
            return ("판은 자기 자신으로 대체할 수 없습니다", "an edition cannot supersede itself");
        }
        if (newer.IsWithdrawn)
        {
            return ($"'{newer.Code}'은(는) 철회된 판입니다", $"'{newer.Code}' is withdrawn");
        }
        if (IsSample != newer.IsSample)
        {
            return ("예시 데이터와 공식 판은 서로 대체할 수 없습니다", "sample data and official editions cannot supersede each other");
        }
        if (newer.SupersededById == Id)
        {
            return ($"'{newer.Code}'은(는) 이미 이 판으로 대체되었습니다", $"'{newer.Code}' is itself superseded by this edition");
        }
        SupersededById = newer.Id;
        return null;
    }

    /// <summary>Withdraws the edition with a reason; the refusal (Korean, English) when it cannot be.</summary>
    public (string Ko, string En)? Withdraw(string reason, DateTime atUtc)
    {
        if (IsWithdrawn)
        {
            return ("이미 철회된 판입니다", "the edition is already withdrawn");
        }
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > TextLimits.Note)
        {
            return ($"철회 사유를 1–{TextLimits.Note}자로 적으십시오", $"give a reason of 1–{TextLimits.Note} characters");
        }
        (WithdrawnUtc, WithdrawnReason) = (atUtc, reason.Trim());
        return null;
    }
}

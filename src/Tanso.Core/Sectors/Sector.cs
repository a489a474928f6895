namespace Tanso.Core.Sectors;

/// <summary>One sector of Korea's national sector taxonomy, as used by the NDC, the National Basic Plan
/// and the 2050 scenarios.</summary>
/// <param name="Code">Stable code.</param>
/// <param name="NameKo">Korean name as written in the national plans, e.g. 전환.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Kind">Emission source, removal or international credit.</param>
/// <param name="IpccCategory">The matching 2006 IPCC Guidelines category, or null where none exists
/// (hydrogen, international credits and direct air capture are planning lines, not inventory categories).</param>
/// <param name="Order">Display order in national tables.</param>
public sealed record Sector(SectorCode Code, string NameKo, string NameEn, SectorKind Kind, string? IpccCategory, int Order)
{
    /// <summary>True for lines whose values are negative by convention (removals and credits).</summary>
    public bool IsNegativeLine => Kind != SectorKind.EmissionSource;

    /// <summary>The name in the requested language (<c>en</c> for English, anything else Korean).</summary>
    public string Name(string language) => language == "en" ? NameEn : NameKo;
}

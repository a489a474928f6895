namespace Tanso.Core.Inventory;

/// <summary>
/// One line of the sector mapping table (부문 대응표): a name or category code as inventories publish it, and
/// where it goes in Tanso. Shipped lines come from <c>sector-mapping.csv</c>; an administrator adds more.
/// </summary>
/// <param name="Scheme"><c>name</c> for a published name; for a category code the numbering it belongs to:
/// <c>nir</c> (Korea's national inventory report: 1 에너지, 2 산업공정, 3 농업, 4 LULUCF, 5 폐기물),
/// <c>ipcc1996</c>, <c>ipcc2006</c>, or <c>energy</c> for energy codes (1.x), which every numbering shares.</param>
/// <param name="Key">The name or code as published.</param>
/// <param name="MapsTo">A sector code of the national taxonomy; <c>mixed</c> (a group spanning several sectors,
/// placed through its categories); <c>total</c>, <c>net</c>, <c>subtotal</c> (aggregates, checked, never stored
/// as sectors); <c>memo</c> (memo items such as international bunkers, never summed); or <c>code:X</c> (a name
/// that stands for category X).</param>
/// <param name="TopCode">For a sector name: the category number its sub-codes hang from (<c>1</c> for 에너지).</param>
/// <param name="Note">Why, or where the name comes from.</param>
public sealed record SectorAlias(string Scheme, string Key, string MapsTo, string TopCode, string Note)
{
    /// <summary>Database identity.</summary>
    public int Id { get; init; }

    /// <summary>False for the shipped lines, true for lines an administrator added.</summary>
    public bool AddedByAdministrator { get; init; }

    /// <summary>The schemes a line may have.</summary>
    public static readonly string[] Schemes = ["name", "nir", "ipcc1996", "ipcc2006", "energy"];

    /// <summary>Why the line cannot be kept, in Korean and English; null when it can.</summary>
    public static (string Ko, string En)? ProblemWith(string scheme, string key, string mapsTo)
    {
        if (!Schemes.Contains(scheme))
        {
            return ($"체계는 {string.Join(", ", Schemes)} 중 하나입니다", $"scheme is one of {string.Join(", ", Schemes)}");
        }
        if (string.IsNullOrWhiteSpace(key) || key.Length > 200)
        {
            return ("이름이나 코드를 1–200자로 적으십시오", "give a name or code of 1–200 characters");
        }
        var target = mapsTo.Trim();
        if (target is "mixed" or "total" or "net" or "subtotal" or "memo" || Sectors.SectorTaxonomy.Find(target) is not null
            || (target.StartsWith("code:", StringComparison.Ordinal) && target.Length > 5))
        {
            return null;
        }
        return ("대응 대상은 부문 코드(power, industry…), mixed, total, net, subtotal, memo 또는 code:X 입니다",
            "maps_to is a sector code (power, industry…), mixed, total, net, subtotal, memo or code:X");
    }
}

namespace Tanso.Core.Governments;

/// <summary>The legal type of a government, used to compare like with like.</summary>
public enum GovernmentType
{
    /// <summary>국가.</summary>
    Nation,

    /// <summary>특별시 (Seoul).</summary>
    SpecialCity,

    /// <summary>광역시.</summary>
    MetropolitanCity,

    /// <summary>특별자치시 (Sejong).</summary>
    SpecialSelfGoverningCity,

    /// <summary>도.</summary>
    Province,

    /// <summary>특별자치도 (Jeju, Gangwon, Jeonbuk).</summary>
    SpecialSelfGoverningProvince,

    /// <summary>시.</summary>
    City,

    /// <summary>군.</summary>
    County,

    /// <summary>자치구.</summary>
    District,
}

/// <summary>Korean names of <see cref="GovernmentType"/> as written in the administrative registers.</summary>
public static class GovernmentTypes
{
    private static readonly (GovernmentType Type, string Ko, string En, GovernmentLevel Level)[] Names =
    [
        (GovernmentType.Nation, "국가", "Nation", GovernmentLevel.National),
        (GovernmentType.SpecialCity, "특별시", "Special city", GovernmentLevel.Province),
        (GovernmentType.MetropolitanCity, "광역시", "Metropolitan city", GovernmentLevel.Province),
        (GovernmentType.SpecialSelfGoverningCity, "특별자치시", "Special self-governing city", GovernmentLevel.Province),
        (GovernmentType.Province, "도", "Province", GovernmentLevel.Province),
        (GovernmentType.SpecialSelfGoverningProvince, "특별자치도", "Special self-governing province", GovernmentLevel.Province),
        (GovernmentType.City, "시", "City", GovernmentLevel.Municipality),
        (GovernmentType.County, "군", "County", GovernmentLevel.Municipality),
        (GovernmentType.District, "구", "District", GovernmentLevel.Municipality),
    ];

    /// <summary>Parses the Korean type name (e.g. 광역시); null when unknown.</summary>
    public static GovernmentType? FromKorean(string name) =>
        Names.Where(n => n.Ko == name.Trim()).Select(n => (GovernmentType?)n.Type).FirstOrDefault();

    /// <summary>The Korean name of a type.</summary>
    public static string Korean(this GovernmentType type) => Names.Single(n => n.Type == type).Ko;

    /// <summary>The English name of a type.</summary>
    public static string English(this GovernmentType type) => Names.Single(n => n.Type == type).En;

    /// <summary>The level a government of this type sits at.</summary>
    public static GovernmentLevel Level(this GovernmentType type) => Names.Single(n => n.Type == type).Level;
}

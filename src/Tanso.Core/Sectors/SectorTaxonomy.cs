namespace Tanso.Core.Sectors;

/// <summary>
/// The national sector taxonomy (국가 부문 분류) of the 2030 NDC (2021), the 1st National Basic Plan (2023)
/// and the 2050 carbon-neutrality scenarios.
/// </summary>
public static class SectorTaxonomy
{
    /// <summary>전환 — power and heat generation.</summary>
    public static readonly Sector Power = New("power", "전환", "Power", SectorKind.EmissionSource, "1.A.1", 1);

    /// <summary>산업 — industrial fuel combustion and processes.</summary>
    public static readonly Sector Industry = New("industry", "산업", "Industry", SectorKind.EmissionSource, "1.A.2, 2", 2);

    /// <summary>건물 — residential, commercial and public buildings.</summary>
    public static readonly Sector Buildings = New("buildings", "건물", "Buildings", SectorKind.EmissionSource, "1.A.4.a, 1.A.4.b", 3);

    /// <summary>수송 — transport.</summary>
    public static readonly Sector Transport = New("transport", "수송", "Transport", SectorKind.EmissionSource, "1.A.3", 4);

    /// <summary>농축수산 — agriculture, livestock and fisheries.</summary>
    public static readonly Sector Agriculture = New("agriculture", "농축수산", "Agriculture", SectorKind.EmissionSource, "3.A, 3.C, 1.A.4.c", 5);

    /// <summary>폐기물 — waste.</summary>
    public static readonly Sector Waste = New("waste", "폐기물", "Waste", SectorKind.EmissionSource, "4", 6);

    /// <summary>수소 — hydrogen production (a planning line of the NDC; no inventory category of its own).</summary>
    public static readonly Sector Hydrogen = New("hydrogen", "수소", "Hydrogen", SectorKind.EmissionSource, null, 7);

    /// <summary>탈루등 — fugitive and other emissions.</summary>
    public static readonly Sector Fugitive = New("fugitive", "탈루등", "Fugitive etc", SectorKind.EmissionSource, "1.B", 8);

    /// <summary>흡수원 — land use, land-use change and forestry sink.</summary>
    public static readonly Sector Lulucf = New("lulucf", "흡수원", "LULUCF sink", SectorKind.Removal, "3.B", 9);

    /// <summary>CCUS — carbon capture, utilisation and storage.</summary>
    public static readonly Sector Ccus = New("ccus", "CCUS", "CCUS", SectorKind.Removal, "1.C", 10);

    /// <summary>국제감축 — internationally transferred mitigation outcomes.</summary>
    public static readonly Sector InternationalCredits = New("intl-credits", "국제감축", "International credits", SectorKind.InternationalCredit, null, 11);

    /// <summary>직접공기포집 — direct air capture (2050 Scenario B).</summary>
    public static readonly Sector DirectAirCapture = New("dac", "직접공기포집", "Direct air capture", SectorKind.Removal, null, 12);

    /// <summary>Every sector in display order.</summary>
    public static IReadOnlyList<Sector> All { get; } =
    [
        Power, Industry, Buildings, Transport, Agriculture, Waste, Hydrogen, Fugitive,
        Lulucf, Ccus, InternationalCredits, DirectAirCapture,
    ];

    private static readonly Dictionary<string, Sector> ByName = All
        .SelectMany(s => new[] { (s.Code.Value, s), (s.NameKo, s), (s.NameEn, s) })
        .DistinctBy(p => p.Item1, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(p => p.Item1, p => p.s, StringComparer.OrdinalIgnoreCase);

    /// <summary>The sector for a code.</summary>
    public static Sector Get(SectorCode code) => ByName[code.Value];

    /// <summary>Finds a sector by code, Korean name or English name (case-insensitive); null when unknown.</summary>
    public static Sector? Find(string codeOrName) => ByName.GetValueOrDefault(codeOrName);

    private static Sector New(string code, string ko, string en, SectorKind kind, string? ipcc, int order) =>
        new(SectorCode.Known(code), ko, en, kind, ipcc, order);
}

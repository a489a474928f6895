using Tanso.Core.Inventory;

namespace Tanso.Core.Plans;

/// <summary>Which emissions a target counts.</summary>
public enum BasisKind
{
    /// <summary>총배출량: the emission-source sectors only.</summary>
    Gross = 0,

    /// <summary>순배출량: gross plus the LULUCF line (removals).</summary>
    Net = 1,

    /// <summary>Net plus named adjustments (CCUS, international reductions), as the NDC counts its 436.6 Mt.</summary>
    NetWithAdjustments = 2,
}

/// <summary>Adjustments a net target counts beyond LULUCF.</summary>
[Flags]
public enum BasisAdjustments
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>CCUS (the inventory's <c>ccus</c> line).</summary>
    Ccus = 1,

    /// <summary>International reductions (국제감축, the <c>intl-credits</c> line).</summary>
    InternationalCredits = 2,

    /// <summary>Direct air capture (the <c>dac</c> line).</summary>
    DirectAirCapture = 4,
}

/// <summary>
/// The emissions basis of a target or a trajectory (배출량 기준): gross, net, or net with named adjustments, under
/// the guidelines of the inventory the target was set on. Every comparison of actual emissions with a target turns
/// the inventory into an actual on this basis first (<c>ComparableEmissions.For</c>).
/// </summary>
public sealed record EmissionsBasis
{
    /// <summary>Creates a basis; adjustments need <see cref="BasisKind.NetWithAdjustments"/>, which needs at least one.</summary>
    /// <exception cref="ArgumentException">Adjustments on a gross or plain net basis, or none on an adjusted one.</exception>
    public EmissionsBasis(BasisKind kind, BasisAdjustments adjustments, IpccGuidelines guidelines)
    {
        if (kind != BasisKind.NetWithAdjustments && adjustments != BasisAdjustments.None)
        {
            throw new ArgumentException("Only a net basis with adjustments names adjustments.", nameof(adjustments));
        }
        if (kind == BasisKind.NetWithAdjustments && adjustments == BasisAdjustments.None)
        {
            throw new ArgumentException("A net basis with adjustments must name at least one adjustment.", nameof(adjustments));
        }
        (Kind, Adjustments, Guidelines) = (kind, adjustments, guidelines);
    }

    /// <summary>Gross emissions, guidelines not stated: what a plan without a stated basis is compared on.</summary>
    public static EmissionsBasis Unstated { get; } = new(BasisKind.Gross, BasisAdjustments.None, IpccGuidelines.Unknown);

    /// <summary>The 2030 NDC and the 1st National Basic Plan: net of LULUCF, CCUS and international reductions, 1996 guidelines.</summary>
    public static EmissionsBasis NationalNdc { get; } =
        new(BasisKind.NetWithAdjustments, BasisAdjustments.Ccus | BasisAdjustments.InternationalCredits, IpccGuidelines.Ipcc1996);

    /// <summary>Gross, net or net with adjustments.</summary>
    public BasisKind Kind { get; }

    /// <summary>Whether a total on this basis counts <paramref name="sector"/>'s line: every emission source; the LULUCF
    /// line on a net basis; CCUS, international reductions and direct air capture only when named.</summary>
    public bool Counts(Sectors.Sector sector)
    {
        ArgumentNullException.ThrowIfNull(sector);
        return sector.Code.Value switch
        {
            _ when !sector.IsNegativeLine => true,
            "lulucf" => CountsLulucf,
            "ccus" => Adjustments.HasFlag(BasisAdjustments.Ccus),
            "intl-credits" => Adjustments.HasFlag(BasisAdjustments.InternationalCredits),
            "dac" => Adjustments.HasFlag(BasisAdjustments.DirectAirCapture),
            _ => CountsLulucf,
        };
    }

    /// <summary>The adjustments counted (none unless <see cref="BasisKind.NetWithAdjustments"/>).</summary>
    public BasisAdjustments Adjustments { get; }

    /// <summary>The guidelines of the inventory the target was set on.</summary>
    public IpccGuidelines Guidelines { get; }

    /// <summary>True when the LULUCF line is counted.</summary>
    public bool CountsLulucf => Kind != BasisKind.Gross;

    /// <summary>The basis in Korean, e.g. "순배출량(흡수원·CCUS·국제감축 포함), 1996 IPCC 지침".</summary>
    public string Korean => $"{KindKo}{GuidelinesText(Guidelines, english: false, prefix: ", ")}";

    /// <summary>The basis in English.</summary>
    public string English => $"{KindEn}{GuidelinesText(Guidelines, english: true, prefix: ", ")}";

    private string KindKo => Kind switch
    {
        BasisKind.Gross => "총배출량",
        BasisKind.Net => "순배출량(흡수원 포함)",
        _ => $"순배출량(흡수원·{string.Join("·", AdjustmentNames(false))} 포함)",
    };

    private string KindEn => Kind switch
    {
        BasisKind.Gross => "gross emissions",
        BasisKind.Net => "net emissions (LULUCF included)",
        _ => $"net emissions (LULUCF, {string.Join(", ", AdjustmentNames(true))} included)",
    };

    /// <summary>The adjustments' names in order.</summary>
    public IEnumerable<string> AdjustmentNames(bool english)
    {
        if (Adjustments.HasFlag(BasisAdjustments.Ccus))
        {
            yield return "CCUS";
        }
        if (Adjustments.HasFlag(BasisAdjustments.InternationalCredits))
        {
            yield return english ? "international reductions" : "국제감축";
        }
        if (Adjustments.HasFlag(BasisAdjustments.DirectAirCapture))
        {
            yield return english ? "direct air capture" : "직접공기포집";
        }
    }

    /// <summary>"1996 IPCC 지침" / "1996 IPCC Guidelines"; "" when not stated.</summary>
    public static string GuidelinesText(IpccGuidelines guidelines, bool english, string prefix = "") => guidelines switch
    {
        IpccGuidelines.Unknown => "",
        _ => prefix + (english ? $"{(int)guidelines} IPCC Guidelines" : $"{(int)guidelines} IPCC 지침"),
    };

    /// <summary>Reads a guidelines text such as "1996", "IPCC 2006 GL" or "2006 IPCC 지침"; NotStated when none is named.</summary>
    public static IpccGuidelines ParseGuidelines(string? text) =>
        text is null ? IpccGuidelines.Unknown
        : text.Contains("1996", StringComparison.Ordinal) ? IpccGuidelines.Ipcc1996
        : text.Contains("2006", StringComparison.Ordinal) ? IpccGuidelines.Ipcc2006
        : IpccGuidelines.Unknown;
}

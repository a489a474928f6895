namespace Tanso.Core.Inventory;

/// <summary>The IPCC guidelines an inventory edition was calculated under; their category numbering differs.</summary>
public enum IpccGuidelines
{
    /// <summary>Not recorded or not stated (editions from before it was recorded, sample data, planning-sector tables, a
    /// plan that does not say): compared, with a note that it could not be checked.</summary>
    Unknown = 0,

    /// <summary>Revised 1996 IPCC Guidelines: 1 energy, 2 industrial processes, 3 solvents, 4 agriculture, 5 LUCF, 6 waste.</summary>
    Ipcc1996 = 1996,

    /// <summary>2006 IPCC Guidelines: 1 energy, 2 IPPU, 3 AFOLU, 4 waste, 5 other.</summary>
    Ipcc2006 = 2006,
}

/// <summary>Names of <see cref="IpccGuidelines"/>.</summary>
public static class IpccGuidelinesNames
{
    /// <summary>Reads <c>1996</c>, <c>IPCC 1996 GL</c>, <c>2006</c>…; null when neither.</summary>
    public static IpccGuidelines? Parse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? IpccGuidelines.Unknown
        : text.Contains("1996", StringComparison.Ordinal) ? IpccGuidelines.Ipcc1996
        : text.Contains("2006", StringComparison.Ordinal) ? IpccGuidelines.Ipcc2006
        : text.Trim().Equals("unknown", StringComparison.OrdinalIgnoreCase) ? IpccGuidelines.Unknown
        : null;

    /// <summary>How the guidelines are named on pages and charts.</summary>
    public static string Label(this IpccGuidelines g) => g switch
    {
        IpccGuidelines.Ipcc1996 => "IPCC 1996 GL",
        IpccGuidelines.Ipcc2006 => "IPCC 2006 GL",
        _ => "",
    };
}

namespace Tanso.Core.Figures;

/// <summary>How far an official figure can be trusted. Tanso never presents an unverified figure as official.</summary>
public enum FigureStatus
{
    /// <summary>Read in the cited source (검증).</summary>
    Verified,

    /// <summary>Computed from verified figures with the formula given in the source note (산출).</summary>
    Derived,

    /// <summary>Widely quoted but not read in a primary source (미검증).</summary>
    Unverified,
}

/// <summary>Parsing and display names of <see cref="FigureStatus"/>.</summary>
public static class FigureStatuses
{
    /// <summary>Parses "verified", "derived" or "unverified" (case-insensitive).</summary>
    public static bool TryParse(string? text, out FigureStatus status) =>
        Enum.TryParse(text?.Trim(), ignoreCase: true, out status) && Enum.IsDefined(status);

    /// <summary>Korean label.</summary>
    public static string Korean(this FigureStatus status) => status switch
    {
        FigureStatus.Verified => "검증",
        FigureStatus.Derived => "산출",
        _ => "미검증",
    };

    /// <summary>English label.</summary>
    public static string English(this FigureStatus status) => status switch
    {
        FigureStatus.Verified => "verified",
        FigureStatus.Derived => "derived",
        _ => "unverified",
    };
}

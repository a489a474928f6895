namespace Tanso.Core.Sectors;

/// <summary>How a sector line counts towards net emissions.</summary>
public enum SectorKind
{
    /// <summary>Emits greenhouse gases (배출원): a positive value adds to the net total.</summary>
    EmissionSource,

    /// <summary>Removes CO2 from the atmosphere or keeps it out (흡수·제거): reported as a negative value.</summary>
    Removal,

    /// <summary>Reductions credited from abroad (국제감축): reported as a negative value, not a domestic removal.</summary>
    InternationalCredit,
}

using Tanso.Core.Sectors;

namespace Tanso.Core.Inventory;

/// <summary>What a line of a published table is.</summary>
public enum LineRole
{
    /// <summary>A line of one national sector: stored as an inventory entry.</summary>
    Sector,

    /// <summary>A group spanning several sectors (에너지, 1.A 연료연소): kept as reported, counted through its parts.</summary>
    Mixed,

    /// <summary>Gross total (총배출량, 합계): checked against its parts, kept as reported, never a sector.</summary>
    Total,

    /// <summary>Net total (순배출량): gross plus removals.</summary>
    Net,

    /// <summary>A subtotal (소계, "… 소계"): checked against the lines it sums.</summary>
    Subtotal,

    /// <summary>Memo item (international bunkers): kept, never summed.</summary>
    Memo,
}

/// <summary>Where a line goes.</summary>
/// <param name="Role">What it is.</param>
/// <param name="Sector">Its national sector (for <see cref="LineRole.Sector"/>, and for a subtotal inside one sector).</param>
/// <param name="Category">The category code in the file's numbering (<c>1.A.1</c>), or empty.</param>
/// <param name="Level">Depth of the category (1 for a sector such as 에너지), 0 when unknown.</param>
/// <param name="Nested">True when the value is already inside another line of the same sector (1.A.1.a inside
/// 1.A.1): stored, but not added again.</param>
/// <param name="Label">The line's label as stored: code and name.</param>
public sealed record LinePlacement(LineRole Role, Sector? Sector, string Category, int Level, bool Nested, string Label)
{
    /// <summary>True for the roles that are checked against their parts and never stored as sectors.</summary>
    public bool IsAggregate => Role is LineRole.Total or LineRole.Net or LineRole.Subtotal;
}

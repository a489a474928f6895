namespace Tanso.Core.Inventory;

/// <summary>
/// A line of a published inventory that is not a sector value: a total (총배출량), net total (순배출량),
/// subtotal (소계), a group spanning sectors (에너지, 1.A) or a memo item (international bunkers). Kept as the
/// publisher wrote it, so that its figures can be shown and checked, but never summed into a sector.
/// </summary>
/// <param name="EditionId">The edition.</param>
/// <param name="GovernmentId">The government.</param>
/// <param name="Role">Which kind of line.</param>
/// <param name="Label">Code and name as published.</param>
/// <param name="Category">Category code, or empty.</param>
/// <param name="Level">Category depth, 0 when unknown.</param>
/// <param name="Gas">The gas.</param>
/// <param name="Year">The year.</param>
/// <param name="Tonnes">tCO2eq, or null for a marked cell.</param>
/// <param name="Mark">The mark written instead of a number.</param>
/// <param name="Provisional">A provisional (잠정) figure.</param>
public sealed record ReportedLine(int EditionId, int GovernmentId, LineRole Role, string Label, string Category, int Level, Gas Gas, int Year,
    decimal? Tonnes, ValueMark Mark, bool Provisional)
{
    /// <summary>Database identity.</summary>
    public long Id { get; init; }
}

using Tanso.Core.Quantities;
using Tanso.Core.Sectors;

namespace Tanso.Core.Inventory;

/// <summary>
/// One emission figure of a government's inventory: government × sector (× sub-sector) × gas × year, in
/// tCO2eq, always belonging to an inventory edition. Entries are never updated: a new edition supersedes.
/// </summary>
/// <param name="EditionId">The edition it belongs to.</param>
/// <param name="GovernmentId">The reporting government.</param>
/// <param name="Sector">The national sector.</param>
/// <param name="SubSector">A finer line inside the sector (e.g. 가정, 상업); empty for the sector total.</param>
/// <param name="Gas">The gas, or the CO2-equivalent total.</param>
/// <param name="Year">The year.</param>
/// <param name="Emissions">tCO2eq; negative only for removal lines.</param>
public sealed record InventoryEntry(int EditionId, int GovernmentId, SectorCode Sector, string SubSector, Gas Gas, ReportingYear Year, TonnesCo2e Emissions)
{
    /// <summary>Database identity.</summary>
    public long Id { get; init; }

    /// <summary>The published category code (<c>1.A.1</c>), or empty for a line without one.</summary>
    public string Category { get; init; } = "";

    /// <summary>Depth of the category as published (1 for an IPCC sector), 0 when the file gives none.</summary>
    public int Level { get; init; }

    /// <summary>True when the value is already inside another line of the same sector (1.A.1.a inside 1.A.1):
    /// kept as published, never added twice.</summary>
    public bool Nested { get; init; }

    /// <summary>A provisional (잠정) figure.</summary>
    public bool Provisional { get; init; }

    /// <summary>What the file wrote instead of a number (NE, NO, IE, C, -); the value is then zero and means
    /// nothing measured. <see cref="ValueMark.None"/> for a number.</summary>
    public ValueMark Mark { get; init; }

    /// <summary>The key that must be unique within an edition.</summary>
    public (int GovernmentId, string Sector, string SubSector, Gas Gas, int Year) Key => (GovernmentId, Sector.Value, SubSector, Gas, Year.Value);

    /// <summary>
    /// Why a value cannot be an inventory figure, or null when it can: an emission-source sector cannot
    /// report negative emissions (only removal and credit lines are negative).
    /// </summary>
    public static string? ProblemWith(Sector sector, TonnesCo2e emissions) =>
        !sector.IsNegativeLine && emissions.Value < 0
            ? $"negative value {emissions.Value} for {sector.NameKo} ({sector.NameEn}), an emission-source sector"
            : null;
}

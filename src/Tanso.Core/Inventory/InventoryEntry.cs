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

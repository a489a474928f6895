using Tanso.Core.Figures;
using Tanso.Core.Inventory;
using Tanso.Core.Plans;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;

namespace Tanso.Core.Checks;

/// <summary>Whether an inventory edition gives an actual on a target's basis.</summary>
public enum Comparability
{
    /// <summary>The actual is on the target's basis.</summary>
    Comparable,

    /// <summary>No inventory, or the inventory lacks the year.</summary>
    YearMissing,

    /// <summary>A net basis, and the inventory has no LULUCF line for the year (e.g. a region without one).</summary>
    LulucfMissing,

    /// <summary>The edition follows other IPCC guidelines than the target was set on.</summary>
    GuidelinesDiffer,
}

/// <summary>A note on how an actual was made comparable, in both languages.</summary>
public sealed record BasisNote(string Ko, string En);

/// <summary>One named adjustment's value in the year (null: the inventory has no line for it, counted as 0 with a note).</summary>
public sealed record AdjustmentValue(Sector Line, TonnesCo2e? Value);

/// <summary>
/// An inventory edition's actual for a year on a target's basis, with the parts it was added up from: gross, the
/// LULUCF line, each named adjustment. <see cref="Value"/> is null unless <see cref="Status"/> is Comparable.
/// </summary>
public sealed record ComparableActual(int Year, EmissionsBasis Basis, InventoryEdition? Edition, TonnesCo2e? Gross, TonnesCo2e? Lulucf,
    IReadOnlyList<AdjustmentValue> Adjustments, TonnesCo2e? Value, Comparability Status, IReadOnlyList<BasisNote> Notes)
{
    /// <summary>True when the edition is generated sample data (예시 데이터).</summary>
    public bool IsSample => Edition?.IsSample ?? false;
}

/// <summary>
/// The one place that turns an inventory edition into the actual a target is compared with (see
/// docs/methodology.md, "Emissions basis"): gross = the emission-source sectors; net = gross + LULUCF; net with
/// adjustments = net + each named adjustment line. A net basis without a LULUCF line, or an edition under other
/// guidelines than the target's, gives no actual and says why; a missing adjustment line counts as 0 and says so.
/// </summary>
public static class ComparableEmissions
{
    private static readonly (BasisAdjustments Flag, Sector Line)[] AdjustmentLines =
    [
        (BasisAdjustments.Ccus, SectorTaxonomy.Ccus),
        (BasisAdjustments.InternationalCredits, SectorTaxonomy.InternationalCredits),
        (BasisAdjustments.DirectAirCapture, SectorTaxonomy.DirectAirCapture),
    ];

    /// <summary>The edition to compare a target with: the first (newest, as the caller orders them) of the target's
    /// guidelines, else the first that does not state its guidelines, else the first.</summary>
    public static InventoryEdition? ChooseEdition(IReadOnlyList<InventoryEdition> editions, EmissionsBasis basis)
    {
        ArgumentNullException.ThrowIfNull(editions);
        ArgumentNullException.ThrowIfNull(basis);
        if (basis.Guidelines == IpccGuidelines.Unknown)
        {
            return editions.Count > 0 ? editions[0] : null;
        }
        return editions.FirstOrDefault(e => e.Guidelines == basis.Guidelines)
            ?? editions.FirstOrDefault(e => e.Guidelines == IpccGuidelines.Unknown)
            ?? (editions.Count > 0 ? editions[0] : null);
    }

    /// <summary>The actual of <paramref name="year"/> on <paramref name="basis"/> from <paramref name="inventory"/>, an
    /// edition's table (null: no inventory).</summary>
    public static ComparableActual For(InventorySummary? inventory, InventoryEdition? edition, int year, EmissionsBasis basis)
    {
        ArgumentNullException.ThrowIfNull(basis);
        if (inventory is null || edition is null || !inventory.Years.Contains(year))
        {
            return new(year, basis, edition, null, null, [], null, Comparability.YearMissing,
                [new($"인벤토리에 {year}년 배출량이 없습니다", $"the inventory has no emissions for {year}")]);
        }
        var notes = new List<BasisNote>();
        var gross = inventory.Gross(year);
        var lulucf = inventory.Value(year, SectorTaxonomy.Lulucf);
        var adjustments = AdjustmentLines.Where(a => basis.Adjustments.HasFlag(a.Flag))
            .Select(a => new AdjustmentValue(a.Line, inventory.Value(year, a.Line))).ToList();
        if (GuidelinesProblem(edition, basis) is { } differ)
        {
            return new(year, basis, edition, gross, lulucf, adjustments, null, Comparability.GuidelinesDiffer, [differ]);
        }
        if (basis.Guidelines == IpccGuidelines.Unknown || edition.Guidelines == IpccGuidelines.Unknown)
        {
            notes.Add(new("목표 또는 인벤토리의 IPCC 지침이 명시되지 않아 같은 지침인지 확인하지 못했습니다",
                "the target or the inventory does not state its IPCC guidelines, so they could not be checked to match"));
        }
        if (!basis.CountsLulucf)
        {
            return new(year, basis, edition, gross, lulucf, adjustments, gross, Comparability.Comparable, notes);
        }
        if (lulucf is not { } sink)
        {
            notes.Add(new($"인벤토리에 {year}년 흡수원(LULUCF) 행이 없어 순배출량을 낼 수 없습니다: 총배출량을 순배출량 목표와 비교하지 않습니다",
                $"the inventory has no LULUCF line for {year}, so net emissions cannot be computed: gross emissions are not compared with a net target"));
            return new(year, basis, edition, gross, null, adjustments, null, Comparability.LulucfMissing, notes);
        }
        foreach (var missing in adjustments.Where(a => a.Value is null))
        {
            notes.Add(new($"인벤토리에 {year}년 {missing.Line.NameKo} 행이 없어 0으로 셉니다", $"the inventory has no {missing.Line.NameEn} line for {year}: counted as 0"));
        }
        var value = gross + sink + TonnesCo2e.Sum(adjustments.Select(a => a.Value ?? TonnesCo2e.Zero));
        return new(year, basis, edition, gross, sink, adjustments, value, Comparability.Comparable, notes);
    }

    private static BasisNote? GuidelinesProblem(InventoryEdition edition, EmissionsBasis basis) =>
        basis.Guidelines == IpccGuidelines.Unknown || edition.Guidelines == IpccGuidelines.Unknown || edition.Guidelines == basis.Guidelines ? null
        : new($"인벤토리 판({edition.NameKo})은 {EmissionsBasis.GuidelinesText(edition.Guidelines, false)}, 목표는 {EmissionsBasis.GuidelinesText(basis.Guidelines, false)} 기준이어서 비교하지 않습니다: 같은 지침의 판을 등록하십시오",
            $"the inventory edition ({edition.NameEn}) follows the {EmissionsBasis.GuidelinesText(edition.Guidelines, true)} and the target the {EmissionsBasis.GuidelinesText(basis.Guidelines, true)}, so they are not compared: add an edition under the target's guidelines");

    /// <summary>Each sector's base-year value in the inventory (sector targets written as a reduction need it).</summary>
    public static IReadOnlyDictionary<SectorCode, TonnesCo2e> SectorBases(InventorySummary? inventory, int baseYear) =>
        inventory is null ? new Dictionary<SectorCode, TonnesCo2e>()
        : inventory.Sectors.Where(s => inventory.Value(baseYear, s) is not null).ToDictionary(s => s.Code, s => inventory.Value(baseYear, s)!.Value);

    /// <summary>
    /// The plan's emissions readings for a year: every sector with a target and a base (its own line of the edition)
    /// and the total on the plan's basis, with the comparable actual it was computed from. Under other guidelines
    /// than the plan's, no actual is read at all.
    /// </summary>
    public static EmissionsReadings Readings(Plan plan, InventorySummary? inventory, InventoryEdition? edition, int year)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var actual = For(inventory, edition, year, plan.Basis);
        var readable = actual.Status is not (Comparability.GuidelinesDiffer or Comparability.YearMissing);
        var bases = SectorBases(inventory, plan.BaseYear);
        var sectors = plan.Targets.Where(t => t.Sector is not null).Select(t => t.Sector!.Value).Distinct().Where(bases.ContainsKey)
            .Select(code => EmissionsReading.FromPath(code, year, bases[code], plan.PathOf(code, bases[code], bases).Values,
                readable ? inventory!.Value(year, SectorTaxonomy.Get(code)) : null, edition?.Id))
            .OfType<EmissionsReading>().OrderBy(r => SectorTaxonomy.Get(r.Sector!.Value).Order).ToList();
        var total = EmissionsReading.FromPath(null, year, plan.BaseEmissions, plan.PathOf(null, plan.BaseEmissions, bases).Values, actual.Value, edition?.Id);
        return new(sectors, total, actual);
    }
}

/// <summary>A plan's readings for a year: sectors, the total on the plan's basis, and how the total's actual was made.</summary>
public sealed record EmissionsReadings(IReadOnlyList<EmissionsReading> Sectors, EmissionsReading? Total, ComparableActual Actual);

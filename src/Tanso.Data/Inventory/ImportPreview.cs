using Microsoft.EntityFrameworkCore;
using Tanso.Core.Figures;
using Tanso.Core.Inventory;
using Tanso.Core.Sectors;

namespace Tanso.Data.Inventory;

/// <summary>One year of the preview, summed over the file's governments, in tCO2eq.</summary>
/// <param name="Year">The year.</param>
/// <param name="Provisional">Whether any value of the year is provisional.</param>
/// <param name="Sectors">What will be stored per sector.</param>
/// <param name="Gross">Stored gross (emission sectors).</param>
/// <param name="Net">Stored net (every sector).</param>
/// <param name="FileGross">The file's own 총배출량, when it gives one.</param>
/// <param name="FileNet">The file's own 순배출량, when it gives one.</param>
/// <param name="CurrentGross">Gross of the governments' current edition, when it has the year.</param>
/// <param name="PreviousYearChange">Change of the stored gross against the previous year, in percent.</param>
public sealed record PreviewYear(int Year, bool Provisional, IReadOnlyDictionary<string, decimal> Sectors, decimal Gross, decimal Net,
    decimal? FileGross, decimal? FileNet, decimal? CurrentGross, decimal? PreviousYearChange)
{
    /// <summary>Stored gross less the file's own total.</summary>
    public decimal? FileDifference => FileGross is { } f ? Gross - f : FileNet is { } n ? Net - n : null;

    /// <summary>Stored gross less the current edition's.</summary>
    public decimal? CurrentDifference => CurrentGross is { } c ? Gross - c : null;
}

/// <summary>The preview an officer checks before confirming: totals per year and sector, beside the file's own
/// totals, the current edition and the previous year.</summary>
public sealed record ImportPreview(IReadOnlyList<Sector> Sectors, IReadOnlyList<PreviewYear> Years, string? CurrentEdition)
{
    /// <summary>Builds the preview of <paramref name="report"/>; <paramref name="editionId"/> is the edition imported into (not compared with itself).</summary>
    public static async Task<ImportPreview> BuildAsync(TansoDb db, ImportReport report, int? editionId, CancellationToken ct)
    {
        var governments = report.Governments.ToList();
        var current = new Dictionary<int, decimal>();
        string? currentName = null;
        if (governments.Count > 0)
        {
            // Each government's current edition, then the values the summary reads (CO2-equivalent totals, not nested
            // lines) of every government sharing an edition in one query: a national file's preview compares about
            // 250 governments, which one query per government made the slowest part of the preview.
            var currentOf = new Dictionary<int, InventoryEdition>();
            foreach (var (government, list) in await db.EditionsForAsync(governments, ct))
            {
                if (list.FirstOrDefault(e => e.Id != editionId && e.IsInForce && !e.IsSample) is { } edition)
                {
                    currentOf[government] = edition;
                }
            }
            currentName = governments.Where(currentOf.ContainsKey).Select(g => currentOf[g].Code).FirstOrDefault();
            foreach (var sharing in currentOf.GroupBy(kv => kv.Value.Id, kv => kv.Key))
            {
                var ids = sharing.ToList();
                var values = await db.InventoryEntries.AsNoTracking()
                    .Where(e => e.EditionId == sharing.Key && ids.Contains(e.GovernmentId) && e.Gas == Gas.Total && !e.Nested).ToListAsync(ct);
                foreach (var one in values.GroupBy(e => e.GovernmentId))
                {
                    var summary = InventorySummary.Build(one);
                    foreach (var year in summary.Years)
                    {
                        current[year] = current.GetValueOrDefault(year) + summary.Gross(year).Value;
                    }
                }
            }
        }
        var sectors = SectorTaxonomy.All.Where(s => report.SectorTotals.Keys.Any(k => k.Sector == s.Code.Value)).ToList();
        var years = new List<PreviewYear>();
        decimal? previous = null;
        foreach (var (year, provisional) in report.Years)
        {
            var bySector = sectors.ToDictionary(s => s.Code.Value, s => report.SectorTotals.Where(kv => kv.Key.Year == year && kv.Key.Sector == s.Code.Value).Sum(kv => kv.Value));
            var gross = sectors.Where(s => !s.IsNegativeLine).Sum(s => bySector[s.Code.Value]);
            var net = bySector.Values.Sum();
            decimal? File(LineRole role) => report.FileTotals.Where(kv => kv.Key.Year == year && kv.Key.Role == role).Select(kv => (decimal?)kv.Value).DefaultIfEmpty(null).Sum();
            var change = previous is { } p && p != 0 && sectors.Count > 0 ? (gross - p) / p * 100 : (decimal?)null;
            years.Add(new PreviewYear(year, provisional, bySector, gross, net, File(LineRole.Total), File(LineRole.Net),
                current.TryGetValue(year, out var c) ? c : null, change));
            previous = sectors.Count > 0 ? gross : null;
        }
        return new ImportPreview(sectors, years, currentName);
    }
}

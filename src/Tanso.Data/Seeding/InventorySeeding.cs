using Microsoft.EntityFrameworkCore;
using Tanso.Core.Figures;
using Tanso.Core.Governments;
using Tanso.Core.Inventory;
using Tanso.Data.Inventory;

namespace Tanso.Data.Seeding;

/// <summary>Seeds inventory entries: the nation's 2018 inventory (from the official figures) and the samples.</summary>
internal static class InventorySeeding
{
    /// <summary>The 2018 national inventory's sector lines, as inventory entries of the NDC base-year edition.</summary>
    public static async Task<int> SeedNationalInventoryAsync(TansoDb db, CancellationToken ct)
    {
        var nation = await db.Governments.SingleAsync(g => g.Level == GovernmentLevel.National, ct);
        var series = await db.FigureSeries.SingleAsync(s => s.Code == "inventory-2018", ct);
        var figures = (await db.OfficialFigures.AsNoTracking().Where(f => f.SeriesId == series.Id).ToListAsync(ct))
            .Where(f => !f.Line.IsTotal).ToList();
        if (figures.Count == 0 || await db.InventoryEntries.AnyAsync(e => e.GovernmentId == nation.Id && e.EditionId == figures[0].EditionId, ct))
        {
            return 0;
        }
        var entries = figures.Select(f => new InventoryEntry(f.EditionId, nation.Id, f.Line.Sector!.Value, "", Gas.Total, f.Year, f.Value)).ToList();
        return await WriteAsync(db, figures[0].EditionId, "national-sector-figures.csv (seed)", "seed", entries, ct);
    }

    public static async Task<int> SeedSampleAsync(TansoDb db, CancellationToken ct)
    {
        var edition = await db.InventoryEditions.SingleAsync(e => e.Code == SampleInventory.EditionCode, ct);
        if (await db.InventoryEntries.AnyAsync(e => e.EditionId == edition.Id, ct))
        {
            return 0;
        }
        // Sample data only where nothing real exists: a province with a published inventory gets none.
        var real = await db.InventoryEntries.Join(db.InventoryEditions.Where(e => !e.IsSample), e => e.EditionId, ed => ed.Id, (e, _) => e.GovernmentId)
            .Distinct().ToListAsync(ct);
        var provinces = await db.Governments.Where(g => g.Level == GovernmentLevel.Province && !real.Contains(g.Id)).ToListAsync(ct);
        var entries = SampleInventory.For(edition.Id, provinces).ToList();
        return await WriteAsync(db, edition.Id, "generated sample data", "generated", entries, ct);
    }

    private static async Task<int> WriteAsync(TansoDb db, int editionId, string file, string format, List<InventoryEntry> entries, CancellationToken ct)
    {
        db.InventoryImports.Add(new InventoryImport
        {
            EditionId = editionId, FileName = file, Format = format, Entries = entries.Count, ImportedUtc = db.Clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        await InventoryWriter.InsertAsync(db, entries, null, ct);
        return entries.Count;
    }
}

using Microsoft.EntityFrameworkCore;
using Tanso.Core.Figures;
using Tanso.Core.Inventory;
using Tanso.Core.Regional;
using Tanso.Core.Sectors;
using Tanso.Data.Inventory;

namespace Tanso.Data.Seeding;

/// <summary>
/// 경상남도's published local-management series (five sectors the province manages, 2016–2022) as an inventory edition,
/// so that the inventory, plan and portal pages of 경상남도 open on its own published figures. Only this series maps
/// one to one onto Tanso's sectors; it is the basis of the province's plan (2018 = 20.99 Mt as the plan says,
/// 20,767.4 kt on the centre's site: both stay visible on the data page). The other series (direct and indirect,
/// the 18 시·군) stay as published figures, line by line, because their lines do not map onto sectors without adding
/// direct to indirect.
/// </summary>
internal static class RegionalInventoryEdition
{
    public const string EditionCode = "gyeongnam-local-2016-2022";
    private const string Series = "Sectors under local-government management (5 local sectors), 2016–2022";

    private static readonly Dictionary<string, Sector> Lines = new(StringComparer.Ordinal)
    {
        ["도시건물"] = SectorTaxonomy.Buildings,
        ["수송/교통"] = SectorTaxonomy.Transport,
        ["농축수산"] = SectorTaxonomy.Agriculture,
        ["순환경제"] = SectorTaxonomy.Waste,
        ["산림녹지환경"] = SectorTaxonomy.Lulucf,
    };

    public static InventoryEdition Edition() => new(
        EditionCode,
        "경상남도 온실가스 배출량 — 지자체 관리 부문 (경상남도 탄소중립지원센터 공개 자료, 2016–2022)",
        "Gyeongnam GHG emissions — sectors under local-government management (Gyeongnam carbon-neutrality support centre, 2016–2022)",
        "경상남도 탄소중립지원센터",
        new DateOnly(2024, 1, 1),
        "Five local-management sectors (도시건물, 수송/교통, 농축수산, 순환경제, 산림녹지환경 as sink); direct and indirect lines as the centre sums them on this basis. Not the GIR 06KRF direct inventory (shown separately on the data page). The site states no publication date; the date here only orders the edition.",
        "cmaruWeb/gcnc @c7959dd861ba246f287fec237913b1da6e83b4c5 www/gyeongnam/emissions.php (reference file regional-inventory-gyeongnam.csv)");

    public static async Task<int> SeedAsync(TansoDb db, CancellationToken ct)
    {
        var edition = await db.InventoryEditions.SingleOrDefaultAsync(e => e.Code == EditionCode, ct);
        if (edition is null)
        {
            edition = Edition();
            db.InventoryEditions.Add(edition);
            await db.SaveChangesAsync(ct);
        }
        if (await db.InventoryEntries.AnyAsync(e => e.EditionId == edition.Id, ct))
        {
            return 0;
        }
        var figures = await db.RegionalFigures.AsNoTracking().Where(f => f.Series == Series && f.Scope == EmissionScope.LocalManagement).ToListAsync(ct);
        var entries = figures.Where(f => Lines.ContainsKey(f.LineKo) && f.Value is not null)
            .Select(f => new InventoryEntry(edition.Id, f.GovernmentId, Lines[f.LineKo].Code, "", Gas.Total, f.Year, f.Value!.Value)).ToList();
        if (entries.Count == 0)
        {
            return 0;
        }
        db.InventoryImports.Add(new InventoryImport
        {
            EditionId = edition.Id, FileName = "regional-inventory-gyeongnam.csv (seed)", Format = "seed", Entries = entries.Count,
            ImportedUtc = db.Clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        await InventoryWriter.InsertAsync(db, entries, null, ct);
        return entries.Count;
    }
}

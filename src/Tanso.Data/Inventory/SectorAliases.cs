using Microsoft.EntityFrameworkCore;
using Tanso.Core.Inventory;
using Tanso.Data.Seeding;

namespace Tanso.Data.Inventory;

/// <summary>
/// The sector mapping table: seeded from the shipped <c>Seed/sector-mapping.csv</c> (documented in
/// docs/inventory.md) and extended by administrators (web API and CLI), every addition audited.
/// </summary>
public static class SectorAliases
{
    /// <summary>The shipped lines.</summary>
    public static IReadOnlyList<SectorAlias> Shipped() => EmbeddedCsv.Read("sector-mapping.csv", r =>
        new SectorAlias(r.Text("scheme"), r.Text("key"), r.Text("maps_to"), r.GetField("top_code") ?? "", r.GetField("note") ?? ""));

    /// <summary>Inserts the shipped lines that are missing (by scheme and key); never changes a line.</summary>
    public static async Task<int> SeedAsync(TansoDb db, CancellationToken ct)
    {
        var known = (await db.SectorAliases.Select(a => new { a.Scheme, a.Key }).ToListAsync(ct)).Select(a => (a.Scheme, Norm(a.Scheme, a.Key))).ToHashSet();
        var missing = Shipped().Where(a => known.Add((a.Scheme, Norm(a.Scheme, a.Key)))).ToList();
        db.SectorAliases.AddRange(missing);
        await db.SaveChangesAsync(ct);
        return missing.Count;
    }

    /// <summary>Adds an administrator's line; the refusal (Korean, English) when it is invalid or already mapped.</summary>
    public static async Task<(SectorAlias? Added, (string Ko, string En)? Refusal)> AddAsync(TansoDb db, string scheme, string key, string mapsTo, string? topCode, string? note, CancellationToken ct)
    {
        scheme = scheme.Trim();
        key = key.Trim();
        mapsTo = mapsTo.Trim();
        if (SectorAlias.ProblemWith(scheme, key, mapsTo) is { } problem)
        {
            return (null, problem);
        }
        var normal = Norm(scheme, key);
        var existing = (await db.SectorAliases.AsNoTracking().Where(a => a.Scheme == scheme).ToListAsync(ct)).FirstOrDefault(a => Norm(scheme, a.Key) == normal);
        if (existing is not null)
        {
            return (null, ($"'{key}'은(는) 이미 '{existing.MapsTo}'(으)로 대응되어 있습니다", $"'{key}' is already mapped to '{existing.MapsTo}'"));
        }
        var alias = new SectorAlias(scheme, key, mapsTo, topCode?.Trim() ?? "", note?.Trim() ?? "") { AddedByAdministrator = true };
        db.SectorAliases.Add(alias);
        await db.SaveChangesAsync(ct);
        return (alias, null);
    }

    // Names match as the mapping reads them (spaces, case and punctuation aside); codes as it normalises them.
    private static string Norm(string scheme, string key) => scheme == "name" ? SectorMapping.Normalize(key) : SectorMapping.NormalizeCode(key).ToUpperInvariant();
}

using Microsoft.EntityFrameworkCore;

namespace Tanso.Data.Inventory;

/// <summary>
/// On SQLite, a bulk import's foreign keys are checked once per transaction instead of once per row: SQLite looks up
/// the edition and the government for every inserted entry, which cost about a fifth of the write (bench/). The
/// importer takes every government from <see cref="GovernmentDirectory"/> and writes into the edition it has just
/// created or loaded, so the check left is whether those rows still exist; it runs inside the write transaction, where
/// no other writer can delete them before the commit. A failed check throws, so the transaction is rolled back.
/// </summary>
internal sealed class ImportReferences : IAsyncDisposable
{
    private readonly TansoDb _db;

    private ImportReferences(TansoDb db) => _db = db;

    /// <summary>Turns per-row checks off on this connection until disposed; null where they must stay (PostgreSQL, whose
    /// COPY checks them in bulk anyway, or a caller's transaction already open, where SQLite ignores the switch).</summary>
    public static async Task<ImportReferences?> SuspendAsync(TansoDb db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite() || db.Database.CurrentTransaction is not null)
        {
            return null;
        }
        // The switch is per connection and only outside a transaction: keep the connection open until it is turned back.
        await db.Database.OpenConnectionAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF", ct);
        return new ImportReferences(db);
    }

    /// <summary>Throws unless the edition and every government written exist.</summary>
    public async Task VerifyAsync(int editionId, IReadOnlyCollection<int> governmentIds, CancellationToken ct)
    {
        var editions = await _db.InventoryEditions.CountAsync(e => e.Id == editionId, ct);
        var governments = await _db.Governments.CountAsync(g => governmentIds.Contains(g.Id), ct);
        if (editions != 1 || governments != governmentIds.Count)
        {
            throw new InvalidOperationException($"Inventory import: edition {editionId} or one of {governmentIds.Count} government(s) no longer exists; nothing was written.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = ON");
        await _db.Database.CloseConnectionAsync();
    }
}

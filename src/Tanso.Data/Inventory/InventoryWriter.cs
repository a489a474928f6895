using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Tanso.Core.Inventory;

namespace Tanso.Data.Inventory;

/// <summary>
/// Writes validated inventory entries in bulk, inside the caller's transaction: a prepared statement
/// on SQLite, binary COPY on PostgreSQL. Entries are never audited one by one; the
/// <see cref="InventoryImport"/> saved with them is.
/// </summary>
public static class InventoryWriter
{
    private const string Columns = "\"EditionId\", \"GovernmentId\", \"Sector\", \"SubSector\", \"Gas\", \"Year\", \"Emissions\", \"Category\", \"Level\", \"Nested\", \"Provisional\", \"Mark\"";

    /// <summary>Inserts <paramref name="entries"/> into edition <paramref name="editionId"/> (each entry's own when null);
    /// <paramref name="progress"/> receives the count written so far.</summary>
    public static async Task InsertAsync(TansoDb db, IEnumerable<InventoryEntry> entries, IProgress<int>? progress, CancellationToken ct, int? editionId = null)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Inventory entries are written inside the import's transaction.");
        if (db.Database.IsNpgsql())
        {
            await CopyAsync((NpgsqlConnection)db.Database.GetDbConnection(), entries, editionId, progress, ct);
        }
        else
        {
            await InsertSqliteAsync((SqliteConnection)db.Database.GetDbConnection(), (SqliteTransaction)transaction.GetDbTransaction(), entries, editionId, progress, ct);
        }
    }

    private static async Task InsertSqliteAsync(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<InventoryEntry> entries, int? editionId, IProgress<int>? progress, CancellationToken ct)
    {
        // A larger page cache keeps the indexes' pages in memory while a big file goes in.
        await using (var pragma = connection.CreateCommand())
        {
            pragma.Transaction = transaction;
            pragma.CommandText = "PRAGMA cache_size = -262144";
            await pragma.ExecuteNonQueryAsync(ct);
        }
        // One prepared single-row statement: Microsoft.Data.Sqlite binds parameters by name, so multi-row
        // statements with hundreds of parameters are slower, not faster (measured in bench/).
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO inventory_entries ({Columns}) VALUES ($e, $g, $s, $ss, $gas, $y, $v, $c, $l, $n, $p, $m)";
        var e = command.Parameters.Add("$e", SqliteType.Integer);
        var g = command.Parameters.Add("$g", SqliteType.Integer);
        var s = command.Parameters.Add("$s", SqliteType.Text);
        var ss = command.Parameters.Add("$ss", SqliteType.Text);
        var gas = command.Parameters.Add("$gas", SqliteType.Text);
        var y = command.Parameters.Add("$y", SqliteType.Integer);
        var v = command.Parameters.Add("$v", SqliteType.Text);
        var c = command.Parameters.Add("$c", SqliteType.Text);
        var l = command.Parameters.Add("$l", SqliteType.Integer);
        var nested = command.Parameters.Add("$n", SqliteType.Integer);
        var p = command.Parameters.Add("$p", SqliteType.Integer);
        var m = command.Parameters.Add("$m", SqliteType.Text);
        command.Prepare();
        var n = 0;
        foreach (var entry in entries)
        {
            e.Value = editionId ?? entry.EditionId;
            g.Value = entry.GovernmentId;
            s.Value = entry.Sector.Value;
            ss.Value = entry.SubSector;
            gas.Value = GasNames[(int)entry.Gas];
            y.Value = entry.Year.Value;
            // Decimals are stored as text, which EF Core's SQLite provider reads back exactly.
            v.Value = entry.Emissions.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            c.Value = entry.Category;
            l.Value = entry.Level;
            nested.Value = entry.Nested ? 1 : 0;
            p.Value = entry.Provisional ? 1 : 0;
            m.Value = MarkNames[(int)entry.Mark];
            // SQLite runs in-process: the synchronous call is the fast one.
            command.ExecuteNonQuery();
            if (++n % 10_000 == 0)
            {
                progress?.Report(n);
                ct.ThrowIfCancellationRequested();
            }
        }
        progress?.Report(n);
    }

    private static readonly string[] GasNames = Enum.GetNames<Gas>();
    private static readonly string[] MarkNames = Enum.GetNames<ValueMark>();

    private static async Task CopyAsync(NpgsqlConnection connection, IEnumerable<InventoryEntry> entries, int? editionId, IProgress<int>? progress, CancellationToken ct)
    {
        await using var writer = await connection.BeginBinaryImportAsync($"COPY inventory_entries ({Columns}) FROM STDIN (FORMAT BINARY)", ct);
        var n = 0;
        foreach (var entry in entries)
        {
            await writer.StartRowAsync(ct);
            await writer.WriteAsync(editionId ?? entry.EditionId, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(entry.GovernmentId, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(entry.Sector.Value, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(entry.SubSector, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(GasNames[(int)entry.Gas], NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(entry.Year.Value, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(entry.Emissions.Value, NpgsqlDbType.Numeric, ct);
            await writer.WriteAsync(entry.Category, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(entry.Level, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(entry.Nested, NpgsqlDbType.Boolean, ct);
            await writer.WriteAsync(entry.Provisional, NpgsqlDbType.Boolean, ct);
            await writer.WriteAsync(MarkNames[(int)entry.Mark], NpgsqlDbType.Varchar, ct);
            if (++n % 10_000 == 0)
            {
                progress?.Report(n);
            }
        }
        await writer.CompleteAsync(ct);
        progress?.Report(n);
    }
}

using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using SQLitePCL;
using Tanso.Core.Inventory;

namespace Tanso.Data.Inventory;

/// <summary>
/// Writes validated inventory entries in bulk, inside the caller's transaction: a prepared statement
/// on SQLite (SQLite's own API), binary COPY on PostgreSQL. Entries are never audited one by one; the
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
        using var inserter = await SqliteInserter.OpenAsync(connection, transaction, editionId, ct);
        var n = 0;
        foreach (var entry in entries)
        {
            inserter.Add(entry);
            if (++n % 10_000 == 0)
            {
                progress?.Report(n);
                ct.ThrowIfCancellationRequested();
            }
        }
        progress?.Report(n);
    }

    /// <summary>On SQLite, an inserter the reading code feeds row by row on its own thread (SQLite runs in-process:
    /// no queue between threads, and every entry dies young); null on PostgreSQL.</summary>
    internal static async Task<SqliteInserter?> OpenSqliteAsync(TansoDb db, int editionId, CancellationToken ct) =>
        db.Database.IsNpgsql() ? null
            : await SqliteInserter.OpenAsync((SqliteConnection)db.Database.GetDbConnection(),
                (SqliteTransaction)(db.Database.CurrentTransaction ?? throw new InvalidOperationException("Inventory entries are written inside the import's transaction.")).GetDbTransaction(),
                editionId, ct);

    /// <summary>
    /// One prepared statement driven through SQLite's own API, as sqlite3's .import does: parameters bound by
    /// position, text encoded into one reused buffer. Microsoft.Data.Sqlite's command looks every parameter up by
    /// name on each execution, which cost more than the insert itself (measured in bench/); multi-row statements
    /// were slower still. The statement runs on the connection and inside the transaction EF Core opened.
    /// </summary>
    internal sealed class SqliteInserter : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly sqlite3_stmt _statement;
        private readonly int? _editionId;
        private byte[] _buffer = new byte[256];

        private SqliteInserter(SqliteConnection connection, sqlite3_stmt statement, int? editionId) =>
            (_connection, _statement, _editionId) = (connection, statement, editionId);

        public static async Task<SqliteInserter> OpenAsync(SqliteConnection connection, SqliteTransaction transaction, int? editionId, CancellationToken ct)
        {
            // A larger page cache keeps the indexes' pages in memory while a big file goes in (128 MB holds a
            // million entries' table and indexes; more only adds to the process's memory).
            await using (var pragma = connection.CreateCommand())
            {
                pragma.Transaction = transaction;
                pragma.CommandText = "PRAGMA cache_size = -131072";
                await pragma.ExecuteNonQueryAsync(ct);
            }
            var sql = $"INSERT INTO inventory_entries ({Columns}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";
            Check(connection, raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement));
            return new SqliteInserter(connection, statement, editionId);
        }

        public void Add(InventoryEntry entry)
        {
            var statement = _statement;
            raw.sqlite3_bind_int(statement, 1, _editionId ?? entry.EditionId);
            raw.sqlite3_bind_int(statement, 2, entry.GovernmentId);
            Bind(3, entry.Sector.Value);
            Bind(4, entry.SubSector);
            Bind(5, GasNames[(int)entry.Gas]);
            raw.sqlite3_bind_int(statement, 6, entry.Year.Value);
            // Decimals are stored as text, which EF Core's SQLite provider reads back exactly.
            Span<char> chars = stackalloc char[64];
            entry.Emissions.Value.TryFormat(chars, out var written, default, CultureInfo.InvariantCulture);
            Bind(7, chars[..written]);
            Bind(8, entry.Category);
            raw.sqlite3_bind_int(statement, 9, entry.Level);
            raw.sqlite3_bind_int(statement, 10, entry.Nested ? 1 : 0);
            raw.sqlite3_bind_int(statement, 11, entry.Provisional ? 1 : 0);
            Bind(12, MarkNames[(int)entry.Mark]);
            var step = raw.sqlite3_step(statement);
            raw.sqlite3_reset(statement);
            if (step != raw.SQLITE_DONE)
            {
                Check(_connection, step);
            }
        }

        // SQLite copies what is bound (SQLITE_TRANSIENT), so one buffer serves every parameter and row.
        private void Bind(int index, ReadOnlySpan<char> value)
        {
            var max = Encoding.UTF8.GetMaxByteCount(value.Length);
            if (max > _buffer.Length)
            {
                _buffer = new byte[max];
            }
            var length = Encoding.UTF8.GetBytes(value, _buffer);
            raw.sqlite3_bind_text(_statement, index, _buffer.AsSpan(0, length));
        }

        public void Dispose() => _statement.Dispose();
    }

    private static void Check(SqliteConnection connection, int result)
    {
        if (result is not (raw.SQLITE_OK or raw.SQLITE_DONE))
        {
            // The same exception Microsoft.Data.Sqlite throws, so callers see one kind of database error.
            throw new SqliteException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), result, raw.sqlite3_extended_errcode(connection.Handle));
        }
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

using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Tanso.Data;

/// <summary>
/// Inserts many rows of one mapped entity inside the current transaction (the seeding pass's, or an import's) without
/// the change tracker: columns and value
/// conversions come from the EF model, SQLite runs one prepared statement per row (in-process, the fast way there),
/// PostgreSQL receives them as batches of a thousand in one round trip each. The audit trail gets one event for the
/// whole set (table, row count, source) instead of one row per inserted row, as an import does for its entries.
/// </summary>
internal static class BulkRows
{
    private const int PostgresBatch = 1000;

    /// <param name="db">The context, inside a transaction.</param>
    /// <param name="rows">The rows, with their keys unset when the database generates them.</param>
    /// <param name="source">Where the rows come from (a file name), for the audit event.</param>
    /// <param name="ct">Cancellation.</param>
    /// <param name="entityId">What the audit event is about ("seed" for the seeding pass, an edition's id for an import).</param>
    /// <param name="action">The audit event's action.</param>
    public static async Task<int> InsertAsync<T>(TansoDb db, IReadOnlyList<T> rows, string source, CancellationToken ct,
        string entityId = "seed", string action = "seed") where T : class
    {
        if (rows.Count == 0)
        {
            return 0;
        }
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rows in bulk are written inside the caller's transaction.");
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd)).ToList();
        var names = string.Join(", ", columns.Select(p => $"\"{p.GetColumnName(table)}\""));
        var postgres = db.Database.IsNpgsql();
        var values = string.Join(", ", columns.Select((_, i) => postgres ? $"${i + 1}" : $"$p{i}"));
        var sql = $"INSERT INTO \"{table.Name}\" ({names}) VALUES ({values})";
        object Value(IProperty p, T row)
        {
            var clr = p.PropertyInfo?.GetValue(row) ?? p.FieldInfo?.GetValue(row);
            var converter = p.GetTypeMapping().Converter;
            var value = clr is null ? null : converter is null ? clr : converter.ConvertToProvider(clr);
            // An enum without a converter is stored as its number, as EF stores it.
            return value is Enum e ? Convert.ToInt32(e, System.Globalization.CultureInfo.InvariantCulture) : value ?? DBNull.Value;
        }

        var connection = db.Database.GetDbConnection();
        if (postgres)
        {
            foreach (var chunk in rows.Chunk(PostgresBatch))
            {
                await using var batch = new NpgsqlBatch((NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
                foreach (var row in chunk)
                {
                    var command = new NpgsqlBatchCommand(sql);
                    command.Parameters.AddRange(columns.Select(p => new NpgsqlParameter { Value = Value(p, row) }).ToArray());
                    batch.BatchCommands.Add(command);
                }
                await batch.ExecuteNonQueryAsync(ct);
            }
        }
        else
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            var parameters = columns.Select((_, i) =>
            {
                DbParameter parameter = command.CreateParameter();
                parameter.ParameterName = $"$p{i}";
                command.Parameters.Add(parameter);
                return parameter;
            }).ToArray();
            command.Prepare();
            foreach (var row in rows)
            {
                for (var i = 0; i < columns.Count; i++)
                {
                    parameters[i].Value = Value(columns[i], row);
                }
                // SQLite runs in-process: the synchronous call is the fast one.
                command.ExecuteNonQuery();
            }
        }
        db.AddAuditEvent(typeof(T).Name, entityId, action, new { rows = rows.Count, source });
        return rows.Count;
    }
}

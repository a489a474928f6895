using System.Collections;
using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Tanso.Data;

/// <summary>
/// Reads a stored decimal that no decimal can hold — NaN or ±Infinity in a PostgreSQL numeric, text such as "NaN" or
/// "1e40" in a SQLite column, left by an old row or a bad import — as <see cref="Sentinel"/>, which lies outside every
/// plausible range (<c>Tanso.Core.Quantities.Plausible</c>), so pages show that one value as invalid instead of failing
/// for everyone. Every other read passes straight through.
/// </summary>
public sealed class UnreadableNumbers : DbCommandInterceptor
{
    public static readonly UnreadableNumbers Instance = new();

    /// <summary>What an unreadable number reads as: 1e20, beyond every plausible range (the widest is 1e16 KRW) yet far
    /// enough below decimal's limit that the arithmetic of a page around it (shares, trajectories) cannot overflow.</summary>
    public const decimal Sentinel = 100_000_000_000_000_000_000m;

    private UnreadableNumbers()
    {
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result) => Wrap(eventData, result);

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Wrap(eventData, result));

    // Only queries read stored values; saving reads back keys and versions, and Npgsql's batching needs its own reader type.
    private static DbDataReader Wrap(CommandExecutedEventData eventData, DbDataReader result) =>
        eventData.CommandSource is CommandSource.LinqQuery or CommandSource.FromSqlQuery ? new Reader(result) : result;

    private static bool Unreadable(Exception e) => e is FormatException or OverflowException or InvalidCastException;

    private sealed class Reader(DbDataReader inner) : DbDataReader
    {
        public override decimal GetDecimal(int ordinal)
        {
            try
            {
                return inner.GetDecimal(ordinal);
            }
            catch (Exception e) when (Unreadable(e) && !inner.IsDBNull(ordinal))
            {
                return Sentinel;
            }
        }

        public override T GetFieldValue<T>(int ordinal) => typeof(T) == typeof(decimal) ? (T)(object)GetDecimal(ordinal) : inner.GetFieldValue<T>(ordinal);

        public override Task<T> GetFieldValueAsync<T>(int ordinal, CancellationToken cancellationToken) =>
            typeof(T) == typeof(decimal) ? Task.FromResult((T)(object)GetDecimal(ordinal)) : inner.GetFieldValueAsync<T>(ordinal, cancellationToken);

        public override object GetValue(int ordinal)
        {
            try
            {
                return inner.GetValue(ordinal);
            }
            catch (Exception e) when (Unreadable(e) && inner.GetFieldType(ordinal) == typeof(decimal))
            {
                return Sentinel;
            }
        }

        public override int Depth => inner.Depth;
        public override int FieldCount => inner.FieldCount;
        public override bool HasRows => inner.HasRows;
        public override bool IsClosed => inner.IsClosed;
        public override int RecordsAffected => inner.RecordsAffected;
        public override int VisibleFieldCount => inner.VisibleFieldCount;
        public override object this[int ordinal] => GetValue(ordinal);
        public override object this[string name] => GetValue(inner.GetOrdinal(name));
        public override bool GetBoolean(int ordinal) => inner.GetBoolean(ordinal);
        public override byte GetByte(int ordinal) => inner.GetByte(ordinal);
        public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => inner.GetBytes(ordinal, dataOffset, buffer, bufferOffset, length);
        public override char GetChar(int ordinal) => inner.GetChar(ordinal);
        public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) => inner.GetChars(ordinal, dataOffset, buffer, bufferOffset, length);
        public override string GetDataTypeName(int ordinal) => inner.GetDataTypeName(ordinal);
        public override DateTime GetDateTime(int ordinal) => inner.GetDateTime(ordinal);
        public override double GetDouble(int ordinal) => inner.GetDouble(ordinal);
        public override IEnumerator GetEnumerator() => ((IEnumerable)inner).GetEnumerator();
        public override Type GetFieldType(int ordinal) => inner.GetFieldType(ordinal);
        public override float GetFloat(int ordinal) => inner.GetFloat(ordinal);
        public override Guid GetGuid(int ordinal) => inner.GetGuid(ordinal);
        public override short GetInt16(int ordinal) => inner.GetInt16(ordinal);
        public override int GetInt32(int ordinal) => inner.GetInt32(ordinal);
        public override long GetInt64(int ordinal) => inner.GetInt64(ordinal);
        public override string GetName(int ordinal) => inner.GetName(ordinal);
        public override int GetOrdinal(string name) => inner.GetOrdinal(name);
        public override string GetString(int ordinal) => inner.GetString(ordinal);
        public override Stream GetStream(int ordinal) => inner.GetStream(ordinal);
        public override TextReader GetTextReader(int ordinal) => inner.GetTextReader(ordinal);
        public override int GetValues(object[] values)
        {
            var n = Math.Min(values.Length, FieldCount);
            for (var i = 0; i < n; i++)
            {
                values[i] = GetValue(i);
            }
            return n;
        }
        public override bool IsDBNull(int ordinal) => inner.IsDBNull(ordinal);
        public override Task<bool> IsDBNullAsync(int ordinal, CancellationToken cancellationToken) => inner.IsDBNullAsync(ordinal, cancellationToken);
        public override bool NextResult() => inner.NextResult();
        public override Task<bool> NextResultAsync(CancellationToken cancellationToken) => inner.NextResultAsync(cancellationToken);
        public override bool Read() => inner.Read();
        public override Task<bool> ReadAsync(CancellationToken cancellationToken) => inner.ReadAsync(cancellationToken);
        public override DataTable? GetSchemaTable() => inner.GetSchemaTable();
        public override void Close() => inner.Close();
        public override Task CloseAsync() => inner.CloseAsync();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }

        public override async ValueTask DisposeAsync()
        {
            await inner.DisposeAsync();
            await base.DisposeAsync();
        }
    }
}

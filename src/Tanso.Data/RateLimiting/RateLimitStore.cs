using System.Data.Common;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace Tanso.Data.RateLimiting;

/// <summary>Counts requests per partition in the database, one atomic statement per request (an upsert that starts a
/// new window once the old one has passed), and makes the shared secret the partition keys are hashed with.</summary>
public static class RateLimitStore
{
    /// <summary>Counts one request of <paramref name="key"/> and returns the window's count and start (Unix ms).</summary>
    public static async Task<(int Hits, long StartedMs)> HitAsync(TansoDb db, string key, long nowMs, long windowMs, CancellationToken ct)
    {
        // SET expressions read the row as it was, so both CASEs judge the same old window. Both SQLite (3.35+) and
        // PostgreSQL take this upsert with RETURNING.
        const string Sql = """
            INSERT INTO "rate_limit_windows" ("Key", "StartedMs", "Hits") VALUES (@key, @now, 1)
            ON CONFLICT ("Key") DO UPDATE SET
              "Hits" = CASE WHEN "rate_limit_windows"."StartedMs" <= @now - @window THEN 1 ELSE "rate_limit_windows"."Hits" + 1 END,
              "StartedMs" = CASE WHEN "rate_limit_windows"."StartedMs" <= @now - @window THEN @now ELSE "rate_limit_windows"."StartedMs" END
            RETURNING "Hits", "StartedMs"
            """;
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Sql;
            Add(command, "@key", key);
            Add(command, "@now", nowMs);
            Add(command, "@window", windowMs);
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            var counted = (reader.GetInt32(0), reader.GetInt64(1));
            await reader.DisposeAsync();
            // Now and then, forget windows a day old: a partition that stopped coming back leaves no trace.
            if (Random.Shared.Next(100) == 0)
            {
                await db.Database.ExecuteSqlAsync($"""DELETE FROM "rate_limit_windows" WHERE "StartedMs" < {nowMs - (long)TimeSpan.FromDays(1).TotalMilliseconds}""", ct);
            }
            return counted;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The shared secret named <paramref name="name"/>: made (32 random bytes) by the first instance to ask,
    /// read by every other.</summary>
    public static async Task<byte[]> SecretAsync(TansoDb db, string name, CancellationToken ct)
    {
        var made = RandomNumberGenerator.GetBytes(32);
        await db.Database.ExecuteSqlAsync($"""INSERT INTO "shared_secrets" ("Name", "Value") VALUES ({name}, {made}) ON CONFLICT ("Name") DO NOTHING""", ct);
        return await db.Set<SharedSecret>().AsNoTracking().Where(s => s.Name == name).Select(s => s.Value).SingleAsync(ct);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

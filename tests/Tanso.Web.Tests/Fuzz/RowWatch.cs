using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tanso.Data;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Fuzz;

/// <summary>
/// Tells the fuzz tests whether a request changed any row of the watched tables, without counting every table twice
/// per request. A commit counter is read first, on a connection of the watch's own: SQLite's <c>PRAGMA data_version</c>
/// changes whenever another connection commits to the file, and PostgreSQL's snapshot xmax (one past the newest
/// finished transaction id of the server) moves whenever any transaction that wrote a row ends. An unchanged counter
/// proves that nothing was written at all; only when it moved are the rows counted and compared, as before (tables the
/// app writes by design on a refusal, such as rate-limit windows, are not watched). The counts are kept with the counter
/// read before them, so the request after one that wrote nothing is not counted again. On PostgreSQL the counter is the
/// server's, so other tests' writes move it too: there the watch saves less, and is as strict.
/// </summary>
internal sealed class RowWatch : IDisposable
{
    // Tables that change on a refused request by design: rate-limit windows count refusals, sessions and keys are not data.
    private static readonly HashSet<string> Unwatched = ["rate_limit_windows", "shared_secrets", "user_sessions", "DataProtectionKeys"];

    private readonly DbConnection _connection;
    private readonly string[] _tables;
    private readonly string _countSql;
    private readonly string _versionSql;
    private Snapshot? _last;

    public RowWatch(TestDatabase database)
    {
        using (var db = database.Open())
        {
            _tables = [.. db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct()
                .Where(t => !Unwatched.Contains(t)).Order(StringComparer.Ordinal)];
            _countSql = "SELECT " + string.Join(" || '|' || ", _tables.Select(t => $"CAST((SELECT COUNT(*) FROM \"{t}\") AS TEXT)"));
        }
        if (database.Provider == DatabaseProvider.Postgres)
        {
            // Unpooled: the watch's session is its own and ends with it, so dropping the test's database need not wait for it.
            _connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString);
            _versionSql = "SELECT pg_snapshot_xmax(pg_current_snapshot())::text";
        }
        else
        {
            _connection = new SqliteConnection(new SqliteConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString);
            _versionSql = "PRAGMA data_version";
        }
        _connection.Open();
    }

    /// <summary>The state before a request: the commit counter, and the row counts as of that counter.</summary>
    public Snapshot Before()
    {
        var version = Read(_versionSql);
        if (_last is { } last && last.Version == version)
        {
            return last; // nothing committed since these counts were taken
        }
        return _last = new Snapshot(version, Read(_countSql));
    }

    /// <summary>The tables whose row counts differ from <paramref name="before"/>'s ("audit_entries 12 → 13"), else null.</summary>
    public string? ChangedSince(Snapshot before)
    {
        var version = Read(_versionSql);
        if (version == before.Version)
        {
            return null; // no commit of any connection since before: no row was written
        }
        _last = new Snapshot(version, Read(_countSql));
        if (_last.Counts == before.Counts)
        {
            return null;
        }
        var (was, now) = (before.Counts.Split('|'), _last.Counts.Split('|'));
        return string.Join("; ", _tables.Select((t, i) => (t, i)).Where(x => was[x.i] != now[x.i]).Select(x => $"{x.t} {was[x.i]} → {now[x.i]}"));
    }

    private string Read(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    public void Dispose() => _connection.Dispose();

    internal sealed record Snapshot(string Version, string Counts);
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tanso.Data;

namespace Tanso.Web.Tests.Infrastructure;

/// <summary>
/// A database of its own for one test or fixture: a SQLite file in a temporary folder, or, when
/// TANSO_TEST_POSTGRES holds a server connection string (test.sh sets it), a new PostgreSQL database
/// that is dropped afterwards.
/// <see cref="Create"/> hands out a copy of a template that was migrated and seeded once per test run (SQLite: a
/// file copy; PostgreSQL: <c>CREATE DATABASE … TEMPLATE</c>), so the app that starts on it finds nothing to
/// migrate or seed; <see cref="CreateEmpty"/> gives a database with no tables, for tests of migrating and seeding.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _folder;

    // A copy of the template is migrated and seeded already: an app on it skips the start-up check (EF's model diff,
    // the pending-migration query, the seeder reading every shipped file to find nothing missing), about a third of
    // an app's start. Apps on CreateEmpty() databases still migrate and seed as production does.
    private readonly bool _isTemplateCopy;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? folder, bool isTemplateCopy = false)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _folder = folder;
        _isTemplateCopy = isTemplateCopy;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    public static string? PostgresServer => Environment.GetEnvironmentVariable("TANSO_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    /// <summary>A migrated database holding the reference data and the sample data the app seeds by default.</summary>
    public static TestDatabase Create() => Template.Value.GetAwaiter().GetResult().Copy();

    /// <summary>A database with nothing in it: the app migrates and seeds it when it starts.</summary>
    public static TestDatabase CreateEmpty()
    {
        if (PostgresServer is { } server)
        {
            var builder = new NpgsqlConnectionStringBuilder(server) { Database = "tanso_test_" + Guid.NewGuid().ToString("N")[..16] };
            return new TestDatabase(DatabaseProvider.Postgres, builder.ConnectionString, null);
        }
        var folder = Directory.CreateTempSubdirectory("tanso-test-").FullName;
        return new TestDatabase(DatabaseProvider.Sqlite, SqliteConnectionString(Path.Combine(folder, "tanso.db")), folder);
    }

    private static string SqliteConnectionString(string file) => $"Data Source={file};Pooling=False";

    // A copy's connections are pooled (and the pool cleared when the copy is disposed): opening a SQLite file afresh
    // reads its whole schema again, about 5 ms of CPU, and the app opens a connection for nearly every query, so
    // unpooled connections cost the fuzz and matrix tests most of their time.
    private static string PooledSqliteConnectionString(string file) => $"Data Source={file}";

    private static readonly Lazy<Task<TestDatabase>> Template = new(CreateTemplateAsync);

    private static async Task<TestDatabase> CreateTemplateAsync()
    {
        var template = CreateEmpty();
        await using (var db = template.Open())
        {
            db.Clock = TestClock.Create(); // seeded as an app on the test clock would seed it (campaign periods, dates)
            await TansoDatabase.MigrateAndSeedAsync(db);
            if (template.Provider == DatabaseProvider.Sqlite)
            {
                // Everything into the main file, so that copying the file copies the database.
                await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
            }
        }
        if (template.Provider == DatabaseProvider.Postgres)
        {
            NpgsqlConnection.ClearAllPools(); // CREATE DATABASE … TEMPLATE needs the template to have no session
        }
        else
        {
            SqliteConnection.ClearAllPools();
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => template.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return template;
    }

    private TestDatabase Copy()
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            var source = new NpgsqlConnectionStringBuilder(ConnectionString);
            var copy = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "tanso_test_" + Guid.NewGuid().ToString("N")[..16] };
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            // FILE_COPY copies the template's files (about 50 ms for the seeded 16 MB) instead of writing every page into
            // the write-ahead log (PostgreSQL 15's default WAL_LOG, about 90 ms); the throwaway cluster need not replay it.
            // (PostgreSQL 14 and older copy files always, and know no STRATEGY.)
            var strategy = connection.PostgreSqlVersion.Major >= 15 ? " STRATEGY = FILE_COPY" : "";
            command.CommandText = $"CREATE DATABASE \"{copy.Database}\" TEMPLATE \"{source.Database}\"{strategy}";
            command.ExecuteNonQuery();
            return new TestDatabase(DatabaseProvider.Postgres, copy.ConnectionString, null, isTemplateCopy: true);
        }
        var folder = Directory.CreateTempSubdirectory("tanso-test-").FullName;
        var file = Path.Combine(folder, "tanso.db");
        File.Copy(new SqliteConnectionStringBuilder(ConnectionString).DataSource, file);
        return new TestDatabase(DatabaseProvider.Sqlite, PooledSqliteConnectionString(file), folder, isTemplateCopy: true);
    }

    public IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("Database:Provider", Provider.ToString()),
        new("ConnectionStrings:Tanso", ConnectionString),
        .. _isTemplateCopy ? [new KeyValuePair<string, string>("Database:MigrateOnStart", "false")] : Array.Empty<KeyValuePair<string, string>>(),
    ];

    public TansoDb Open() => new DatabaseConnection(Provider, ConnectionString).Open();

    // Not EF's EnsureDeleted: it clears every connection pool of the process, so each test that ended closed the
    // pooled connections of the tests still running beside it, and their next queries paid for new server processes
    // (a fork, and the catalogue read afresh for a database no backend had open). Only this database's pool is
    // cleared here; FORCE ends a session the app may still hold (its pool is gone with the app).
    private async Task DropPostgresDatabaseAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        await using (var own = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(own);
        }
        var server = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{builder.Database}\" WITH (FORCE)";
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            await DropPostgresDatabaseAsync();
        }
        if (_folder is not null)
        {
            using (var connection = new SqliteConnection(ConnectionString))
            {
                SqliteConnection.ClearPool(connection);
            }
            Directory.Delete(_folder, recursive: true);
        }
    }
}

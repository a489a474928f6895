using Npgsql;
using Tanso.Data;

namespace Tanso.Web.Tests.Infrastructure;

/// <summary>
/// A database of its own for one test or fixture: a SQLite file in a temporary folder, or, when
/// TANSO_TEST_POSTGRES holds a server connection string (test.sh sets it), a new PostgreSQL database
/// that is dropped afterwards.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _folder;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? folder)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _folder = folder;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    public static string? PostgresServer => Environment.GetEnvironmentVariable("TANSO_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    public static TestDatabase Create()
    {
        if (PostgresServer is { } server)
        {
            var builder = new NpgsqlConnectionStringBuilder(server) { Database = "tanso_test_" + Guid.NewGuid().ToString("N")[..16] };
            return new TestDatabase(DatabaseProvider.Postgres, builder.ConnectionString, null);
        }
        var folder = Directory.CreateTempSubdirectory("tanso-test-").FullName;
        return new TestDatabase(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "tanso.db")};Pooling=False", folder);
    }

    public IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("Database:Provider", Provider.ToString()),
        new("ConnectionStrings:Tanso", ConnectionString),
    ];

    public TansoDb Open() => new DatabaseConnection(Provider, ConnectionString).Open();

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            await using var db = Open();
            await db.Database.EnsureDeletedAsync();
        }
        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

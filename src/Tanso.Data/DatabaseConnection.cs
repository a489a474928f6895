using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Tanso.Data;

/// <summary>A resolved database target: the engine and its connection string.</summary>
public sealed record DatabaseConnection(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>Resolves the target from the <c>Database</c> options and <c>ConnectionStrings:Tanso</c>.</summary>
    public static DatabaseConnection From(DatabaseOptions options, string? connectionString) =>
        new(options.Provider, options.ResolveConnectionString(connectionString));

    /// <summary>Opens a context on the engine's own migrations and its compiled model (<c>Compiled/</c>: building the
    /// model from the configurations took 1–2 s of every start; <c>docs/development.md</c> says how to regenerate it).</summary>
    public TansoDb Open(ILoggerFactory? loggerFactory = null)
    {
        return Provider switch
        {
            DatabaseProvider.Postgres => new PostgresTansoDb(Configure(new DbContextOptionsBuilder<PostgresTansoDb>()
                .UseModel(Compiled.Postgres.PostgresTansoDbModel.Instance).UseNpgsql(ConnectionString)).Options),
            _ => new SqliteTansoDb(Configure(new DbContextOptionsBuilder<SqliteTansoDb>()
                .UseModel(Compiled.Sqlite.SqliteTansoDbModel.Instance).UseSqlite(ConnectionString)).Options),
        };

        DbContextOptionsBuilder<T> Configure<T>(DbContextOptionsBuilder<T> builder) where T : DbContext
        {
            builder.AddInterceptors(UnreadableNumbers.Instance, UnstorableParameters.Instance);
            // Migrate would otherwise rebuild the last migration's snapshot model and compare it with this one before applying
            // anything: about 0.5 s of a first start. CompiledModelTests.TheMigrations_HaveNoPendingModelChanges makes
            // the same comparison in every test run, where a forgotten migration belongs.
            builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
            return loggerFactory is null ? builder : builder.UseLoggerFactory(loggerFactory);
        }
    }

    /// <summary>Where the database is, without credentials: safe to log.</summary>
    public string Describe() => Provider switch
    {
        DatabaseProvider.Postgres => new NpgsqlConnectionStringBuilder(ConnectionString) is var pg
            ? $"PostgreSQL database '{pg.Database}' on {pg.Host}:{pg.Port}"
            : "",
        _ => $"SQLite file {new SqliteConnectionStringBuilder(ConnectionString).DataSource}",
    };
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tanso.Data;

/// <summary>
/// A new SQLite database gets its schema from the script EF Core generates for all the SQLite migrations, shipped as
/// <c>Migrations/Sqlite/schema.sql</c> and run in one transaction, instead of through <c>Migrate</c>, which at every
/// first start builds each migration's target model and generates that same SQL again (about 0.4 s of a first start).
/// A database with any migration applied goes through <c>Migrate</c>, so an update applies only what it lacks.
/// <c>SqliteSchemaScriptTests</c> keep the file equal to what the migrations generate, and the schema it makes equal to
/// the one <c>Migrate</c> makes; <c>docs/development.md</c> says how to regenerate it after adding a migration.
/// </summary>
public static class SqliteSchemaScript
{
    private const string Resource = "Tanso.Data.Migrations.Sqlite.schema.sql";

    /// <summary>The shipped script.</summary>
    public static string Shipped()
    {
        using var stream = typeof(SqliteSchemaScript).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"{Resource} is not embedded in Tanso.Data.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>What the migrations generate today, for all of them, without transaction statements.</summary>
    public static string Generate(TansoDb db) =>
        db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.NoTransactions).ReplaceLineEndings("\n");

    /// <summary>Creates the schema of a database that has none, in one transaction; false (nothing done) when the
    /// database has a migration history already, which another instance starting at the same time may have just written.</summary>
    public static async Task<bool> ApplyToNewAsync(TansoDb db, CancellationToken ct = default)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            // BEGIN IMMEDIATE: the write lock is taken before the check, so two instances cannot both find no history.
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'";
            if (Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) > 0)
            {
                return false;
            }
            command.CommandText = Shipped();
            await command.ExecuteNonQueryAsync(ct);
            await transaction.CommitAsync(ct);
            return true;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Tanso.Data;

namespace Tanso.Web.Tests;

/// <summary>
/// A new SQLite database is created by the shipped script of all the SQLite migrations (<see cref="SqliteSchemaScript"/>),
/// not through Migrate. The script must be what the migrations generate today, and make the schema Migrate makes.
/// After adding a migration, run these tests with TANSO_UPDATE_SCHEMA_SQL=1 and commit src/Tanso.Data/Migrations/Sqlite/schema.sql.
/// </summary>
// Engine "Any": SQLite only, in memory.
[Trait("Engine", "Any")]
public class SqliteSchemaScriptTests
{
    private static string ShippedPath => Path.Combine(Site.OpenApiContractTests.RepositoryRoot(), "src", "Tanso.Data", "Migrations", "Sqlite", "schema.sql");

    [Fact]
    public void TheShippedScript_IsWhatTheMigrationsGenerate()
    {
        using var db = new DatabaseConnection(DatabaseProvider.Sqlite, "Data Source=:memory:").Open();
        var generated = SqliteSchemaScript.Generate(db);
        if (Environment.GetEnvironmentVariable("TANSO_UPDATE_SCHEMA_SQL") == "1")
        {
            File.WriteAllText(ShippedPath, generated);
        }

        Assert.Contains("CREATE TABLE \"governments\"", generated, StringComparison.Ordinal); // not an empty comparison
        Assert.True(generated == SqliteSchemaScript.Shipped(),
            "src/Tanso.Data/Migrations/Sqlite/schema.sql is not what the SQLite migrations generate: after adding a migration, "
            + "run the tests with TANSO_UPDATE_SCHEMA_SQL=1 and commit the file (docs/development.md).");
    }

    [Fact]
    public async Task ANewDatabase_GetsTheSchemaAndHistory_MigrateWouldGiveIt()
    {
        var dir = Directory.CreateTempSubdirectory("tanso-schema-");
        try
        {
            var byScript = $"Data Source={Path.Combine(dir.FullName, "script.db")};Pooling=False";
            var byMigrate = $"Data Source={Path.Combine(dir.FullName, "migrate.db")};Pooling=False";
            await using (var db = new DatabaseConnection(DatabaseProvider.Sqlite, byScript).Open())
            {
                Assert.True(await SqliteSchemaScript.ApplyToNewAsync(db));
                Assert.Empty(await db.Database.GetPendingMigrationsAsync());
                // A second start finds the history and leaves the database to Migrate (which has nothing to apply).
                Assert.False(await SqliteSchemaScript.ApplyToNewAsync(db));
            }
            await using (var db = new DatabaseConnection(DatabaseProvider.Sqlite, byMigrate).Open())
            {
                await db.Database.MigrateAsync();
            }

            var scripted = await SchemaAsync(byScript);
            Assert.True(scripted.Count > 100, "the schema lists every table, index and migration"); // guards against an empty comparison
            Assert.Equal(await SchemaAsync(byMigrate), scripted);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task TheAppsStart_OnANewFile_UsesTheScript_AndRecordsEveryMigration()
    {
        var dir = Directory.CreateTempSubdirectory("tanso-schema-");
        try
        {
            var file = $"Data Source={Path.Combine(dir.FullName, "tanso.db")};Pooling=False";
            await using var db = new DatabaseConnection(DatabaseProvider.Sqlite, file).Open();
            var applied = await TansoDatabase.MigrateAsync(db);

            Assert.Equal(db.Database.GetMigrations(), applied);
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            Assert.Equal(0, await db.Governments.CountAsync()); // the schema only: seeding is a separate step
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>Every table, index, trigger and view with its SQL, and the migration history, in a stable order.</summary>
    private static async Task<List<string>> SchemaAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT type || ' ' || name || ' ' || tbl_name || ': ' || coalesce(sql, '') FROM sqlite_master
            WHERE name NOT IN ('sqlite_sequence', '__EFMigrationsLock')
            UNION ALL SELECT 'history ' || "MigrationId" || ' ' || "ProductVersion" FROM "__EFMigrationsHistory"
            ORDER BY 1
            """;
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }
        return rows;
    }
}

using Microsoft.EntityFrameworkCore;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests;

public sealed class DatabaseProviderTests(SeededApp fixture) : IClassFixture<SeededApp>
{
    // test.sh runs this project twice; this proves the second run really talks to PostgreSQL.
    [Fact]
    public async Task TheApp_RunsOnTheEngineTheTestRunAskedFor_WithEveryMigrationApplied()
    {
        await using var db = fixture.Database.Open();

        var expected = TestDatabase.PostgresServer is null ? "Microsoft.EntityFrameworkCore.Sqlite" : "Npgsql.EntityFrameworkCore.PostgreSQL";
        Assert.Equal(expected, db.Database.ProviderName);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
    }
}

using Microsoft.EntityFrameworkCore;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Fuzz;

/// <summary>The fuzz tests' "a refusal changes no row" check sees a row another connection wrote, and only then counts.</summary>
public sealed class RowWatchTests
{
    [Fact]
    public async Task ARowWrittenByAnotherConnection_IsSeen_AndNothingWritten_IsNot()
    {
        await using var database = TestDatabase.Create();
        using var rows = new RowWatch(database);

        var quiet = rows.Before();
        Assert.Null(rows.ChangedSince(quiet));
        if (database.Provider == Tanso.Data.DatabaseProvider.Sqlite)
        {
            // Nothing committed to the file: the counts are not taken again. (PostgreSQL's counter is the server's, which
            // the tests running beside this one move: there the counts are taken again, and compared as strictly.)
            Assert.Same(quiet, rows.Before());
        }

        var before = rows.Before();
        await using (var db = database.Open())
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM news_posts WHERE \"Number\" = (SELECT MIN(\"Number\") FROM news_posts)");
        }
        var after = rows.ChangedSince(before);

        Assert.NotNull(after);
        Assert.Matches(@"^news_posts \d+ → \d+$", after);
    }
}

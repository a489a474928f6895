using Microsoft.EntityFrameworkCore;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests;

public sealed class RestartTests
{
    [Fact]
    public async Task Restart_KeepsTheData_AndSeedsNothingTwice()
    {
        await using var database = TestDatabase.Create();
        (int, int, int, int) Counts(Data.TansoDb db) =>
            (db.Governments.Count(), db.InventoryEditions.Count(), db.FigureSeries.Count(), db.OfficialFigures.Count());

        await using (var first = new TansoApp(database))
        {
            _ = first.Server;
        }
        (int, int, int, int) afterFirst;
        await using (var db = database.Open())
        {
            afterFirst = Counts(db);
            // A correction made in the database must survive a restart: seeding never overwrites.
            await db.Database.ExecuteSqlRawAsync("UPDATE governments SET \"NameEn\" = 'Seoul (edited)' WHERE \"NameKo\" = '서울특별시'");
        }
        await using (var second = new TansoApp(database))
        {
            _ = second.Server;
        }

        await using var check = database.Open();
        Assert.Equal((18, 1, 5, 55), afterFirst);
        Assert.Equal(afterFirst, Counts(check));
        Assert.Equal("Seoul (edited)", check.Governments.Single(g => g.NameKo == "서울특별시").NameEn);
    }
}

using Microsoft.EntityFrameworkCore;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests;

public sealed class RestartTests
{
    [Fact]
    public async Task Restart_KeepsTheData_AndSeedsNothingTwice()
    {
        await using var database = TestDatabase.CreateEmpty();
        (int, int, int, int, int) Counts(Data.TansoDb db) =>
            (db.Governments.Count(), db.InventoryEditions.Count(), db.FigureSeries.Count(), db.OfficialFigures.Count(), db.InventoryEntries.Count());

        await using (var first = new TansoApp(database))
        {
            _ = first.Server;
        }
        (int, int, int, int, int) afterFirst;
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
        // 1 nation + 17 시·도 + 229 시·군·구 (226 autonomous in 2018, plus 3 districts of Incheon's 2026 reorganisation);
        // the NDC edition, the sample edition and Gyeongnam's published local-management series; the nation's 8 sector
        // lines of 2018, 16 × 8 × 13 sample entries (none for Gyeongnam, which has real data) and Gyeongnam's 5 sectors × 7 years.
        Assert.Equal((247, 3, 5, 55, 8 + 16 * 8 * 13 + 5 * 7), afterFirst);
        Assert.Equal(afterFirst, Counts(check));
        Assert.Equal("Seoul (edited)", check.Governments.Single(g => g.NameKo == "서울특별시").NameEn);
    }
}

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
        // the NDC edition, the sample edition, Gyeongnam's published local-management series and the nation's 6 GIR editions
        // (2006 GL, 1996 GL, 4 provisional releases); the nation's 8 sector lines of 2018, 16 × 8 × 13 sample entries (none
        // for Gyeongnam, which has real data), Gyeongnam's 5 sectors × 7 years, and the GIR categories placed on sectors:
        // 2006 GL 5,313 rows = 4,950 category lines + 330 reported lines (totals, energy groups, memo) + 33 empty memo
        // headings; 1996 GL 4,608 rows = 4,256 + 352. The provisional editions hold totals only (reported lines).
        Assert.Equal((247, 9, 5, 55, 8 + 16 * 8 * 13 + 5 * 7 + 4_950 + 4_256), afterFirst);
        Assert.Equal(afterFirst, Counts(check));
        Assert.Equal("Seoul (edited)", check.Governments.Single(g => g.NameKo == "서울특별시").NameEn);
    }
}

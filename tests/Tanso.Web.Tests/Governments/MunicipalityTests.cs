using Microsoft.EntityFrameworkCore;
using Tanso.Core.Governments;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Governments;

public sealed class MunicipalityTests(SeededApp fixture) : IClassFixture<SeededApp>
{
    [Fact]
    public async Task On2018Boundaries_There_Are226AutonomousMunicipalities()
    {
        await using var db = fixture.Database.Open();
        var municipalities = await db.Governments.Where(g => g.Level == GovernmentLevel.Municipality).ToListAsync();

        Assert.Equal(226, municipalities.Count(m => m.IsValidOn(new DateOnly(2018, 12, 31))));
        Assert.Equal(226 - 2 + 3, municipalities.Count(m => m.IsValidOn(new DateOnly(2026, 7, 1))));
        // Cities split into non-autonomous districts are one government each; the districts are not.
        Assert.Single(municipalities, m => m.NameKo == "수원시");
        Assert.DoesNotContain(municipalities, m => m.NameKo.StartsWith("수원시", StringComparison.Ordinal) && m.NameKo != "수원시");
        // Sejong and Jeju's cities are not autonomous.
        Assert.DoesNotContain(municipalities, m => m.NameKo is "세종시" or "제주시" or "서귀포시");
    }

    [Fact]
    public async Task Gunwi_BelongsToGyeongbukUntilJune2023_AndToDaeguFromJuly()
    {
        await using var db = fixture.Database.Open();
        var gunwi = await db.Governments.SingleAsync(g => g.NameKo == "군위군");
        var affiliations = await db.GovernmentAffiliations.Where(a => a.GovernmentId == gunwi.Id).ToListAsync();
        var names = await db.Governments.Where(g => g.Level == GovernmentLevel.Province).ToDictionaryAsync(g => g.Id, g => g.NameKo);

        Assert.Equal("경상북도", names[affiliations.Single(a => a.IsValidOn(new DateOnly(2023, 6, 30))).ParentId]);
        Assert.Equal("대구광역시", names[affiliations.Single(a => a.IsValidOn(new DateOnly(2023, 7, 1))).ParentId]);
        Assert.Equal("대구광역시", names[gunwi.ParentId!.Value]);
        Assert.Equal("37310", gunwi.SgisCode?.Value); // the 2018 code stays with the government
    }
}

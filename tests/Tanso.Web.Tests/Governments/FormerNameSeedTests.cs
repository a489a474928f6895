using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Governments;
using Tanso.Data.Inventory;
using Tanso.Data.Seeding;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Governments;

public sealed class FormerNameSeedTests(SeededApp fixture) : IClassFixture<SeededApp>
{
    [Fact]
    public async Task IncheonNamGu_IsSeededAsMichuholGu_WithItsFormerName()
    {
        await using var db = fixture.Database.Open();
        var michuhol = await db.Governments.SingleAsync(g => g.SgisCode == RegionCode.Parse("23030"));

        Assert.Equal("미추홀구", michuhol.NameKo);
        Assert.Equal("Michuhol-gu", michuhol.NameEn);
        Assert.Equal("남구", michuhol.NameOn(new DateOnly(2017, 12, 31), "ko"));
        Assert.False(await db.Governments.AnyAsync(g => g.NameKo == "남구" && g.ParentId == michuhol.ParentId));
    }

    [Fact]
    public async Task GangwonAndJeonbuk_KeepTheirNamesBeforeSpecialSelfGoverningStatus()
    {
        await using var db = fixture.Database.Open();
        var gangwon = await db.Governments.SingleAsync(g => g.SgisCode == RegionCode.Parse("32"));
        var jeonbuk = await db.Governments.SingleAsync(g => g.SgisCode == RegionCode.Parse("35"));

        Assert.Equal(("강원도", "강원특별자치도"), (gangwon.NameOn(new DateOnly(2023, 6, 10), "ko"), gangwon.NameOn(new DateOnly(2023, 6, 11), "ko")));
        Assert.Equal(("전라북도", "전북특별자치도"), (jeonbuk.NameOn(new DateOnly(2024, 1, 17), "ko"), jeonbuk.NameOn(new DateOnly(2024, 1, 18), "ko")));
    }

    [Fact]
    public async Task AFileOfAnEarlierYear_FindsTheGovernmentByItsFormerName_AndReportsNameIt()
    {
        await using var db = fixture.Database.Open();
        var directory = await GovernmentDirectory.LoadAsync(db, default);
        var (found, problem) = directory.Find("인천광역시 남구");

        Assert.Null(problem);
        Assert.Equal("미추홀구", found!.NameKo);
        Assert.Equal("인천광역시 남구 (현 미추홀구)", directory.FullNameOn(found, new DateOnly(2017, 12, 31)));
        Assert.Equal("인천광역시 미추홀구", directory.FullNameOn(found, new DateOnly(2024, 12, 31)));
        Assert.Equal("Nam-gu (now Michuhol-gu)", GovernmentDirectory.EnglishNameOn(found, new DateOnly(2017, 12, 31)));
        // A 시·군·구 of 강원도 in a 2020 file is found under the province's name of that time.
        Assert.Equal("춘천시", directory.Find("강원도 춘천시").Government?.NameKo);
        // Bare 남구 stays ambiguous: five other cities still have one.
        Assert.NotNull(directory.Find("남구").Problem);
    }

    [Fact]
    public async Task TheApi_ListsFormerNames()
    {
        var governments = await fixture.App.CreateClient().GetFromJsonAsync<JsonElement>("/api/governments?level=municipality");
        var michuhol = governments.EnumerateArray().Single(g => g.GetProperty("sgisCode").GetString() == "23030");

        var former = Assert.Single(michuhol.GetProperty("formerNames").EnumerateArray().ToList());
        Assert.Equal("남구", former.GetProperty("nameKo").GetString());
        Assert.Equal("2018-06-30", former.GetProperty("validTo").GetString());
    }

    [Fact]
    public async Task SeedingAgain_AfterARenameWasRecorded_AddsNoGovernment_AndNoSecondFormerName()
    {
        await using var db = fixture.Database.Open();
        var before = await db.Governments.CountAsync();

        await Seeder.SeedAsync(db, sampleData: false);

        Assert.Equal(before, await db.Governments.CountAsync());
        var michuhol = await db.Governments.AsNoTracking().SingleAsync(g => g.SgisCode == RegionCode.Parse("23030"));
        Assert.Single(michuhol.FormerNames);
    }

    [Fact]
    public async Task ADatabaseSeededBeforeTheRename_IsRenamedBySeeding_NotGivenASecondDistrict()
    {
        await using (var db = fixture.Database.Open())
        {
            // As a database seeded from the 2018 boundaries alone holds it.
            var code = RegionCode.Parse("23030");
            await db.Database.ExecuteSqlRawAsync("DELETE FROM government_former_names");
            await db.Governments.Where(g => g.SgisCode == code).ExecuteUpdateAsync(s => s.SetProperty(g => g.NameKo, "남구").SetProperty(g => g.NameEn, "Nam-gu"));
            var before = await db.Governments.CountAsync();

            await Seeder.SeedAsync(db, sampleData: false);

            Assert.Equal(before, await db.Governments.CountAsync());
        }
        await using var check = fixture.Database.Open();
        var michuhol = await check.Governments.AsNoTracking().SingleAsync(g => g.SgisCode == RegionCode.Parse("23030"));
        Assert.Equal(("미추홀구", "남구"), (michuhol.NameKo, Assert.Single(michuhol.FormerNames).NameKo));
        var gangwon = await check.Governments.AsNoTracking().SingleAsync(g => g.SgisCode == RegionCode.Parse("32"));
        Assert.Equal("강원도", Assert.Single(gangwon.FormerNames).NameKo);
    }
}

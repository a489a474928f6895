using System.Net.Http.Json;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Governments;

public sealed class GovernmentApiTests(SeededApp fixture) : IClassFixture<SeededApp>
{
    private readonly HttpClient _client = fixture.App.CreateClient();

    private sealed record Government(int Id, string Level, string Type, string TypeKo, string NameKo, string NameEn, string? AdministrativeCode, string? SgisCode);

    [Fact]
    public async Task Governments_AreTheNationAndThe17RegionsOfTheReferenceFile()
    {
        var all = (await _client.GetFromJsonAsync<Government[]>("/api/governments"))!;

        var nation = Assert.Single(all, g => g.Level == "national");
        Assert.Equal("대한민국", nation.NameKo);
        Assert.Null(nation.AdministrativeCode);
        var regions = ReferenceFile.Regions();
        Assert.Equal(17, regions.Count);
        foreach (var r in regions)
        {
            var g = Assert.Single(all, g => g.AdministrativeCode == r[0]);
            Assert.Equal(("province", r[1], r[2], r[3], r[4]), (g.Level, g.SgisCode, g.NameKo, g.NameEn, g.TypeKo));
        }
    }

    [Fact]
    public async Task FilterByLevel_ReturnsOnlyProvinces()
    {
        var provinces = (await _client.GetFromJsonAsync<Government[]>("/api/governments?level=province"))!;

        Assert.Equal(17, provinces.Length);
        Assert.All(provinces, p => Assert.Equal("province", p.Level));
        Assert.Equal(provinces.OrderBy(p => p.AdministrativeCode, StringComparer.Ordinal).Select(p => p.Id), provinces.Select(p => p.Id));
    }
}

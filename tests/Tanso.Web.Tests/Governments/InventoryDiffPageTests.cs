using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Governments;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Governments;

public sealed partial class InventoryDiffPageTests(SeededApp fixture) : IClassFixture<SeededApp>
{
    private const string Editions = "from=gir-1996gl-1990-2021&to=gir-2006gl-1990-2022";

    [Fact]
    public async Task TheTwoGirSeries_AreComparedOneYearAtATime_EveryYearListedWithItsCount()
    {
        var (nation, changes) = await NationAndChangesAsync();
        var client = fixture.App.CreateClient();

        var latest = await client.GetStringAsync($"/governments/{nation}/diff?{Editions}");
        var year1990 = await client.GetStringAsync($"/governments/{nation}/diff?{Editions}&year=1990");

        var perYear = changes.GroupBy(c => c!["year"]!.GetValue<int>()).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(2022, perYear.Keys.Max());
        // The latest year is shown first, then any year by its link; each table holds that year's changes and no other.
        Assert.Equal(perYear[2022], DetailRows(latest));
        Assert.Equal(perYear[1990], DetailRows(year1990));
        Assert.Contains($"2022년 바뀐 값 {perYear[2022]}건", Flat(latest), StringComparison.Ordinal);
        foreach (var year in perYear.Keys.Where(y => y != 2022))
        {
            Assert.Contains($"&amp;year={year}\"", latest, StringComparison.Ordinal);
        }
        Assert.Contains($"바뀐 값 {changes.Count}건, {perYear.Count}개 연도", Flat(latest), StringComparison.Ordinal);
        Assert.Contains($"/api/governments/{nation}/inventory/diff?{Editions.Replace("&", "&amp;", StringComparison.Ordinal)}", latest, StringComparison.Ordinal);
        // The page that weighed 256 KB on the wire with every year in one table.
        Assert.True(latest.Length < 200_000, $"the page holds {latest.Length} characters");
    }

    private async Task<(int Nation, List<JsonNode?> Changes)> NationAndChangesAsync()
    {
        await using var db = fixture.Database.Open();
        var nation = (await db.Governments.SingleAsync(g => g.Level == GovernmentLevel.National)).Id;
        var diff = await fixture.App.CreateClient().GetFromJsonAsync<JsonObject>($"/api/governments/{nation}/inventory/diff?{Editions}");
        return (nation, diff!["changes"]!.AsArray().ToList());
    }

    // Rows of the second table (the first lists the years).
    private static int DetailRows(string html) =>
        Regex.Count(html.Split("<tbody>")[2].Split("</tbody>")[0], "<tr>");

    private static string Flat(string html) => WhiteSpace().Replace(html, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}

using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Plans;
using Tanso.Core.Quantities;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Plans;

public sealed class CascadeTests
{
    [Fact]
    public async Task TheProvinces_AreAddedUpAgainstTheNdc_AndAProvincesMunicipalitiesAgainstItsPlan()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var client = app.CreateClient();
        var busan = await People.GovernmentIdAsync(app, "26");
        await using (var db = database.Open())
        {
            var haeundae = (await db.Governments.Where(g => g.ParentId == busan && g.NameKo == "해운대구").SingleAsync()).Id;
            var plan = new Plan(haeundae, "해운대구 탄소중립 기본계획", 2025, 2034, 2018, new TonnesCo2e(2_000_000m), "test");
            plan.SetTargets([new PlanTarget(2030, null, TargetKind.Amount, 1_000_000m)], merge: true).OrThrow();
            db.Plans.Add(plan);
            await db.SaveChangesAsync();
            plan.StartLineage();
            Tanso.Data.Seeding.SampleReview.Publish(plan, new DateTime(2025, 3, 2, 0, 0, 0, DateTimeKind.Utc));
            await db.SaveChangesAsync();
        }

        // Busan's published plan is the sample one: its 2030 target is −40 % of the sample inventory's 2018 gross.
        var sample = (await client.GetFromJsonAsync<JsonArray>($"/api/governments/{busan}/plans"))!.Single(p => (bool)p!["isSample"]!)!;
        var busanTarget = (decimal)(await client.GetFromJsonAsync<JsonObject>($"/api/plans/{(int)sample["id"]!}"))!["targets"]!.AsArray()
            .Single(t => t!["sector"] is null && (int)t["year"]! == 2030)!["resolvedTCo2eq"]!;

        var national = (await client.GetFromJsonAsync<JsonObject>("/api/cascade?year=2030"))!;
        var province = (await client.GetFromJsonAsync<JsonObject>($"/api/cascade?year=2030&parent={busan}"))!;

        // The nation has no plan in Tanso: its 2030 target is the NDC's net total, 436.6 Mt.
        Assert.Equal(436_600_000m, (decimal)national["upperTargetTCo2eq"]!);
        Assert.Equal(17, national["members"]!.AsArray().Count);
        // Only Busan's (sample) plan is published, and it counts gross emissions without stating guidelines: it is not added
        // to the NDC's net target (LULUCF, CCUS and international reductions, 1996 guidelines), but listed as another basis.
        Assert.Equal("net-with-adjustments", (string)national["upperBasis"]!["basis"]!);
        Assert.Equal(0m, (decimal)national["sumTCo2eq"]!);
        Assert.Equal([busan], national["otherBasis"]!.AsArray().Select(x => (int)x!));
        var busanRow = national["members"]!.AsArray().Single(m => (int)m!["governmentId"]! == busan)!;
        Assert.Equal((busanTarget, false, true, "gross"), ((decimal)busanRow["targetTCo2eq"]!, (bool)busanRow["added"]!, (bool)busanRow["isSample"]!, (string)busanRow["basis"]!["basis"]!));
        Assert.Equal(16, national["missing"]!.AsArray().Count);
        Assert.False((bool)national["addsUp"]!);
        Assert.Equal(busanTarget, (decimal)province["upperTargetTCo2eq"]!);
        Assert.Equal(16, province["members"]!.AsArray().Count);
        Assert.Equal(1_000_000m, (decimal)province["sumTCo2eq"]!); // both state no basis: gross on either side, added
        Assert.Empty(province["otherBasis"]!.AsArray());
        Assert.Equal(1_000_000m - busanTarget, (decimal)province["gapTCo2eq"]!);
        Assert.Equal(15, province["missing"]!.AsArray().Count);
    }
}

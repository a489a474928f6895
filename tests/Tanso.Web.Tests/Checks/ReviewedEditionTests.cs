using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;
using static Tanso.Web.Tests.Checks.EvaluationWorld;

namespace Tanso.Web.Tests.Checks;

/// <summary>A check's result names the inventory edition its emissions score was computed on; that edition can then be
/// withdrawn but never deleted, or the published result would lose its basis.</summary>
public sealed class ReviewedEditionTests
{
    [Fact]
    public async Task TheEditionACheckResultWasComputedOn_IsNeverDeleted_AndTheRefusalNamesTheCheck()
    {
        await using var world = await CreateAsync(evaluators: 1);
        var (id, _) = await world.OpenInEvaluationAsync(2026);
        await world.ScoreEverythingAsync(id);
        var drafted = await world.National.PutAsJsonAsync($"/api/checks/{id}/review", new { version = 0, comment = "초안" });
        Assert.Equal(HttpStatusCode.OK, drafted.StatusCode);
        string code;
        await using (var db = world.Database.Open())
        {
            var editionId = await db.EvaluationReviews.Where(r => r.CycleId == id).Select(r => r.EditionId).SingleAsync();
            Assert.NotNull(editionId); // the result records the edition the evaluation read
            code = await db.InventoryEditions.Where(e => e.Id == editionId).Select(e => e.Code).SingleAsync();
        }
        var admin = await People.ClientWithTokenAsync(world.App, await People.CreateUserAsync(world.App, "admin@tanso.example", [Role.SystemAdmin]), true);

        var refused = await admin.DeleteAsync($"/api/inventory/editions/{code}");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("check (이행점검)", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var after = world.Database.Open();
        Assert.True(await after.InventoryEditions.AnyAsync(e => e.Code == code));
        Assert.True(await after.InventoryEntries.AnyAsync(e => after.InventoryEditions.Any(x => x.Id == e.EditionId && x.Code == code)));
    }
}

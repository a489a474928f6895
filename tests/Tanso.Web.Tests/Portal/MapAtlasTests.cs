using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Tanso.Web.Portal;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Portal;

/// <summary>The map's geometry is prepared once per zoom level, not per request, and drawn exactly as before.</summary>
public sealed partial class MapAtlasTests
{
    [Fact]
    public async Task EachZoomLevel_IsPreparedOnce_HoweverOftenTheMapIsAsked()
    {
        await using var database = TestDatabase.Create();
        // Without the page cache every request renders the page: only the atlas can spare the geometry work.
        await using var app = new TansoApp(database, [new("PublicCache:Enabled", "false")]);
        var client = app.CreateRawClient();
        var busan = await People.GovernmentIdAsync(app, "26");
        var atlas = app.Services.GetRequiredService<MapAtlas>();

        var first = await client.GetStringAsync("/portal/map");
        var second = await client.GetStringAsync("/portal/map?measure=per-capita");
        Assert.Equal(1, atlas.Prepared);
        await client.GetStringAsync($"/portal/map?province={busan}");
        await client.GetStringAsync($"/portal/map?province={busan}&measure=per-capita");

        Assert.Equal(2, atlas.Prepared);
        Assert.Equal(Paths(first), Paths(second));
        Assert.Same(atlas.Country(), atlas.Country());
    }

    [Fact]
    public async Task ThePreparedDrawing_IsTheDrawingMadeAfresh_AndIsWhatThePageShows()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var atlas = app.Services.GetRequiredService<MapAtlas>();

        var page = await app.CreateRawClient().GetStringAsync("/portal/map");
        var prepared = atlas.Country();
        var fresh = MapGeometry.Draw(TopoJson.ProvincesLayer);

        Assert.Equal((fresh.Width, fresh.Height), (prepared.Width, prepared.Height));
        Assert.Equal(fresh.Shapes, prepared.Shapes); // records: code, names and every path command equal
        Assert.Equal(fresh.Shapes.Select(s => s.Path).Order(StringComparer.Ordinal), Paths(page).Order(StringComparer.Ordinal));
    }

    private static List<string> Paths(string html) => PathData().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("<path class=\"map-[^\"]*\"[^>]* d=\"([^\"]+)\"")]
    private static partial Regex PathData();
}

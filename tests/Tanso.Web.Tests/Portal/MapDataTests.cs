using Microsoft.EntityFrameworkCore;
using Tanso.Core.Governments;
using Tanso.Core.Quantities;
using Tanso.Web.Portal;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Portal;

public sealed class MapDataTests
{
    [Fact]
    public void TheBoundaryFiles_DecodeToAll17ProvincesAnd250Districts_InsideKorea()
    {
        var provinces = TopoJson.ProvincesLayer;
        var districts = TopoJson.MunicipalitiesLayer;

        Assert.Equal(17, provinces.Regions.Select(r => r.Code).Distinct().Count());
        Assert.Equal(250, districts.Regions.Select(r => r.Code).Distinct().Count());
        Assert.Contains(provinces.Regions, r => r.Code == "21" && r.NameKo == "부산광역시");
        var points = districts.Regions.SelectMany(r => r.Polygons).SelectMany(p => p).Select(districts.Ring).SelectMany(p => p).ToList();
        Assert.All(points, p => Assert.InRange(p.Lon, 124.5, 132.0));
        Assert.All(points, p => Assert.InRange(p.Lat, 33.0, 38.7));
        // Rings close: a decoded ring ends where it starts.
        Assert.All(provinces.Regions.SelectMany(r => r.Polygons).SelectMany(p => p).Select(provinces.Ring), ring => Assert.Equal(ring[0], ring[^1]));
    }

    [Fact]
    public async Task EverySgisCode_MapsToAGovernment_AndGunwiIsDrawnUnderDaegu()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        _ = app.Server;
        await using var db = database.Open();
        var governments = await db.Governments.AsNoTracking().ToListAsync();
        var regions = MapRegions.Build(governments, await db.GovernmentAffiliations.AsNoTracking().ToListAsync());

        Assert.Empty(regions.Unmapped);
        Assert.Equal(17 + 250, regions.All.Count());
        var daegu = governments.Single(g => g.AdministrativeCode?.Value == "27");
        var gyeongbuk = governments.Single(g => g.AdministrativeCode?.Value == "47");
        Assert.Equal(daegu.Id, regions["37310"]!.ProvinceId); // 군위군, SGIS 2018 code under Gyeongbuk
        Assert.DoesNotContain(regions.MunicipalRegionsOf(gyeongbuk.Id), r => r.Code == "37310");
        Assert.Equal("수원시", regions["31011"]!.Government.NameKo); // 수원시장안구, a non-autonomous district
        Assert.Equal(GovernmentLevel.Province, regions["39010"]!.Government.Level); // 제주시, a non-autonomous city of Jeju
        // Every autonomous 시·군·구 with a 2018 boundary is reachable from the map.
        var mapped = regions.All.Select(r => r.Government.Id).ToHashSet();
        Assert.All(governments.Where(g => g.Level == GovernmentLevel.Municipality && g.ValidFrom is null), g => Assert.Contains(g.Id, mapped));
    }

    [Fact]
    public void ADrawing_FitsItsBox_AndSharesBordersBetweenNeighbours()
    {
        var drawing = MapGeometry.Draw(TopoJson.ProvincesLayer);

        Assert.Equal(17, drawing.Shapes.Count);
        Assert.InRange(drawing.Width, 100, 600);
        Assert.InRange(drawing.Height, 100, 700);
        Assert.All(drawing.Shapes, s => Assert.StartsWith("M", s.Path, StringComparison.Ordinal));
        Assert.InRange(drawing.Shapes.Sum(s => s.Path.Length), 5_000, 60_000); // light enough for a page, detailed enough to read
    }

    [Theory]
    [InlineData(new[] { 0.0, 0.0, 1.0, 0.2, 2.0, 0.0 }, 2)]      // a bump under a pixel disappears
    [InlineData(new[] { 0.0, 0.0, 10.0, 8.0, 20.0, 0.0 }, 3)]    // a real corner stays
    public void Simplification_KeepsTheEnds_AndDropsOnlySubPixelDetail(double[] xy, int kept)
    {
        var points = Enumerable.Range(0, xy.Length / 2).Select(i => (xy[2 * i], xy[2 * i + 1])).ToList();

        var simplified = MapGeometry.Simplify(points);

        Assert.Equal(kept, simplified.Count);
        Assert.Equal((0, 0), simplified[0]);
        Assert.Equal(((int)xy[^2], (int)xy[^1]), simplified[^1]);
    }

    [SharedReferenceFact]
    public void TheEmbeddedBoundaries_AreVerbatimCopiesOfTheSharedReference()
    {
        // The project's reference facts live in shared/reference beside the clone (CI has it; a plain clone skips this).
        var root = ReferenceFile.RepositoryRoot();
        var reference = new DirectoryInfo(Path.Combine(SharedReference.Folder.FullName, "geo"));
        foreach (var name in new[] { TopoJson.Provinces, TopoJson.Municipalities })
        {
            var copy = Path.Combine(root.FullName, "src", "Tanso.Data", "Seed", "geo", name);
            Assert.True(File.Exists(copy), copy);
            var original = Path.Combine(reference.FullName, name);
            Assert.True(File.Exists(original), $"The reference file {original} is missing from the shared reference folder.");
            Assert.Equal(File.ReadAllBytes(original), File.ReadAllBytes(copy));
        }
    }
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Inventory;
using Tanso.Core.Sectors;
using Tanso.Data.Inventory;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Inventory;

/// <summary>
/// The national inventory files of GIR, as shipped in src/Tanso.Data/Seed/Reference, go through the importer as
/// they are. The oracle reads the same files with a plain quote-aware split, not with the app's reader.
/// </summary>
public sealed class GirInventoryTests(SeededApp fixture) : IClassFixture<SeededApp>
{
    private static string Path(string file) => System.IO.Path.Combine(ReferenceFile.RepositoryRoot().FullName, "src", "Tanso.Data", "Seed", "Reference", file);

    private static List<Dictionary<string, string>> Oracle(string file)
    {
        var lines = File.ReadAllLines(Path(file));
        var header = PublishedTables.Split(lines[0]);
        return lines.Skip(1).Where(l => l.Length > 0).Select(l => header.Zip(PublishedTables.Split(l)).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    private static decimal Kt(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) * 1000m;

    [Theory]
    [InlineData("national-inventory-gir-2006gl.csv", IpccGuidelines.Ipcc2006, 1990, 2022)]
    [InlineData("national-inventory-gir-1996gl.csv", IpccGuidelines.Ipcc1996, 1990, 2021)]
    public async Task TheGirSeries_ImportsAsItIs_AndEveryYearsSectorsAddUpToTheFilesOwnTotals(string file, IpccGuidelines guidelines, int first, int last)
    {
        _ = fixture.App.Server;
        var code = "gir-" + Guid.NewGuid().ToString("N")[..8];
        await using var db = fixture.Database.Open();
        await using var content = File.OpenRead(Path(file));

        var result = await InventoryImporter.RunAsync(db, file, content,
            new EditionSpec(code, "국가 온실가스 인벤토리 " + file, null, "온실가스종합정보센터", new DateOnly(2025, 1, 3), "", "data.go.kr", guidelines),
            new ImportOptions { Government = "전국" }, _ => true, dryRun: false);

        Assert.Empty(result.Problems);
        Assert.True(result.Committed);
        Assert.Equal("kt", result.Report.Unit!.Code); // from the heading value_kt_co2eq
        var edition = await db.InventoryEditions.SingleAsync(e => e.Code == code);
        Assert.Equal(guidelines, edition.Guidelines);
        var entries = await db.InventoryEntries.Where(e => e.EditionId == edition.Id).ToListAsync();
        var lines = await db.InventoryReportedLines.Where(l => l.EditionId == edition.Id).ToListAsync();
        var oracle = Oracle(file);
        for (var year = first; year <= last; year++)
        {
            var summary = InventorySummary.Build(entries.Where(e => e.Year.Value == year));
            var total = Kt(oracle.Single(r => r["year"] == year.ToString(CultureInfo.InvariantCulture) && r["sector"] == "총배출량")["value_kt_co2eq"]);
            var net = Kt(oracle.Single(r => r["year"] == year.ToString(CultureInfo.InvariantCulture) && r["sector"] == "순배출량")["value_kt_co2eq"]);
            // Sectors are placed through their categories (1.A.1 → 전환, 1.A.4.a/b → 건물…): their sum is the file's
            // total up to the file's own rounding (its categories add up to their parents within 0.015 kt).
            Assert.InRange(summary.Gross(year).Value - total, -30m, 30m);
            Assert.InRange(summary.Net(year).Value - net, -30m, 30m);
            Assert.Equal(total, lines.Single(l => l.Year == year && l.Role == LineRole.Total).Tonnes);
            Assert.Equal(net, lines.Single(l => l.Year == year && l.Role == LineRole.Net).Tonnes);
        }
        // 2018 as the reference gives it: every category kept with its code and level, none summed twice.
        var y2018 = oracle.Where(r => r["year"] == "2018" && r["value_kt_co2eq"].Length > 0 && r["level"] != "0").ToList();
        var stored2018 = entries.Where(e => e.Year.Value == 2018).Select(e => (e.Level, Value: e.Emissions.Value))
            .Concat(lines.Where(l => l.Year == 2018 && l.Role != LineRole.Total && l.Role != LineRole.Net).Select(l => (l.Level, Value: l.Tonnes!.Value))).ToList();
        Assert.Equal(y2018.Select(r => (int.Parse(r["level"], CultureInfo.InvariantCulture), Kt(r["value_kt_co2eq"]))).Order(), stored2018.Order());
        var power2018 = entries.Single(e => e.Year.Value == 2018 && e.Category == "1.A.1");
        Assert.Equal((SectorTaxonomy.Power.Code, false), (power2018.Sector, power2018.Nested));
        Assert.True(entries.Single(e => e.Year.Value == 2018 && e.Category == "1.A.1.a").Nested);
        // International bunkers are memo items: kept, never in a sector.
        Assert.Contains(lines, l => l.Year == 2018 && l.Role == LineRole.Memo && l.Label.Contains("벙커링", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.SubSector.Contains("벙커링", StringComparison.Ordinal));
        // The reported lines went in bulk like the entries: one audit event for the set, naming the count and the file.
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityType == nameof(ReportedLine) && a.EntityId == edition.Id.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("import", audit.Action);
        Assert.Contains($"\"rows\":{lines.Count}", audit.After, StringComparison.Ordinal);
        Assert.Contains(file, audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheProvisionalFile_ImportsItsIpcc2006Totals_AsAProvisionalEdition_AndListsTheRowsLeftOut()
    {
        _ = fixture.App.Server;
        var code = "prov-" + Guid.NewGuid().ToString("N")[..8];
        await using var db = fixture.Database.Open();
        await using var content = File.OpenRead(Path("national-inventory-provisional.csv"));

        var result = await InventoryImporter.RunAsync(db, "national-inventory-provisional.csv", content,
            new EditionSpec(code, "국가 온실가스 잠정 배출량", null, "온실가스종합정보센터", new DateOnly(2025, 8, 20), "", "GIR releases", IpccGuidelines.Ipcc2006),
            new ImportOptions { Government = "전국" }, _ => true, dryRun: false);

        Assert.Empty(result.Problems);
        Assert.Equal("Mt", result.Report.Unit!.Code); // value_MtCO2eq
        var edition = await db.InventoryEditions.SingleAsync(e => e.Code == code);
        var totals = await db.InventoryReportedLines.Where(l => l.EditionId == edition.Id && l.Role == LineRole.Total).OrderBy(l => l.Year).ToListAsync();
        Assert.Equal([(2023, 705_770_000m, true), (2024, 691_580_000m, true)], totals.Select(l => (l.Year, l.Tonnes!.Value, l.Provisional)));
        Assert.True(edition.IsProvisional);
        Assert.Contains(result.Report.Warnings, w => w.Message.Contains("'IPCC 1996 GL' left out", StringComparison.Ordinal));
    }
}

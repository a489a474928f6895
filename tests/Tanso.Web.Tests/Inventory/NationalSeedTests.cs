using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Governments;
using Tanso.Core.Inventory;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;
using Tanso.Data;
using Tanso.Data.Inventory;
using Tanso.Data.Scenarios;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Inventory;

/// <summary>
/// The nation's GIR series as the seed leaves them in the database (through the importer, on first start): every year
/// adds up to the file's own totals, 2018 is the file's 2018, memo items and confidential cells are kept apart, and
/// comparisons pick the edition of their guidelines. The oracle is the shipped copy read with a plain split.
/// </summary>
public sealed class NationalSeedTests(SeededApp fixture) : IClassFixture<SeededApp>
{
    private static List<Dictionary<string, string>> Oracle(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(ReferenceFile.RepositoryRoot().FullName, "src", "Tanso.Data", "Seed", "Reference", file));
        var header = PublishedTables.Split(lines[0]);
        return lines.Skip(1).Where(l => l.Length > 0).Select(l => header.Zip(PublishedTables.Split(l)).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    private static decimal Tonnes(Dictionary<string, string> row) => decimal.Parse(row["value_kt_co2eq"], NumberStyles.Float, CultureInfo.InvariantCulture) * 1000m;

    private async Task<(TansoDb Db, int Nation)> OpenAsync()
    {
        _ = fixture.App.Server;
        var db = fixture.Database.Open();
        return (db, (await db.Governments.SingleAsync(g => g.Level == GovernmentLevel.National)).Id);
    }

    [Theory]
    [InlineData("gir-2006gl-1990-2022", "national-inventory-gir-2006gl.csv", IpccGuidelines.Ipcc2006, 1990, 2022)]
    [InlineData("gir-1996gl-1990-2021", "national-inventory-gir-1996gl.csv", IpccGuidelines.Ipcc1996, 1990, 2021)]
    public async Task EachSeededSeries_AddsUpToItsOwnTotalAndNet_InEveryYear(string code, string file, IpccGuidelines guidelines, int first, int last)
    {
        var (db, nation) = await OpenAsync();
        await using var _ = db;
        var edition = await db.InventoryEditions.SingleAsync(e => e.Code == code);
        var entries = await db.InventoryEntries.Where(e => e.EditionId == edition.Id && e.GovernmentId == nation).ToListAsync();
        var lines = await db.InventoryReportedLines.Where(l => l.EditionId == edition.Id).ToListAsync();
        var oracle = Oracle(file);

        Assert.Equal((guidelines, false, false), (edition.Guidelines, edition.IsProvisional, edition.IsSample));
        Assert.Equal(Enumerable.Range(first, last - first + 1), entries.Select(e => e.Year.Value).Distinct().Order());
        for (var year = first; year <= last; year++)
        {
            var summary = InventorySummary.Build(entries.Where(e => e.Year.Value == year));
            var total = lines.Single(l => l.Year == year && l.Role == LineRole.Total).Tonnes!.Value;
            var net = lines.Single(l => l.Year == year && l.Role == LineRole.Net).Tonnes!.Value;
            var y = year.ToString(CultureInfo.InvariantCulture);
            Assert.Equal(Tonnes(oracle.Single(r => r["year"] == y && r["sector"] == "총배출량")), total);
            Assert.Equal(Tonnes(oracle.Single(r => r["year"] == y && r["sector"] == "순배출량")), net);
            // Sectors = total and total + LULUCF = net, up to the file's own rounding of categories (0.015 kt per parent).
            Assert.InRange(summary.Gross(year).Value - total, -30m, 30m);
            Assert.InRange(total + summary.Value(year, SectorTaxonomy.Lulucf)!.Value.Value - net, -30m, 30m);
            Assert.InRange(summary.Net(year).Value - net, -30m, 30m);
        }
    }

    [Theory]
    [InlineData("gir-2006gl-1990-2022", "national-inventory-gir-2006gl.csv", 783_873_569.1, 742_309_943.6)]
    [InlineData("gir-1996gl-1990-2021", "national-inventory-gir-1996gl.csv", 725_027_281.4, 684_683_642.1)]
    public async Task The2018Values_OfEachEdition_AreTheShippedFilesOwn(string code, string file, double gross, double net)
    {
        var (db, nation) = await OpenAsync();
        await using var _ = db;
        var edition = await db.InventoryEditions.SingleAsync(e => e.Code == code);
        var entries = await db.InventoryEntries.Where(e => e.EditionId == edition.Id && e.Year == ReportingYear.Of(2018)).ToListAsync();
        var lines = await db.InventoryReportedLines.Where(l => l.EditionId == edition.Id && l.Year == 2018).ToListAsync();
        var oracle = Oracle(file).Where(r => r["year"] == "2018").ToList();

        Assert.Equal((decimal)gross, Math.Round(lines.Single(l => l.Role == LineRole.Total).Tonnes!.Value, 1));
        Assert.Equal((decimal)net, Math.Round(lines.Single(l => l.Role == LineRole.Net).Tonnes!.Value, 1));
        Assert.Equal(Tonnes(oracle.Single(r => r["sector"] == "LULUCF" && r["level"] == "1")),
            entries.Where(e => e.Sector == SectorTaxonomy.Lulucf.Code && !e.Nested).Sum(e => e.Emissions.Value));
        // Every category of 2018 kept with its code and level, the memo items and confidential cells among the reported lines.
        var numbers = oracle.Where(r => r["value_kt_co2eq"].Length > 0 && r["level"] != "0").Select(r => (int.Parse(r["level"], CultureInfo.InvariantCulture), Tonnes(r))).Order();
        var stored = entries.Select(e => (e.Level, e.Emissions.Value))
            .Concat(lines.Where(l => l.Role is not (LineRole.Total or LineRole.Net) && l.Tonnes is not null).Select(l => (l.Level, l.Tonnes!.Value))).Order();
        Assert.Equal(numbers, stored);
        Assert.All(lines.Where(l => l.Label.Contains("벙커링", StringComparison.Ordinal)), l => Assert.Equal(LineRole.Memo, l.Role));
        Assert.DoesNotContain(entries, e => e.SubSector.Contains("벙커링", StringComparison.Ordinal));
        var confidential = Assert.Single(lines, l => l.Mark == ValueMark.Confidential);
        Assert.Equal((LineRole.Memo, "C.2", (decimal?)null), (confidential.Role, confidential.Category, confidential.Tonnes));
        Assert.Equal(nation, confidential.GovernmentId);
    }

    [Theory]
    [InlineData("gir-provisional-2025-08-20-2006gl", IpccGuidelines.Ipcc2006, new[] { 2023, 2024 }, new[] { 705.77, 691.58 })]
    [InlineData("gir-provisional-2025-08-20-1996gl", IpccGuidelines.Ipcc1996, new[] { 2023, 2024 }, new[] { 648.60, 638.97 })]
    [InlineData("gir-provisional-2024-09-10-1996gl", IpccGuidelines.Ipcc1996, new[] { 2022, 2023 }, new[] { 652.89, 624.2 })]
    [InlineData("gir-provisional-2024-04-07-1996gl", IpccGuidelines.Ipcc1996, new[] { 2022 }, new[] { 654.0 })]
    public async Task TheProvisionalReleases_ShipAsProvisionalEditions_EachWithItsOwnTotals(string code, IpccGuidelines guidelines, int[] years, double[] mt)
    {
        var (db, _) = await OpenAsync();
        await using var __ = db;
        var edition = await db.InventoryEditions.SingleAsync(e => e.Code == code);
        var totals = await db.InventoryReportedLines.Where(l => l.EditionId == edition.Id).OrderBy(l => l.Year).ToListAsync();

        Assert.Equal((guidelines, true), (edition.Guidelines, edition.IsProvisional));
        Assert.All(totals, l => Assert.Equal(LineRole.Total, l.Role));
        Assert.Equal(years.Zip(mt, (y, v) => (y, (decimal)v * 1_000_000m)), totals.Select(l => (l.Year, l.Tonnes!.Value)));
        Assert.False(await db.InventoryEntries.AnyAsync(e => e.EditionId == edition.Id)); // gross totals only, no sector is made up
    }

    [Fact]
    public async Task TheCurrentView_IsThe2006Series_WhileTheNdcPathways_MeasureTheirBauOnThe1996Series()
    {
        var (db, nation) = await OpenAsync();
        await using var _ = db;

        var current = await db.InventoryHistoryAsync(nation, Core.Plans.EmissionsBasis.Unstated, CancellationToken.None);
        var ndc = await db.Scenarios.SingleAsync(s => s.Code == "ndc-2021");
        var forNdc = await db.InventoryHistoryAsync(ndc.GovernmentId, ndc.Basis, CancellationToken.None);

        Assert.Equal("gir-2006gl-1990-2022", current.Edition!.Code);
        Assert.Equal(IpccGuidelines.Ipcc1996, ndc.Basis.Guidelines);
        Assert.Equal("gir-1996gl-1990-2021", forNdc.Edition!.Code);
        Assert.Equal(2021, forNdc.Net[^1].Year);
        // The NDC base-year edition stays, with its 727.6 Mt, for the targets set on it.
        var ndcBase = await db.InventoryEditions.SingleAsync(e => e.Code == "ndc-base-2018");
        Assert.Equal(IpccGuidelines.Ipcc1996, ndcBase.Guidelines);
        var figures = await db.OfficialFigures.Where(f => f.EditionId == ndcBase.Id).ToListAsync();
        Assert.Contains(figures, f => f.Line == Core.Figures.FigureLine.TotalGross && f.Year.Value == 2018 && f.Value.Value == 727_600_000m);
        Assert.Equal([2018], (await db.InventoryEntries.Where(e => e.EditionId == ndcBase.Id && e.GovernmentId == nation).ToListAsync())
            .Select(e => e.Year.Value).Distinct());
    }

    [Fact]
    public async Task ATargetOnTheNdcBasis_IsComparedWithThe1996Series_AndGetsItsNetActual()
    {
        var (db, nation) = await OpenAsync();
        await using var _ = db;
        var editions = await db.EditionsForAsync(nation, CancellationToken.None);

        var chosen = Core.Checks.ComparableEmissions.ChooseEdition(editions, Core.Plans.EmissionsBasis.NationalNdc)!;
        var summary = InventorySummary.Build(await db.EntriesAsync(nation, chosen.Id, CancellationToken.None));
        var actual = Core.Checks.ComparableEmissions.For(summary, chosen, 2021, Core.Plans.EmissionsBasis.NationalNdc);
        var net2021 = (await db.InventoryReportedLines.SingleAsync(l => l.EditionId == chosen.Id && l.Year == 2021 && l.Role == LineRole.Net)).Tonnes!.Value;

        Assert.Equal("gir-2006gl-1990-2022", editions[0].Code); // the current view
        Assert.Equal("gir-1996gl-1990-2021", chosen.Code);
        Assert.Equal(Core.Checks.Comparability.Comparable, actual.Status);
        Assert.InRange(actual.Value!.Value.Value - net2021, -30m, 30m); // no CCUS or credit lines in an inventory: counted as 0, with a note
        Assert.Equal(2, actual.Notes.Count);
    }

    [Fact]
    public async Task TheHomePage_NamesTheEditionAndGuidelines_OfEveryNationalSeriesItShows()
    {
        var html = await fixture.App.CreateRawClient().GetStringAsync("/");

        Assert.Contains("국가 온실가스 인벤토리 1990–2022 (2006 IPCC 지침, 확정) · IPCC 2006 GL", html, StringComparison.Ordinal);
        Assert.Contains("국가 온실가스 인벤토리 1990–2021 (1996 IPCC 지침, 확정) · IPCC 1996 GL", html, StringComparison.Ordinal);
        Assert.Contains("국가 온실가스 잠정배출량 (2006 IPCC 지침, 2025-08-20 발표) · IPCC 2006 GL", html, StringComparison.Ordinal);
        Assert.Contains("2030 NDC 기준연도판", html, StringComparison.Ordinal); // the figures table's edition
        Assert.Contains("<th scope=\"row\">2024</th>", html, StringComparison.Ordinal);
        var block = System.Text.RegularExpressions.Regex.Match(html, "<script type=\"application/json\" id=\"national-series-data\">(.*?)</script>",
            System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        using var chart = System.Text.Json.JsonDocument.Parse(block);
        var labels = chart.RootElement.GetProperty("labels").EnumerateArray().Select(l => l.GetString()).ToList();
        Assert.Equal(("1990", "2024"), (labels[0], labels[^1]));
        Assert.Equal(["잠정 총배출량 (IPCC 2006 GL)", "총배출량, IPCC 1996 GL (NDC 기준)"],
            chart.RootElement.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("label").GetString()));
        Assert.Equal(691.58m, chart.RootElement.GetProperty("lines")[0].GetProperty("data").EnumerateArray().Last().GetDecimal());
    }
}

using MiniExcelLibs;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Cli;

public sealed class ScenarioCliTests
{
    private static Task<(int Exit, string Output)> Run(TestDatabase database, params string[] args) => CliTests.Run(database, args);

    private static async Task<TestDatabase> Seeded()
    {
        var database = TestDatabase.Create();
        await Run(database, "db", "seed", "--no-sample-data");
        return database;
    }

    [Fact]
    public async Task List_ShowsTheOfficialScenariosWithTheirSpans()
    {
        await using var database = await Seeded();

        var (exit, output) = await Run(database, "scenario", "list");

        Assert.Equal(0, exit);
        Assert.Matches(@"ndc-2021\s*│.*│\s*대한민국\s*│\s*2018–2030\s*│\s*official", output);
        Assert.Matches(@"scenario-2050-b\s*│.*│\s*2018–2050\s*│\s*official", output);
        Assert.Contains("4 scenario(s)", output);
    }

    [Fact]
    public async Task ShowScenarioA_ReachesNetZeroIn2050_AtTheNdcsCompoundRate()
    {
        await using var database = await Seeded();

        var (exit, output) = await Run(database, "scenario", "show", "scenario-2050-a");

        Assert.Equal(0, exit);
        Assert.Matches(@"net-zero year\s*│\s*2050\s*│", output);
        // 2018 gross 727.7 → 2030 net 436.6 over 12 years: 1 − (436.6 / 727.7)^(1/12) = 4.17 % a year.
        Assert.Matches(@"required yearly reduction 2018→2030, compound \(정률\)\s*│\s*4\.17 %", output);
        Assert.Matches(@"agriculture\s*│\s*농축수산\s*│\s*24\.7 d\s*│\s*18\.0\s*│\s*15\.4 u", output);
        Assert.Contains("BAU method:", output);
    }

    [Fact]
    public async Task ShowWithABudget_SaysTheYearItRunsOut_OnTheScenarioAndOnTheTrend()
    {
        await using var database = await Seeded();

        var (exit, output) = await Run(database, "scenario", "show", "scenario-2050-a", "--budget-mt", "8000");

        // Net falls in a straight line from 686.4 (2018) to 436.6 (2030): 13 × (686.4 + 436.6) / 2 = 7,299.5 Mt
        // by the end of 2030; then by 436.6 / 20 = 21.83 a year: 2031 adds 414.8 (7,714.3), 2032 adds 392.9
        // (8,107.2 > 8,000). The BAU is the 1996-GL series the pathway's base is on: net 684.7, 661.5, 616.6, 638.9 Mt
        // (2018–2021, reported: 2,601.6), then the least-squares line of 2017–2021 (−12.58 a year; the sum of the sectors'
        // lines, none floored): 2022 616.1 … 2030 515.5 make 7,693.9 by 2030, 2031 adds 502.9 (8,196.8 > 8,000).
        Assert.Equal(0, exit);
        Assert.Matches(@"year a 8,000\.0 Mt budget from 2018 runs out\s*│\s*2032\s*│\s*2031\s*│", output);
    }

    [Fact]
    public async Task CompareWithXlsx_PrintsTheCommonSpan_AndWritesTheWorkbook()
    {
        await using var database = await Seeded();
        var file = Path.Combine(Path.GetTempPath(), $"tanso-compare-{Guid.NewGuid():N}.xlsx");
        try
        {
            var (exit, output) = await Run(database, "scenario", "compare", "ndc-2021", "scenario-2050-a", "--xlsx", file);

            Assert.Equal(0, exit);
            Assert.Contains("common span 2018–2030", output);
            Assert.Matches(@"net-zero year\s*│\s*none\s*│\s*2050\s*│", output);
            Assert.Matches(@"cumulative net 2018–2030 \(Mt\)\s*│\s*7,299\.5\s*│\s*7,299\.5\s*│", output);
            Assert.Contains("요약 Summary", MiniExcel.GetSheetNames(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task UnknownScenario_ExitsTwo_AndPointsToTheList()
    {
        await using var database = await Seeded();

        var show = await Run(database, "scenario", "show", "xyz");
        var compare = await Run(database, "scenario", "compare", "ndc-2021", "xyz");

        Assert.Equal(2, show.Exit);
        Assert.Contains("no scenario 'xyz'; try `tanso scenario list`", show.Output);
        Assert.Equal(2, compare.Exit);
        Assert.Contains("no scenario 'xyz'", compare.Output);
    }

    [Fact]
    public async Task RequestsOutsideTheScenario_AreRefusedWithEveryReason()
    {
        await using var database = await Seeded();

        var show = await Run(database, "scenario", "show", "ndc-2021", "--span", "2018-2040", "--rate-from", "2030", "--rate-to", "2025", "--bau-years", "1");
        var compare = await Run(database, "scenario", "compare", "ndc-2021", "scenario-2050-b", "--budget-from", "2040");

        Assert.Equal(2, show.Exit);
        Assert.Contains("--span: 2040년은 시나리오 기간(2018–2030) 밖입니다. / 2040 lies outside the scenario's 2018–2030.", show.Output);
        Assert.Contains("--rate-to:", show.Output);
        Assert.Contains("--bau-years:", show.Output);
        Assert.DoesNotContain("net-zero year", show.Output);
        Assert.Equal(2, compare.Exit);
        Assert.Contains("--budget-from: 예산 시작연도는 공통 기간 2018–2030 안이어야 합니다.", compare.Output);
    }
}

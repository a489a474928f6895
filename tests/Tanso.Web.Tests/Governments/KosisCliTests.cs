using Microsoft.EntityFrameworkCore;
using Tanso.Web.Tests.Cli;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Governments;

/// <summary><c>tanso statistics import</c> with a KOSIS download as it comes.</summary>
public sealed class KosisCliTests
{
    [Fact]
    public async Task TheCli_ImportsAKosisDownload_WithItsTableId_AndNamesTheRowsItLeftOut()
    {
        await using var database = TestDatabase.Create();
        var file = Path.Combine(Directory.CreateTempSubdirectory("tanso-cli-kosis-").FullName, "행정구역_시군구_별__성별_인구수_20210913.csv");
        await File.WriteAllBytesAsync(file, KosisDownloads.PopulationPeriodsInRows);

        var dry = await CliTests.Run(database, "statistics", "import", file, "--source", "DT_1B040A3", "--dry-run");
        var (exit, output) = await CliTests.Run(database, "statistics", "import", file, "--source", "DT_1B040A3");
        var again = await CliTests.Run(database, "statistics", "import", file, "--source", "DT_1B040A3", "--dry-run");

        Assert.Equal(0, dry.Exit);
        Assert.Contains("Checked: 22 new, 0 revised.", dry.Output, StringComparison.Ordinal); // what the import then does
        Assert.Contains("Checked: 0 new, 22 revised.", again.Output, StringComparison.Ordinal);
        Assert.Equal(0, exit);
        Assert.Contains("Imported: 22 new, 0 revised.", output, StringComparison.Ordinal); // 전국, 17 시·도, 부산 중구, 창원시, 김해시, 고성군
        Assert.Contains("경상남도 의창구 (row 22)", output, StringComparison.Ordinal);
        Assert.Contains("제주특별자치도 서귀포시 (row 27)", output, StringComparison.Ordinal);
        await using var db = database.Open();
        var gimhae = await db.Governments.SingleAsync(g => g.NameKo == "김해시");
        var stat = await db.GovernmentStatistics.SingleAsync(s => s.GovernmentId == gimhae.Id);
        Assert.Equal((2020, 542_538L, "인구: KOSIS DT_1B040A3 총인구수 (명), 2020.08"), (stat.Year, stat.Population!.Value, stat.Source));
    }
}

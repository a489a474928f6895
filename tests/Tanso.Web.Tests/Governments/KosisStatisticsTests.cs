using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Governments;

/// <summary>Population and GRDP straight from the CSV KOSIS gives for its 시·도 tables, in KOSIS's own layout and encoding.</summary>
public sealed class KosisStatisticsTests
{
    static KosisStatisticsTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    // 주민등록인구 (DT_1B040A3) as KOSIS writes it with the periods across: a period row, then an item row with the unit in
    // brackets, quoted cells, CP949. The values are test values, not statistics.
    private const string Population =
        "\"행정구역(시군구)별\",\"2023.12\",\"2024.12\"\r\n" +
        "\"행정구역(시군구)별\",\"총인구수 (명)\",\"총인구수 (명)\"\r\n" +
        "\"전국\",\"51000000\",\"50900000\"\r\n" +
        "\"부산광역시\",\"3300000\",\"3270000\"\r\n" +
        "\"강원도\",\"1530000\",\"1520000\"\r\n" +
        "\"경상남도\",\"3250000\",\"-\"\r\n";

    // 지역내총생산 (DT_1C81) with KOSIS's 항목 and 단위 columns and a provisional year ("2023 p)"), in 십억원.
    private const string Grdp =
        "\"시도별\",\"항목\",\"단위\",\"2022\",\"2023 p)\"\r\n" +
        "\"부산광역시\",\"지역내총생산(시장가격)\",\"십억원\",\"110000\",\"112000\"\r\n" +
        "\"경상남도\",\"지역내총생산(시장가격)\",\"십억원\",\"135000\",\"-\"\r\n";

    private static MultipartFormDataContent Upload(string csv, string table) => new()
    {
        { new ByteArrayContent(Encoding.GetEncoding(949).GetBytes(csv)), "file", "행정구역_시군구_별_주민등록인구_20250110.csv" },
        { new StringContent(table), "source" },
    };

    [Fact]
    public async Task KosisDownloads_ImportAsTheyAre_WithTableIdAndPeriod_AndPopulationAndGrdpKeptApart()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        var gangwon = await People.GovernmentIdAsync(app, "51");
        var gyeongnam = await People.GovernmentIdAsync(app, "48");
        var admin = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "kosis@tanso.example", [Role.SystemAdmin]), true);

        var population = await admin.PostAsync("/api/governments/statistics", Upload(Population, "DT_1B040A3"));
        Assert.Equal(HttpStatusCode.OK, population.StatusCode);
        Assert.Equal(7, (int)(await population.Content.ReadFromJsonAsync<JsonObject>())!["inserted"]!); // 3 + 2 + 2 + 1 ("-" is no value)
        var grdp = await admin.PostAsync("/api/governments/statistics", Upload(Grdp, "DT_1C81"));
        Assert.Equal(HttpStatusCode.OK, grdp.StatusCode);

        var b = (await admin.GetFromJsonAsync<JsonArray>($"/api/governments/{busan}/statistics"))!;
        var b2023 = b.Single(s => (int)s!["year"]! == 2023)!;
        Assert.Equal(3_300_000L, (long)b2023["population"]!);
        Assert.Equal(112_000_000m, (decimal)b2023["grdpMillionKrw"]!); // 112,000 십억원
        Assert.Contains("인구: KOSIS DT_1B040A3 총인구수 (명), 2023.12", (string)b2023["source"]!, StringComparison.Ordinal);
        Assert.Contains("GRDP: KOSIS DT_1C81 지역내총생산(시장가격) (십억원), 2023 p)", (string)b2023["source"]!, StringComparison.Ordinal);
        Assert.Equal(1_520_000L, (long)(await admin.GetFromJsonAsync<JsonArray>($"/api/governments/{gangwon}/statistics"))!.Single(s => (int)s!["year"]! == 2024)!["population"]!);
        var g = (await admin.GetFromJsonAsync<JsonArray>($"/api/governments/{gyeongnam}/statistics"))!;
        Assert.DoesNotContain(g, s => (int)s!["year"]! == 2024);
        Assert.Null((decimal?)g.Single(s => (int)s!["year"]! == 2023)!["grdpMillionKrw"]);
    }

    [Fact]
    public async Task AKosisFile_WithoutItsTableId_OrWithTwoItems_IsRefusedWhole()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        var admin = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "kosis2@tanso.example", [Role.SystemAdmin]), true);

        var noTable = await admin.PostAsync("/api/governments/statistics", Upload(Population, ""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noTable.StatusCode);
        Assert.Contains("DT_1B040A3", await noTable.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var twoItems = Population.Replace("\"총인구수 (명)\",\"총인구수 (명)\"", "\"총인구수 (명)\",\"남자인구수 (명)\"", StringComparison.Ordinal);
        var refused = await admin.PostAsync("/api/governments/statistics", Upload(twoItems, "DT_1B040A3"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("남자인구수", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty((await admin.GetFromJsonAsync<JsonArray>($"/api/governments/{busan}/statistics"))!);
    }
}

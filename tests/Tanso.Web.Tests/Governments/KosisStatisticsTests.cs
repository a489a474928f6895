using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Governments;

/// <summary>Population and GRDP straight from the CSV KOSIS gives, in the layouts of real downloads (<see cref="KosisDownloads"/>).</summary>
public sealed class KosisStatisticsTests
{
    private static MultipartFormDataContent Upload(byte[] csv, string table, string name = "kosis.csv") => new()
    {
        { new ByteArrayContent(csv), "file", name },
        { new StringContent(table), "source" },
    };

    private static async Task<JsonObject> Year(HttpClient client, int government, int year) =>
        (JsonObject)(await client.GetFromJsonAsync<JsonArray>($"/api/governments/{government}/statistics"))!.Single(s => (int)s!["year"]! == year)!;

    private static async Task<JsonObject> OkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!.AsObject();
    }

    [Fact]
    public async Task PopulationAndGrdp_AsKosisDownloadsThem_LandOnEachGovernment_WithTableIdAndPeriod_AndNonGovernmentRowsLeftOut()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var (nation, busan, gangwon, gyeongnam) = (await People.NationIdAsync(app), await People.GovernmentIdAsync(app, "26"),
            await People.GovernmentIdAsync(app, "51"), await People.GovernmentIdAsync(app, "48"));
        var busanJunggu = await People.MunicipalityIdAsync(app, "부산광역시", "중구");
        var changwon = await People.MunicipalityIdAsync(app, "경상남도", "창원시");
        var goseong = await People.MunicipalityIdAsync(app, "경상남도", "고성군");
        var admin = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "kosis@tanso.example", [Role.SystemAdmin]), true);

        var population = await OkAsync(await admin.PostAsync("/api/governments/statistics", Upload(KosisDownloads.PopulationPeriodsAcross, "DT_1B040A3")));
        Assert.Equal(104, (int)population["inserted"]!); // (전국 + 17 시·도 + 부산's 16 + 경남's 18 시·군) × 2 years
        var leftOut = population["leftOut"]!.AsArray().Select(l => (string)l!).ToList();
        Assert.Equal(11, leftOut.Count); // 창원시's five 구, three 출장소, 세종시, 제주시, 서귀포시
        Assert.Contains(leftOut, l => l.StartsWith("경상남도 의창구 (row", StringComparison.Ordinal));
        Assert.Contains(leftOut, l => l.StartsWith("경상남도 사천남양출장소", StringComparison.Ordinal));
        Assert.Contains(leftOut, l => l.StartsWith("제주특별자치도 제주시", StringComparison.Ordinal));

        var busan2020 = await Year(admin, busan, 2020);
        Assert.Equal(3_391_946L, (long)busan2020["population"]!);
        Assert.Equal("인구: KOSIS DT_1B040A3 총인구수 (명), 2020.12", (string)busan2020["source"]!);
        var busan2021 = await Year(admin, busan, 2021);
        Assert.Equal(3_372_399L, (long)busan2021["population"]!);
        Assert.EndsWith("2021.03", (string)busan2021["source"]!, StringComparison.Ordinal); // the latest month of the year in the file
        Assert.Equal(51_829_023L, (long)(await Year(admin, nation, 2020))["population"]!);
        Assert.Equal(1_542_840L, (long)(await Year(admin, gangwon, 2020))["population"]!); // written 강원도, as in 2020
        Assert.Equal(41_523L, (long)(await Year(admin, busanJunggu, 2020))["population"]!); // the 중구 under 부산광역시
        Assert.Equal(1_036_738L, (long)(await Year(admin, changwon, 2020))["population"]!); // the city, not its 구
        Assert.Equal(51_361L, (long)(await Year(admin, goseong, 2020))["population"]!);

        var grdp = await OkAsync(await admin.PostAsync("/api/governments/statistics", Upload(KosisDownloads.GrdpByActivity, "DT_1C81")));
        Assert.Equal((0, 36), ((int)grdp["inserted"]!, (int)grdp["updated"]!)); // 전국 and 17 시·도 × 2020, 2021, on the population rows
        busan2021 = await Year(admin, busan, 2021);
        Assert.Equal(97_805_911m, (decimal)busan2021["grdpMillionKrw"]!);
        Assert.Equal(3_372_399L, (long)busan2021["population"]!); // GRDP never clears population
        Assert.Equal("인구: KOSIS DT_1B040A3 총인구수 (명), 2021.03 · GRDP: KOSIS DT_1C81 지역내총생산(시장가격) 명목 (백만원), 2021", (string)busan2021["source"]!);
        Assert.Equal(110_847_012m, (decimal)(await Year(admin, gyeongnam, 2020))["grdpMillionKrw"]!); // not 순생산물세 nor 광업
        Assert.Null((decimal?)(await Year(admin, changwon, 2020))["grdpMillionKrw"]);
    }

    [Fact]
    public async Task TheOtherRealLayouts_PeriodsInRows_ItemAndUnitColumns_AndCodes_ImportTheSameFigures()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var (seoul, sejong, gangwon, gyeongnam) = (await People.GovernmentIdAsync(app, "11"), await People.GovernmentIdAsync(app, "36"),
            await People.GovernmentIdAsync(app, "51"), await People.GovernmentIdAsync(app, "48"));
        var seoulJunggu = await People.MunicipalityIdAsync(app, "서울특별시", "중구");
        var (gangwonGoseong, gyeongnamGoseong) = (await People.MunicipalityIdAsync(app, "강원특별자치도", "고성군"), await People.MunicipalityIdAsync(app, "경상남도", "고성군"));
        var admin = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "kosis3@tanso.example", [Role.SystemAdmin]), true);

        var coded = await OkAsync(await admin.PostAsync("/api/governments/statistics", Upload(KosisDownloads.PopulationWithCodes, "DT_1B040A3")));
        Assert.Equal(8, (int)coded["inserted"]!); // 전국, 서울, its 중구, 부산, its 중구, 강원, 경남, 창원시
        Assert.Equal(["경상남도 의창구 (row 10)"], coded["leftOut"]!.AsArray().Select(l => (string)l!));
        Assert.Equal(125_990L, (long)(await Year(admin, seoulJunggu, 2020))["population"]!);
        Assert.Equal(1_540_689L, (long)(await Year(admin, gangwon, 2020))["population"]!); // code 42 is today's 51

        await OkAsync(await admin.PostAsync("/api/governments/statistics", Upload(KosisDownloads.PopulationWithItemAndUnitColumns, "DT_1B040A3")));
        var seoul2020 = await Year(admin, seoul, 2020);
        Assert.Equal((9_668_465L, "인구: KOSIS DT_1B040A3 총인구수 (명), 2020.12"), ((long)seoul2020["population"]!, (string)seoul2020["source"]!));
        Assert.Equal(10_249_679L, (long)(await Year(admin, seoul, 2011))["population"]!);
        Assert.DoesNotContain((await admin.GetFromJsonAsync<JsonArray>($"/api/governments/{sejong}/statistics"))!, s => (int)s!["year"]! == 2011);
        Assert.Equal(26_757L, (long)(await Year(admin, gangwonGoseong, 2020))["population"]!);
        Assert.Equal(51_361L, (long)(await Year(admin, gyeongnamGoseong, 2020))["population"]!);

        var rows = await OkAsync(await admin.PostAsync("/api/governments/statistics", Upload(KosisDownloads.PopulationPeriodsInRows, "DT_1B040A3")));
        Assert.Contains("경상남도 의창구 (row 22)", rows["leftOut"]!.AsArray().Select(l => (string)l!));
        var gyeongnam2020 = await Year(admin, gyeongnam, 2020);
        Assert.Equal((3_345_169L, "인구: KOSIS DT_1B040A3 총인구수 (명), 2020.08"), ((long)gyeongnam2020["population"]!, (string)gyeongnam2020["source"]!));

        // A 시·군·구 written with its 시·도 ("부산광역시 중구") is that one, not looked up again under the 시·도 above it.
        var qualified = await OkAsync(await admin.PostAsync("/api/governments/statistics",
            Upload(KosisDownloads.Edited(KosisDownloads.PopulationPeriodsInRows, "\"중구\"", "\"부산광역시 중구\""), "DT_1B040A3")));
        Assert.Equal(4, qualified["leftOut"]!.AsArray().Count); // 세종시, 의창구, 제주시, 서귀포시
        Assert.Equal(22, (int)qualified["updated"]!);

        var provisional = await OkAsync(await admin.PostAsync("/api/governments/statistics", Upload(KosisDownloads.GrdpProvisional, "DT_1C81")));
        Assert.Equal(18, (int)provisional["inserted"]!);
        Assert.EndsWith("GRDP: KOSIS DT_1C81 지역내총생산(시장가격) 명목 (백만원), 2022 p)", (string)(await Year(admin, gyeongnam, 2022))["source"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatCannotBeRead_IsRefusedWhole_WithFileRowColumnAndWhy()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        var admin = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "kosis2@tanso.example", [Role.SystemAdmin]), true);
        async Task<JsonObject> Refused(byte[] file, string table)
        {
            var response = await admin.PostAsync("/api/governments/statistics", Upload(file, table, "행정구역_시군구_별__성별_인구수.csv"));
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        }
        static JsonNode Problem(JsonObject body) => body["problems"]!.AsArray().Single()!;

        Assert.Equal("source", (string)Problem(await Refused(KosisDownloads.PopulationPeriodsInRows, ""))["column"]!);
        Assert.Contains("DT_1C81", (string)Problem(await Refused(KosisDownloads.GrdpByActivity, "지역내총생산"))["message"]!, StringComparison.Ordinal);
        Assert.Contains("총인구수", (string)Problem(await Refused(KosisDownloads.Households, "DT_1B040B3"))["messageKo"]!, StringComparison.Ordinal);
        Assert.Equal("C (2011.1)", (string)Problem(await Refused(KosisDownloads.PopulationResavedBySpreadsheet, "DT_1B040A3"))["column"]!);
        var menOnly = KosisDownloads.Edited(KosisDownloads.PopulationPeriodsAcross, "총인구수 (명)", "남자인구수 (명)");
        Assert.Contains("남자인구수", (string)Problem(await Refused(menOnly, "DT_1B040A3"))["message"]!, StringComparison.Ordinal);
        var unknownProvince = KosisDownloads.Edited(KosisDownloads.PopulationPeriodsInRows, "\"경상남도\"", "\"경남도\"");
        var unknown = Problem(await Refused(unknownProvince, "DT_1B040A3"));
        Assert.Equal((20, "A (행정구역(시군구)별)"), ((int)unknown["row"]!, (string)unknown["column"]!));
        Assert.Contains("경남도", (string)unknown["messageKo"]!, StringComparison.Ordinal);
        Assert.Empty((await admin.GetFromJsonAsync<JsonArray>($"/api/governments/{busan}/statistics"))!);
    }
}

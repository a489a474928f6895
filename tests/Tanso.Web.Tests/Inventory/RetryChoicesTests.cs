using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Access;
using Tanso.Web.Tests.Community;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Inventory;

/// <summary>
/// A refused attempt keeps every choice the officer made — edition name, publication date, government, the header row
/// picked, the unit asked for — on the web form and in the API's answer, so only the refused one is corrected.
/// </summary>
public sealed class RetryChoicesTests
{
    // A 시·도 table as published: a title row and a note above the header, a provisional year, and no unit anywhere.
    private static readonly byte[] Table = Encoding.UTF8.GetBytes(string.Join("\r\n",
        "부산광역시 부문별 온실가스 배출량", "주: 2022년은 잠정치", "부문,2021,2022(잠정)", "수송,500,480", "건물,300,290"));

    private static async Task<(TestDatabase, TansoApp, HttpClient)> StartAsync()
    {
        var database = TestDatabase.Create();
        var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        var officer = await People.CreateUserAsync(app, "retry@busan.example", [Role.RegionalOfficer], busan);
        return (database, app, await People.ClientWithTokenAsync(app, officer, true, busan));
    }

    private static string ValueOf(string page, string field) =>
        WebUtility.HtmlDecode(Regex.Match(page, $"name=\"{field}\"[^>]*value=\"([^\"]*)\"").Groups[1].Value);

    private static string SelectedUnit(string page) => Regex.Match(page, "<option value=\"([^\"]*)\" selected=\"selected\">[^<]*\\(").Groups[1].Value;

    private static async Task<HttpResponseMessage> RecheckAsync(HttpClient client, Guid upload, string headerRow, string unit) =>
        await client.PostAsync("/inventory/import?handler=Recheck", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await client.FormTokenAsync("/inventory/import"), ["upload"] = upload.ToString(),
            ["Edition"] = "busan-2022", ["EditionName"] = "부산광역시 인벤토리 2022", ["Publisher"] = "부산광역시", ["PublishedOn"] = "2024-12-20",
            ["Source"] = "부산광역시 보고서", ["Government"] = "부산광역시", ["HeaderRow"] = headerRow, ["Unit"] = unit, ["Numbering"] = "nir",
        }));

    [Fact]
    public async Task OnTheWebForm_ARefusedAttemptKeepsTheHeaderRowPickedTheUnitAndTheEditionFields_ForTheRetry()
    {
        var (database, app, officer) = await StartAsync();
        await using var _ = database;
        await using var __ = app;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await officer.FormTokenAsync("/inventory/import")), "__RequestVerificationToken" },
            { new ByteArrayContent(Table), "file", "busan-2022.csv" },
            { new StringContent("busan-2022"), "Edition" }, { new StringContent("부산광역시 인벤토리 2022"), "EditionName" },
            { new StringContent("부산광역시"), "Publisher" }, { new StringContent("2024-12-20"), "PublishedOn" },
            { new StringContent("부산광역시 보고서"), "Source" }, { new StringContent("부산광역시"), "Government" },
            { new StringContent("1"), "HeaderRow" }, // the title row: wrong
        };

        var first = await (await officer.PostAsync("/inventory/import?handler=Preview", form)).Content.ReadAsStringAsync();
        var upload = Guid.Parse(Regex.Match(first, "name=\"upload\" value=\"([0-9a-f-]{36})\"").Groups[1].Value);
        var second = await (await RecheckAsync(officer, upload, "3", "")).Content.ReadAsStringAsync(); // right row, still no unit
        var third = await (await RecheckAsync(officer, upload, "3", "kt")).Content.ReadAsStringAsync();

        Assert.Contains("아무것도 가져오지 않았습니다", first, StringComparison.Ordinal);
        Assert.Equal(("1", "부산광역시 인벤토리 2022", "2024-12-20", "부산광역시"), (ValueOf(first, "HeaderRow"), ValueOf(first, "EditionName"), ValueOf(first, "PublishedOn"), ValueOf(first, "Government")));
        Assert.Contains("파일에 단위가 없습니다", WebUtility.HtmlDecode(second), StringComparison.Ordinal);
        Assert.Contains("필수: 파일에 단위가 없습니다", WebUtility.HtmlDecode(second), StringComparison.Ordinal); // the unit is asked for
        Assert.Equal(("3", "부산광역시 인벤토리 2022"), (ValueOf(second, "HeaderRow"), ValueOf(second, "EditionName")));
        Assert.Equal(("3", "kt", "2024-12-20"), (ValueOf(third, "HeaderRow"), SelectedUnit(third), ValueOf(third, "PublishedOn")));
        Assert.Contains("가져오기 확정", third, StringComparison.Ordinal);

        var confirmed = await officer.PostAsync("/inventory/import?handler=Confirm", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await officer.FormTokenAsync("/inventory/import"), ["upload"] = upload.ToString(),
        }));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        await using var db = database.Open();
        var edition = await db.InventoryEditions.SingleAsync(e => e.Code == "busan-2022");
        var stored = await db.InventoryEntries.Where(e => e.EditionId == edition.Id).ToListAsync();
        Assert.Equal(("부산광역시 인벤토리 2022", new DateOnly(2024, 12, 20)), (edition.NameKo, edition.PublishedOn));
        Assert.Equal(1_570_000m, stored.Sum(e => e.Emissions.Value)); // (500 + 480 + 300 + 290) kt
        Assert.True(stored.Where(e => e.Year.Value == 2022).All(e => e.Provisional));
    }

    [Fact]
    public async Task OverTheApi_ARefusalEchoesEveryChoice_SoTheRetryChangesOnlyTheUnit()
    {
        var (database, app, officer) = await StartAsync();
        await using var _ = database;
        await using var __ = app;
        MultipartFormDataContent Upload(string? unit)
        {
            var form = new MultipartFormDataContent
            {
                { new ByteArrayContent(Table), "file", "busan-2022.csv" }, { new StringContent("busan-2022"), "edition" },
                { new StringContent("부산광역시 인벤토리 2022"), "editionName" }, { new StringContent("부산광역시"), "publisher" },
                { new StringContent("2024-12-20"), "publishedOn" }, { new StringContent("부산광역시 보고서"), "source" },
                { new StringContent("부산광역시"), "government" }, { new StringContent("3"), "headerRow" }, { new StringContent("IPCC 2006"), "guidelines" },
            };
            if (unit is not null)
            {
                form.Add(new StringContent(unit), "unit");
            }
            return form;
        }

        var refused = await officer.PostAsync("/api/inventory/imports", Upload(null));
        var answer = (await refused.Content.ReadFromJsonAsync<JsonObject>())!;
        var choices = answer["choices"]!;

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.True((bool)answer["needsUnit"]!);
        Assert.Contains(answer["problems"]!.AsArray(), p => (string)p!["column"]! == "unit");
        Assert.Equal(("busan-2022", "부산광역시 인벤토리 2022", "2024-12-20", "부산광역시", 3), ((string)choices["edition"]!, (string)choices["editionName"]!,
            (string)choices["publishedOn"]!, (string)choices["government"]!, (int)choices["headerRow"]!));
        Assert.Equal(("Ipcc2006", "nir"), ((string)choices["guidelines"]!, (string)choices["numbering"]!));
        Assert.Null(choices["unit"]);

        var retried = await officer.PostAsync("/api/inventory/imports", Upload("kt"));
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal("kt", (string)(await retried.Content.ReadFromJsonAsync<JsonObject>())!["choices"]!["unit"]!);
        await using var db = database.Open();
        Assert.Equal(1_570_000m, (await db.InventoryEntries.Where(e => db.InventoryEditions.Any(x => x.Id == e.EditionId && x.Code == "busan-2022")).ToListAsync()).Sum(e => e.Emissions.Value));
    }
}

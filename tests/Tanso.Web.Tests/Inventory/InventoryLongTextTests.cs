using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Inventory;

/// <summary>An inventory edition's texts and an uploaded file's name longer than their columns are refused by field,
/// and nothing is kept — not even the pending upload of a preview (PostgreSQL would fail the save; SQLite would keep
/// the text).</summary>
public sealed partial class InventoryLongTextTests
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    private static readonly byte[] Csv = "government,sector,2021\n부산광역시,전환,5"u8.ToArray();

    private static async Task<(TestDatabase, TansoApp, string OfficerId, int Busan)> StartAsync()
    {
        var database = TestDatabase.Create();
        var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        return (database, app, await People.CreateUserAsync(app, "officer@busan.example", [Role.RegionalOfficer], busan), busan);
    }

    private static async Task<IReadOnlyList<string>> EditionCodesAsync(TansoApp app)
    {
        await using var db = app.Database.Open();
        return await db.InventoryEditions.Select(e => e.Code).ToListAsync();
    }

    [Fact]
    public async Task ANewEditionWithOverlongTexts_IsRefusedByField_AndNothingIsImported()
    {
        var (database, app, officer, busan) = await StartAsync();
        await using var _ = database;
        await using var __ = app;
        var client = await People.ClientWithTokenAsync(app, officer, true, busan);

        var response = await client.PostAsync("/api/inventory/imports", new MultipartFormDataContent
        {
            { new ByteArrayContent(Csv), "file", "busan.csv" },
            { new StringContent("busan-2025"), "edition" },
            { new StringContent(new string('판', 201)), "editionName" },
            { new StringContent(new string('발', 201)), "publisher" },
            { new StringContent("2025-06-01"), "publishedOn" },
            { new StringContent(new string('방', 2001)), "methodNote" },
            { new StringContent(new string('출', 1001)), "source" },
            { new StringContent("t"), "unit" }, // the file names no unit: tCO2eq, as the form asks
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problems = (await response.Content.ReadFromJsonAsync<JsonObject>())!["problems"]!.AsArray();
        Assert.Equal(["edition name", "edition publisher", "edition methodNote", "edition source"], problems.Select(p => (string)p!["column"]!));
        Assert.Contains("2,000", (string)problems[2]!["messageKo"]!, StringComparison.Ordinal);
        Assert.DoesNotContain("busan-2025", await EditionCodesAsync(app));
    }

    [Fact]
    public async Task AnOverlongFileName_IsRefused_AsTheFileField()
    {
        var (database, app, officer, busan) = await StartAsync();
        await using var _ = database;
        await using var __ = app;
        var client = await People.ClientWithTokenAsync(app, officer, true, busan);

        var response = await client.PostAsync("/api/inventory/imports", new MultipartFormDataContent
        {
            { new ByteArrayContent(Csv), "file", new string('f', 257) + ".csv" },
            { new StringContent("busan-2025"), "edition" },
            { new StringContent("부산 인벤토리"), "editionName" },
            { new StringContent("부산광역시"), "publisher" },
            { new StringContent("2025-06-01"), "publishedOn" },
            { new StringContent("busan report"), "source" },
            { new StringContent("t"), "unit" }, // the file names no unit: tCO2eq, as the form asks
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Equal(["file"], errors.Select(e => e.Key));
        Assert.Contains("260", (string)errors["file"]![0]!, StringComparison.Ordinal);
        Assert.DoesNotContain("busan-2025", await EditionCodesAsync(app));
    }

    [Fact]
    public async Task ThePreviewForm_RefusesAnOverlongEditionName_BeforeKeepingTheUpload()
    {
        var (database, app, _, _) = await StartAsync();
        await using var __ = database;
        await using var ___ = app;
        var browser = app.CreateRawClient();
        Assert.Equal(HttpStatusCode.Redirect, (await People.SignInAsync(browser, "officer@busan.example", People.Password)).StatusCode);
        var form = await browser.GetStringAsync("/inventory/import");

        var response = await browser.PostAsync("/inventory/import?handler=Preview", new MultipartFormDataContent
        {
            { new StringContent(Antiforgery().Match(form).Groups[1].Value), "__RequestVerificationToken" },
            { new ByteArrayContent(Csv), "file", "busan.csv" },
            { new StringContent("busan-2025"), "Edition" },
            { new StringContent(new string('판', 201)), "EditionName" },
            { new StringContent("부산광역시"), "Publisher" },
            { new StringContent("2025-06-01"), "PublishedOn" },
            { new StringContent("busan report"), "Source" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("판 이름: 200자 이하로 적으십시오(지금 201자).", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = database.Open();
        Assert.Equal(0, await db.PendingUploads.CountAsync());
    }
}

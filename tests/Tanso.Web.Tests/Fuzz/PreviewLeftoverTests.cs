using System.Net;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Access;
using Tanso.Web.Tests.Community;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Fuzz;

/// <summary>
/// A web preview that fails keeps nothing: a file refused on a limit (413) or one that is no table at all leaves no
/// pending upload, where a readable file's preview keeps exactly one, waiting for its confirmation.
/// </summary>
public sealed class PreviewLeftoverTests
{
    public static TheoryData<string> Failures() => new() { "dimension bomb", "row bomb", "not a table" };

    private static (byte[] Bytes, string Name) FileOf(string kind) => kind switch
    {
        "dimension bomb" => (BombFiles.Dimension(), "busan.xlsx"),
        "row bomb" => (BombFiles.Rows(2_000_000), "busan.xlsx"),
        "not a table" => ([0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8], "busan.xlsx"),
        _ => ("government,sector,2021\n부산광역시,전환,5"u8.ToArray(), "busan.csv"),
    };

    private static async Task<(HttpResponseMessage Response, int Pending)> PreviewAsync(string kind)
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        await People.CreateUserAsync(app, "officer@busan.example", [Role.RegionalOfficer], busan);
        var browser = app.CreateRawClient();
        Assert.Equal(HttpStatusCode.Redirect, (await People.SignInAsync(browser, "officer@busan.example", People.Password)).StatusCode);
        var (bytes, name) = FileOf(kind);

        var response = await browser.PostAsync("/inventory/import?handler=Preview", new MultipartFormDataContent
        {
            { new StringContent(await browser.FormTokenAsync("/inventory/import")), "__RequestVerificationToken" },
            { new ByteArrayContent(bytes), "file", name },
            { new StringContent("busan-2025"), "Edition" },
            { new StringContent("부산 2025"), "EditionName" },
            { new StringContent("부산광역시"), "Publisher" },
            { new StringContent("2025-06-01"), "PublishedOn" },
            { new StringContent("t"), "Unit" },
        });

        await using var db = database.Open();
        return (response, await db.PendingUploads.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task AFailedWebPreview_LeavesNoPendingUpload(string kind)
    {
        var (response, pending) = await PreviewAsync(kind);

        Assert.Equal(kind == "not a table" ? HttpStatusCode.OK : HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        if (kind == "not a table")
        {
            var page = await response.Content.ReadAsStringAsync();
            Assert.Contains("파일을 표로 읽을 수 없습니다", page, StringComparison.Ordinal);
            Assert.DoesNotContain("name=\"upload\"", page, StringComparison.Ordinal); // nothing to confirm, recheck or discard
        }
        Assert.Equal(0, pending);
    }

    [Fact]
    public async Task AReadableFilesPreview_KeepsItsFile_ForTheConfirmation()
    {
        var (response, pending) = await PreviewAsync("readable");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("name=\"upload\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, pending);
    }
}

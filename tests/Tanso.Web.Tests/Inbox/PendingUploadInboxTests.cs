using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Access;
using Tanso.Web.Tests.Community;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Inbox;

/// <summary>An inventory file previewed but not confirmed is a to-do of its uploader, linking back to its preview, until
/// it is confirmed or discarded.</summary>
public sealed class PendingUploadInboxTests
{
    private static async Task<HttpResponseMessage> PreviewAsync(HttpClient officer, string fileName, string edition)
    {
        var csv = Encoding.UTF8.GetBytes(string.Join("\r\n", "부산광역시 온실가스 배출량", "(단위: 천톤CO2eq)", "부문,2021,2022", "수송,500,480", "건물,300,290"));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await officer.FormTokenAsync("/inventory/import")), "__RequestVerificationToken" },
            { new ByteArrayContent(csv), "file", fileName },
            { new StringContent(edition), "Edition" },
            { new StringContent("부산광역시 인벤토리 " + edition), "EditionName" },
            { new StringContent("부산광역시"), "Publisher" },
            { new StringContent("2024-12-20"), "PublishedOn" },
            { new StringContent("부산광역시 보고서"), "Source" },
            { new StringContent("부산광역시"), "Government" },
        };
        return await officer.PostAsync("/inventory/import?handler=Preview", form);
    }

    private static async Task<List<JsonNode>> UploadItemsAsync(HttpClient client) =>
        ((JsonArray)(await client.GetFromJsonAsync<JsonObject>("/api/inbox"))!["items"]!).Where(i => (string)i!["kind"]! == "UploadToConfirm").Select(i => i!).ToList();

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string link, string handler, Guid upload) =>
        await client.PostAsync($"/inventory/import?handler={handler}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await client.FormTokenAsync(link), ["upload"] = upload.ToString(),
        }));

    [Fact]
    public async Task APreviewedFile_WaitsInTheUploadersInbox_ReopensItsPreview_AndLeavesWhenDiscardedOrConfirmed()
    {
        await using var database = TestDatabase.Create();
        await using var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        var officer = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "upload@busan.example", [Role.RegionalOfficer], busan), true, busan);
        var other = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "other@busan.example", [Role.RegionalOfficer], busan), true, busan);

        Assert.Equal(HttpStatusCode.OK, (await PreviewAsync(officer, "busan-draft.csv", "busan-draft")).StatusCode);

        var item = Assert.Single(await UploadItemsAsync(officer));
        Assert.Equal("확인 대기 중인 업로드: busan-draft.csv (busan-draft)", (string)item["titleKo"]!);
        Assert.Equal(1, (int)item["daysLeft"]!); // a preview waits a day
        var link = (string)item["link"]!;
        var upload = Guid.Parse(link[(link.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        var preview = WebUtility.HtmlDecode(await officer.GetStringAsync(link));
        Assert.Contains("busan-draft.csv", preview, StringComparison.Ordinal);
        Assert.Contains("가져오기 확정", preview, StringComparison.Ordinal);
        Assert.Empty(await UploadItemsAsync(other)); // only the uploader may confirm it
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(link)).StatusCode);

        var discarded = await PostAsync(officer, link, "Discard", upload);
        Assert.Equal(HttpStatusCode.Redirect, discarded.StatusCode);
        Assert.Empty(await UploadItemsAsync(officer));
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync(link)).StatusCode);

        await PreviewAsync(officer, "busan-final.csv", "busan-final");
        var second = Assert.Single(await UploadItemsAsync(officer));
        var secondLink = (string)second["link"]!;
        var confirmed = await PostAsync(officer, secondLink, "Confirm", Guid.Parse(secondLink[(secondLink.IndexOf('=', StringComparison.Ordinal) + 1)..]));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Empty(await UploadItemsAsync(officer));
        await using var db = database.Open();
        Assert.Equal(0, await db.PendingUploads.CountAsync());
        Assert.Equal(1, await db.InventoryEditions.CountAsync(e => e.Code == "busan-final"));
    }
}

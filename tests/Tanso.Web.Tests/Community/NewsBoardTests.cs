using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Access;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Community;

public sealed class NewsBoardTests
{
    private static async Task<(TestDatabase Db, TansoApp App, HttpClient National, HttpClient Regional)> StartAsync()
    {
        var database = TestDatabase.Create();
        var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        var national = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "n@news.example", [Role.NationalOfficer]), true);
        var regional = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "r@busan.example", [Role.RegionalOfficer], busan), true, busan);
        return (database, app, national, regional);
    }

    [Fact]
    public async Task TheBoard_StartsWithRealPolicyItems_EachWithASummaryPublisherDateAndLink()
    {
        var (database, app, _, _) = await StartAsync();
        await using var _db = database;
        await using var _app = app;
        var page = await app.CreateRawClient().GetFromJsonAsync<JsonObject>("/api/news");
        Assert.Equal(4, (int)page!["total"]!);
        var first = page["items"]![0]!;
        Assert.Equal(4, (int)first["number"]!);
        Assert.Equal("2024년 국가 온실가스 잠정배출량 발표", (string)first["title"]!);
        Assert.Equal("온실가스종합정보센터", (string)first["organisation"]!);
        Assert.Equal("2025-08-20", (string)first["postedOn"]!);
        foreach (var number in Enumerable.Range(1, 4))
        {
            var post = await app.CreateRawClient().GetFromJsonAsync<JsonObject>($"/api/news/{number}");
            Assert.True(((string)post!["body"]!).Length > 100, $"post {number} has a summary");
            Assert.False(string.IsNullOrWhiteSpace((string?)post["importedFrom"]), $"post {number} names its source");
            Assert.StartsWith("https://", (string)post["sourceUrl"]!, StringComparison.Ordinal);
        }
        var html = await app.CreateRawClient().GetStringAsync("/community/news/2");
        Assert.Contains("https://www.korea.kr/briefing/pressReleaseView.do?newsId=156626381", html, StringComparison.Ordinal);
        Assert.Contains("Tanso가 공개된 원문을 요약한 글입니다", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyNationalStaff_Post_AndNumbersIncrease_AndADeletedNumberIsNeverGivenAgain()
    {
        var (database, app, national, regional) = await StartAsync();
        await using var _db = database;
        await using var _app = app;
        var news = new { title = "탄소중립 포인트제 개편", organisation = "기후에너지환경부", body = "본문" };
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateRawClient().PostAsJsonAsync("/api/news", news)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await regional.PostAsJsonAsync("/api/news", news)).StatusCode);

        var a = await (await national.PostAsJsonAsync("/api/news", news)).Json();
        Assert.Equal(5, (int)a["number"]!);
        var deleted = await national.DeleteAsync($"/api/news/5?version={(int)a["version"]!}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateRawClient().GetAsync("/api/news/5")).StatusCode);
        var b = await (await national.PostAsJsonAsync("/api/news", news)).Json();
        Assert.Equal(6, (int)b["number"]!);

        var stale = await national.PutAsJsonAsync("/api/news/6", new { title = "고친 제목", organisation = "기후에너지환경부", body = "", version = 99 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var edited = await national.PutAsJsonAsync("/api/news/6", new { title = "고친 제목", organisation = "기후에너지환경부", body = "", version = (int)b["version"]! });
        Assert.Equal("고친 제목", (string)(await edited.Json())["title"]!);
        await using var db = database.Open();
        Assert.True(await db.AuditEntries.CountAsync(e => e.EntityType == "NewsPost" && e.Action == "update") >= 2); // the edit and the deletion
    }

    [Fact]
    public async Task ConcurrentPosts_AllGetDistinctNumbers()
    {
        var (database, app, national, _) = await StartAsync();
        await using var _db = database;
        await using var _app = app;
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => national.PostAsJsonAsync("/api/news", new { title = $"동시 글 {i}", organisation = "기관" })));
        Assert.All(answers, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var numbers = await Task.WhenAll(answers.Select(async r => (int)(await r.Json())["number"]!));
        Assert.Equal(Enumerable.Range(5, 6), numbers.Order());
    }

    [Fact]
    public async Task EveryView_CountsOnce_EvenWhenManyArriveTogether()
    {
        var (database, app, _, _) = await StartAsync();
        await using var _db = database;
        await using var _app = app;
        var reader = app.CreateRawClient();
        var pages = await Task.WhenAll(Enumerable.Range(0, 25).Select(i => i % 2 == 0 ? reader.GetAsync("/api/news/2") : reader.GetAsync("/community/news/2")));
        Assert.All(pages, p => Assert.Equal(HttpStatusCode.OK, p.StatusCode));
        using var probe = new HttpRequestMessage(HttpMethod.Head, "/community/news/2");
        Assert.Equal(HttpStatusCode.OK, (await reader.SendAsync(probe)).StatusCode); // a HEAD reads nothing: no view
        var list = await reader.GetFromJsonAsync<JsonObject>("/api/news?q=활성화 토론회");
        Assert.Equal(25, (int)list!["items"]![0]!["views"]!);
    }

    [Fact]
    public async Task TheBoard_IsPaged_AndSearchedInTitleBodyAndOrganisation()
    {
        var (database, app, national, _) = await StartAsync();
        await using var _db = database;
        await using var _app = app;
        await national.PostAsJsonAsync("/api/news", new { title = "정책 설명회 안내", organisation = "부산광역시", body = "그린리모델링 지원 설명회를 엽니다." });
        var reader = app.CreateRawClient();
        var second = await reader.GetFromJsonAsync<JsonObject>("/api/news?page=2&size=2");
        Assert.Equal(5, (int)second!["total"]!);
        Assert.Equal(3, (int)second["pages"]!);
        Assert.Equal(3, (int)second["items"]![0]!["number"]!); // 5 and 4 on page 1
        Assert.Equal(2, second["items"]!.AsArray().Count);
        Assert.Equal(1, (int)(await reader.GetFromJsonAsync<JsonObject>("/api/news?q=그린리모델링"))!["total"]!); // body
        Assert.Equal(1, (int)(await reader.GetFromJsonAsync<JsonObject>("/api/news?q=부산광역시"))!["total"]!); // organisation
        Assert.Equal(1, (int)(await reader.GetFromJsonAsync<JsonObject>("/api/news?q=지역소득"))!["total"]!); // title and summary of 3
        var html = await reader.GetStringAsync("/community/news?q=지역소득");
        Assert.Contains("2023년 지역소득(잠정): 전국 지역내총생산 2,404조 원", html);
        Assert.DoesNotContain("범부처", html);
    }

    [Fact]
    public async Task Attachments_AreLimitedInSizeTypeAndContent_AndDownloadUnderTheirKoreanName()
    {
        var (database, app, national, _) = await StartAsync();
        await using var _db = database;
        await using var _app = app;
        var post = await (await national.PostAsJsonAsync("/api/news", new { title = "첨부 시험", organisation = "기관" })).Json();
        var number = (int)post["number"]!;
        async Task<HttpResponseMessage> Attach(byte[] content, string name, int version) => await national.PostAsync($"/api/news/{number}/attachments", new MultipartFormDataContent
        {
            { new ByteArrayContent(content), "files", name },
            { new StringContent(version.ToString(System.Globalization.CultureInfo.InvariantCulture)), "version" },
        });
        var pdf = "%PDF-1.4 시험"u8.ToArray();

        var tooBig = await Attach(new byte[10 * 1024 * 1024 + 1], "큰 파일.pdf", (int)post["version"]!);
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        Assert.Contains("큰 파일.pdf", await tooBig.Content.ReadAsStringAsync());
        var script = await Attach("<script>"u8.ToArray(), "a.html", (int)post["version"]!);
        Assert.Equal(HttpStatusCode.BadRequest, script.StatusCode);
        var fake = await Attach("not a pdf"u8.ToArray(), "가짜.pdf", (int)post["version"]!);
        Assert.Equal(HttpStatusCode.BadRequest, fake.StatusCode);

        var attached = await (await Attach(pdf, "2026 기후주간 안내문.pdf", (int)post["version"]!)).Json();
        var file = attached["attachments"]![0]!;
        var download = await app.CreateRawClient().GetAsync((string)file["url"]!);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("2026 기후주간 안내문.pdf", download.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition.DispositionType);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());

        await national.DeleteAsync($"/api/news/{number}?version={(int)attached["version"]!}");
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateRawClient().GetAsync((string)file["url"]!)).StatusCode);
    }
}

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Checks;

/// <summary>The evidence page (/checks/{id}/evidence) as a browser without JavaScript uses it.</summary>
public sealed partial class EvidenceFileTests
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    private static async Task<HttpResponseMessage> PostPageAsync(HttpClient browser, string page, string handler, Action<MultipartFormDataContent> fill)
    {
        var html = await browser.GetStringAsync(page);
        var form = new MultipartFormDataContent { { new StringContent(Antiforgery().Match(html).Groups[1].Value), "__RequestVerificationToken" } };
        fill(form);
        return await browser.PostAsync($"{page}?handler={handler}", form);
    }

    [Fact]
    public async Task AnOfficerUploadsAndRemovesThroughThePage_AndABadFileShowsInTheErrorSummary()
    {
        await using var world = await World.CreateAsync();
        var browser = world.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await People.SignInAsync(browser, "officer@busan.example", People.Password)).StatusCode);
        var page = $"/checks/{world.CycleId}/evidence";
        var empty = await browser.GetStringAsync(page);
        Assert.Contains("enctype=\"multipart/form-data\"", empty, StringComparison.Ordinal);
        Assert.Contains("accept=\".pdf,", empty, StringComparison.Ordinal);
        Assert.Contains("<label for=\"files-1-1\">1-1 증빙 파일 올리기</label>", empty, StringComparison.Ordinal);

        var refused = await PostPageAsync(browser, page, "Upload", form =>
        {
            form.Add(new StringContent("1-1"), "taskCode");
            form.Add(new ByteArrayContent(Pdf), "files", "좋은 증빙.pdf");
            form.Add(new ByteArrayContent("not a png"u8.ToArray()), "files", "가짜 사진.png");
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errorPage = await refused.Content.ReadAsStringAsync();
        Assert.Matches("class=\"form-error\" role=\"alert\">\\s*<ul>\\s*<li>&#x27;가짜 사진.png&#x27;: 내용이 .png 파일이 아닙니다", errorPage);
        Assert.Equal(0, await world.FilesSavedAsync());

        var saved = await PostPageAsync(browser, page, "Upload", form =>
        {
            form.Add(new StringContent("1-1"), "taskCode");
            form.Add(new ByteArrayContent(Pdf), "files", "좋은 증빙.pdf");
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"{page}#task-1-1", saved.Headers.Location!.OriginalString);
        int fileId;
        await using (var db = world.Database.Open())
        {
            fileId = await db.EvidenceFiles.Where(f => f.CycleId == world.CycleId).Select(f => f.Id).SingleAsync();
        }
        var listed = await browser.GetStringAsync(page);
        Assert.Contains($"<a href=\"/api/checks/{world.CycleId}/evidence/{fileId}\" download>좋은 증빙.pdf</a>", listed, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"좋은 증빙.pdf 지우기\"", listed, StringComparison.Ordinal);
        Assert.Contains($"href=\"/checks/{world.CycleId}/evidence#task-1-1\">증빙 1건</a>", await browser.GetStringAsync($"/checks/{world.CycleId}"), StringComparison.Ordinal);

        var removed = await PostPageAsync(browser, page, "Remove", form =>
        {
            form.Add(new StringContent(fileId.ToString(System.Globalization.CultureInfo.InvariantCulture)), "fileId");
            form.Add(new StringContent("1-1"), "taskCode");
        });
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(0, await world.FilesSavedAsync());
    }
}

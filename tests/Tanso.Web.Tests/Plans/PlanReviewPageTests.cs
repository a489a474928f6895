using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Access;
using Tanso.Web.Tests.Community;
using Tanso.Web.Tests.Infrastructure;

namespace Tanso.Web.Tests.Plans;

/// <summary>The plan page's review section, used as people use it: forms posted with the page's token.</summary>
public sealed class PlanReviewPageTests
{
    private static async Task<(TestDatabase Database, TansoApp App, HttpClient Officer, int Id, int Version)> DraftAsync()
    {
        var database = TestDatabase.Create();
        var app = new TansoApp(database);
        var busan = await People.GovernmentIdAsync(app, "26");
        var officer = await People.ClientWithTokenAsync(app, await People.CreateUserAsync(app, "page@busan.example", [Role.RegionalOfficer], busan), true, busan);
        var plan = (await (await officer.PostAsJsonAsync($"/api/governments/{busan}/plans", new
        {
            title = "부산광역시 탄소중립 녹색성장 기본계획", periodStart = 2024, periodEnd = 2033, baseYear = 2018, baseEmissionsTCo2eq = 16_628_000m,
            baseSource = "시험", scopeNote = "", netZeroYear = 2050, interpolation = "straight-line", version = 0,
        })).Content.ReadFromJsonAsync<JsonObject>())!;
        return (database, app, officer, (int)plan["id"]!, (int)plan["version"]!);
    }

    [Fact]
    public async Task ACommitteeDateInTheFuture_IsRefusedNextToTheField_InKorean_WithTheFormKeptAsTyped()
    {
        var (database, app, officer, id, version) = await DraftAsync();
        await using var _ = database;
        await using var __ = app;

        using var form = new MultipartFormDataContent
        {
            { new StringContent(await officer.FormTokenAsync($"/plans/{id}")), "__RequestVerificationToken" },
            { new StringContent(version.ToString(System.Globalization.CultureInfo.InvariantCulture)), "Version" },
            { new StringContent("2030-05-01"), "CommitteeDate" },
            { new StringContent("adopted-with-changes"), "CommitteeDecision" },
            { new ByteArrayContent("%PDF"u8.ToArray()), "file", "회의록.pdf" },
        };
        var response = await officer.PostAsync($"/plans/{id}?handler=Committee", form);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<p class=\"form-hint-invalid\">위원회 심의일 2030-05-01이(가) 오늘(2026-11-16)보다 뒤입니다.</p>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2030-05-01\"", html, StringComparison.Ordinal);
        Assert.Matches("<option value=\"adopted-with-changes\" selected=\"selected\">", html);
    }

    [Fact]
    public async Task TheOfficer_RecordsTheCommitteeAndSubmits_AndTheMinistrySeesWhatItCanDoNext()
    {
        var (database, app, officer, id, draftVersion) = await DraftAsync();
        await using var _ = database;
        await using var __ = app;

        using var form = new MultipartFormDataContent
        {
            { new StringContent(await officer.FormTokenAsync($"/plans/{id}")), "__RequestVerificationToken" },
            { new StringContent(draftVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)), "Version" },
            { new StringContent("2026-10-30"), "CommitteeDate" },
            { new StringContent("adopted"), "CommitteeDecision" },
            { new ByteArrayContent("%PDF"u8.ToArray()), "file", "제3차 위원회 회의록.pdf" },
        };
        var recorded = await officer.PostAsync($"/plans/{id}?handler=Committee", form);
        Assert.True(recorded.StatusCode == HttpStatusCode.Redirect, WebUtility.HtmlDecode(await recorded.Content.ReadAsStringAsync()));
        int version;
        await using (var db = database.Open())
        {
            version = await db.Plans.Where(p => p.Id == id).Select(p => p.Version).SingleAsync();
        }
        var submitted = await officer.PostAsync($"/plans/{id}?handler=Move", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await officer.FormTokenAsync($"/plans/{id}"), ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["action"] = "submit",
        }));
        var ministry = await PlanReviewFlow.ReviewerAsync(app);
        var page = WebUtility.HtmlDecode(await ministry.GetStringAsync($"/plans/{id}"));

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Contains("<li aria-current=\"step\">제출</li>", page, StringComparison.Ordinal);
        Assert.Contains("2026-10-30 · 원안 의결", page, StringComparison.Ordinal);
        Assert.Contains(">제3차 위원회 회의록.pdf</a>", page, StringComparison.Ordinal);
        Assert.Contains("검토자 (중앙부처·시·도)", page, StringComparison.Ordinal);
        Assert.Contains(">접수</button>", page, StringComparison.Ordinal);
        Assert.Contains("검토 의견 보내기", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">공개</button>", page, StringComparison.Ordinal);
    }
}

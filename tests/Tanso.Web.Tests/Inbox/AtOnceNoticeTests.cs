using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Inbox;
using static Tanso.Web.Tests.Inbox.InboxWorld;

namespace Tanso.Web.Tests.Inbox;

/// <summary>New work is announced the moment it arises, without waiting for the reminder job; the job then finds the
/// notice made and does not repeat it, and deadline reminders still come only from the job.</summary>
public sealed class AtOnceNoticeTests
{
    private static async Task<JsonArray> UnreadAsync(HttpClient client) => (await client.GetFromJsonAsync<JsonArray>("/api/notifications?unread=true"))!;

    private static bool ToOfficer(MimeKit.MimeMessage m) => m.To.Mailboxes.Any(b => b.Address == "off@busan.example");

    [Fact]
    public async Task AnIssuedOpinion_IsInTheGovernmentsNotificationsAndMailAtOnce_AndNoJobPassRepeatsIt()
    {
        await using var w = await CreateAsync();
        var cycle = await w.OpenInEvaluationAsync(2025);
        var before = (await UnreadAsync(w.Officer)).Count;

        var opinion = await w.IssueOpinionAsync(cycle, "수송 부문 성과지표를 보완하십시오.");

        var unread = await UnreadAsync(w.Officer);
        Assert.Equal(before + 1, unread.Count);
        var notice = Assert.Single(unread, n => (string)n!["reason"]! == "New" && ((string)n!["titleKo"]!).Contains("수송 부문 성과지표를 보완하십시오.", StringComparison.Ordinal))!;
        Assert.Equal($"/checks/{cycle}/opinions", (string)notice["link"]!);
        var subject = "[Tanso] 새 할 일: 부산광역시 2025년 개선의견 답변: 수송 부문 성과지표를 보완하십시오. (New)";
        Assert.Single(w.Smtp.Received, m => m.Subject == subject && ToOfficer(m));

        await w.TickAsync();
        var second = await w.TickAsync();

        Assert.Single(w.Smtp.Received, m => m.Subject == subject && ToOfficer(m)); // the job found it made
        await using var db = w.Database.Open();
        Assert.Equal(1, await db.Notices.CountAsync(n => n.UserId == w.OfficerId && n.ItemKey == $"opinion:{(int)opinion["id"]!}"));
        Assert.Equal(0, second.Notices);
    }

    [Fact]
    public async Task AnOverdueReport_IsRemindedByTheJobOnly_WhileARefusedRequestAnnouncesNothing()
    {
        await using var w = await CreateAsync();
        var (cycle, version) = await w.OpenCycleAsync(2024); // due 31 May 2025: long overdue on 16 Nov 2026

        Assert.DoesNotContain(await UnreadAsync(w.Officer), n => (string)n!["reason"]! == "Overdue");
        var refused = await w.Daegu.PostAsJsonAsync($"/api/checks/{cycle}/transitions", new { version }); // not Daegu's cycle
        Assert.True(refused.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{refused.StatusCode}");
        await using (var db = w.Database.Open())
        {
            Assert.Equal(0, await db.Notices.CountAsync(n => n.Kind != NoticeKind.New));
        }

        await w.TickAsync();

        var overdue = Assert.Single(await UnreadAsync(w.Officer), n => (string)n!["reason"]! == "Overdue")!;
        Assert.Equal($"/checks/{cycle}", (string)overdue["link"]!);
    }
}

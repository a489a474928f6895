using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tanso.Core.Inbox;
using Tanso.Web.Inbox;
using Tanso.Web.Tests.Infrastructure;
using static Tanso.Web.Tests.Inbox.InboxWorld;

namespace Tanso.Web.Tests.Inbox;

/// <summary>The reminder job against a real SMTP server in the test: Korean mails with English below, each reminder once,
/// on one instance or two at once, opt-out and the daily digest.</summary>
public sealed class ReminderTests
{
    private static async Task<List<Notice>> NoticesAsync(InboxWorld w, string userId)
    {
        await using var db = w.Database.Open();
        return await db.Notices.AsNoTracking().Where(n => n.UserId == userId).OrderBy(n => n.Id).ToListAsync();
    }

    private static List<MimeKit.MimeMessage> MailTo(InboxWorld w, string address) =>
        w.Smtp.Received.Where(m => m.To.Mailboxes.Any(b => b.Address == address)).ToList();

    [Fact]
    public async Task AnOverdueReport_IsMailedToTheOfficerOnce_InKoreanWithEnglishBelow_AndShowsAsAnUnreadNotification()
    {
        await using var w = await CreateAsync();
        var (cycle, _) = await w.OpenCycleAsync(2025);

        await w.TickAsync();
        await w.TickAsync(); // the next pass finds it sent

        var mail = Assert.Single(MailTo(w, "off@busan.example"));
        Assert.Equal("[Tanso] 기한 경과: 부산광역시 2025년 이행실적 보고 (Overdue)", mail.Subject);
        var text = mail.TextBody;
        Assert.Contains("기한: 2026-05-31 (169일 지남)", text, StringComparison.Ordinal);
        Assert.Contains($"처리하기: https://tanso.example/checks/{cycle}", text, StringComparison.Ordinal);
        Assert.Contains("Progress report: Busan 2025", text, StringComparison.Ordinal);
        Assert.Contains("Due: 2026-05-31 (169 days late)", text, StringComparison.Ordinal);
        Assert.Contains("https://tanso.example/account/notifications", text, StringComparison.Ordinal);
        var notice = Assert.Single(await NoticesAsync(w, w.OfficerId), n => n.ItemKey == $"report:{cycle}");
        Assert.Equal((NoticeKind.Overdue, MailState.Sent, 1), (notice.Kind, notice.Mail, notice.MailAttempts));

        var unread = (await w.Officer.GetFromJsonAsync<JsonArray>("/api/notifications?unread=true"))!;
        var shown = Assert.Single(unread, n => (string)n!["link"]! == $"/checks/{cycle}")!;
        Assert.Equal("Overdue", (string)shown["reason"]!);
        Assert.Contains("새 알림", await w.Officer.GetStringAsync("/inbox"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await w.Officer.PostAsync($"/api/notifications/{(long)shown["id"]!}/read", null)).StatusCode);
        Assert.DoesNotContain((await w.Officer.GetFromJsonAsync<JsonArray>("/api/notifications?unread=true"))!, n => (long)n!["id"]! == (long)shown["id"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await w.National.PostAsync($"/api/notifications/{(long)shown["id"]!}/read", null)).StatusCode); // not theirs
    }

    [Fact]
    public async Task BeforeOnTheDayAndOverdue_EachReminderGoesOnce_HoweverOftenTheJobRuns()
    {
        await using var w = await CreateAsync();
        var (cycle, _) = await w.OpenCycleAsync(2026); // report due 31 May 2027
        var subjects = new List<string>();
        foreach (var (day, expected) in new[]
        {
            (new DateOnly(2027, 5, 23), (string?)null), // eight days ahead: nothing yet
            (new DateOnly(2027, 5, 24), "기한 임박"),
            (new DateOnly(2027, 5, 28), null), // the week's reminder was sent already
            (new DateOnly(2027, 5, 31), "오늘 마감"),
            (new DateOnly(2027, 6, 1), "기한 경과"),
            (new DateOnly(2027, 6, 20), null),
        })
        {
            w.At(day);
            await w.TickAsync();
            await w.TickAsync();
            var now = MailTo(w, "off@busan.example").Select(m => m.Subject ?? "").Where(s => s.Contains("2026년 이행실적 보고", StringComparison.Ordinal)).ToList();
            Assert.Equal(expected is null ? subjects.Count : subjects.Count + 1, now.Count);
            if (expected is not null)
            {
                Assert.StartsWith($"[Tanso] {expected}: 부산광역시 2026년 이행실적 보고", now[^1], StringComparison.Ordinal);
            }
            subjects = now;
        }
        Assert.Equal([NoticeKind.Before, NoticeKind.OnDay, NoticeKind.Overdue],
            (await NoticesAsync(w, w.OfficerId)).Where(n => n.ItemKey == $"report:{cycle}").Select(n => n.Kind));
    }

    [Fact]
    public async Task TwoInstancesRunningTheJobAtOnce_SendEachReminderExactlyOnce()
    {
        await using var w = await CreateAsync();
        await w.OpenCycleAsync(2025);
        await w.OpenCycleAsync(2024);
        var cycle = await w.OpenInEvaluationAsync(2023);
        await w.IssueOpinionAsync(cycle, "예산 집행 점검을 분기별로 하십시오.");

        // The new opinion was announced (and mailed) when it was issued; the passes make the reminders.
        await using var db = w.Database.Open();
        var announced = await db.Notices.AsNoTracking().CountAsync();
        var mailedAtOnce = w.Smtp.Received.Count;
        Assert.True(announced >= 1, "the new opinion is announced at once");

        // Two web instances: each pass in its own scope and connection against the one database.
        var ticks = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(w.TickAsync)));

        var notices = await db.Notices.AsNoTracking().ToListAsync();
        Assert.True(notices.Count >= 6, $"only {notices.Count} notices"); // 3 reports + opinion for Busan; stages for national staff…
        Assert.Equal(notices.Count - announced, ticks.Sum(t => t.Notices)); // each made by exactly one pass, or at once
        Assert.Equal(notices.Count(n => n.Mail == MailState.Sent), w.Smtp.Received.Count);
        Assert.Equal(w.Smtp.Received.Count - mailedAtOnce, ticks.Sum(t => t.Mailed));
        Assert.Equal(w.Smtp.Received.Count, w.Smtp.Received.Select(m => (m.To.ToString(), m.Subject)).Distinct().Count()); // no mail twice
        Assert.Contains(w.Smtp.Received, m => m.Subject == "[Tanso] 새 할 일: 부산광역시 2023년 개선의견 답변: 예산 집행 점검을 분기별로 하십시오. (New)");
    }

    [Fact]
    public async Task SomeoneWhoTurnedEmailOff_GetsNoMail_ButStillTheNotification()
    {
        await using var w = await CreateAsync();
        var prefs = (await w.Officer.GetFromJsonAsync<JsonObject>("/api/account/notification-preferences"))!;
        Assert.True((bool)prefs["email"]!);
        var saved = await w.Officer.PutAsJsonAsync("/api/account/notification-preferences", new { email = false, dailyDigest = false, version = (int)prefs["version"]! });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await w.Officer.PutAsJsonAsync("/api/account/notification-preferences", new { email = true, dailyDigest = false, version = 0 })).StatusCode);
        var (cycle, _) = await w.OpenCycleAsync(2025);

        await w.TickAsync();

        Assert.Empty(MailTo(w, "off@busan.example"));
        Assert.NotEmpty(MailTo(w, "nat@me.example")); // others still get theirs
        var notice = Assert.Single(await NoticesAsync(w, w.OfficerId), n => n.ItemKey == $"report:{cycle}");
        Assert.Equal(MailState.OptedOut, notice.Mail);
        await using var db = w.Database.Open();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(NotificationPreference) && a.EntityId == w.OfficerId)); // the choice is on record
    }

    [Fact]
    public async Task TheDailyDigest_GroupsEverythingIntoOneMailADay_ByKindOfWork()
    {
        await using var w = await CreateAsync(new KeyValuePair<string, string>("Inbox:DigestHour", "11"));
        var prefs = await w.Officer.PutAsJsonAsync("/api/account/notification-preferences", new { email = true, dailyDigest = true, version = 0 });
        Assert.Equal(HttpStatusCode.OK, prefs.StatusCode);
        var cycle = await w.OpenInEvaluationAsync(2024);
        await w.OpenCycleAsync(2025);
        await w.IssueOpinionAsync(cycle, "전담 조직을 신설하십시오.");
        await w.IssueOpinionAsync(cycle, "주민참여예산과 연계하십시오.");
        // 10:00: before the digest hour (set to 11:00 here)

        await w.TickAsync();
        Assert.Empty(MailTo(w, "off@busan.example"));
        Assert.All((await NoticesAsync(w, w.OfficerId)), n => Assert.Equal(MailState.AwaitingDigest, n.Mail));

        w.At(new DateOnly(2026, 11, 16), hour: 11);
        await Task.WhenAll(w.TickAsync(), w.TickAsync());
        await w.TickAsync();

        var digest = Assert.Single(MailTo(w, "off@busan.example"));
        Assert.Equal("[Tanso] 일일 요약: 알림 3건 (Daily digest: 3 notifications)", digest.Subject);
        Assert.Contains("■ 이행실적 보고 (1건)", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("■ 개선의견 답변 (2건)", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("■ Opinions to answer (2)", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("[새 할 일] 부산광역시 2024년 개선의견 답변: 전담 조직을 신설하십시오.", digest.TextBody, StringComparison.Ordinal);
        Assert.All((await NoticesAsync(w, w.OfficerId)).Where(n => n.Kind != NoticeKind.Digest), n => Assert.Equal(MailState.InDigest, n.Mail));

        // The next day's news waits for the next day's digest.
        w.At(new DateOnly(2026, 11, 17), hour: 12);
        var national = await People.ClientWithTokenAsync(w.App, w.NationalId, true); // yesterday's token has expired
        Assert.Equal(HttpStatusCode.Created, (await national.PostAsJsonAsync($"/api/checks/{cycle}/opinions", new { text = "건물 부문 지표를 보완하십시오." })).StatusCode);
        await w.TickAsync();
        Assert.Equal(2, MailTo(w, "off@busan.example").Count);
        Assert.Equal("[Tanso] 일일 요약: 알림 1건 (Daily digest: 1 notifications)", MailTo(w, "off@busan.example")[1].Subject);
    }

    [Fact]
    public async Task AMailTheServerRefused_IsTriedAgain_UpToTheLimit()
    {
        await using var w = await CreateAsync();
        var (cycle, _) = await w.OpenCycleAsync(2025);
        await using (var scope = w.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Data.TansoDb>();
            var item = new InboxItem($"report:{cycle}", InboxKind.ReportDue, "보고", "Report", $"/checks/{cycle}", null, null, null);
            Assert.True(await NoticeClaims.ClaimAsync(db, w.OfficerId, item, NoticeKind.Overdue, MailState.Sending, w.Clock.GetUtcNow().UtcDateTime, default));
            await NoticeClaims.MailedAsync(db, w.OfficerId, item.Key, NoticeKind.Overdue, "the server said no", w.Clock.GetUtcNow().UtcDateTime, default);
            Assert.False(await NoticeClaims.ClaimAsync(db, w.OfficerId, item, NoticeKind.Overdue, MailState.Sending, w.Clock.GetUtcNow().UtcDateTime, default)); // claimed once only
        }

        await w.TickAsync();

        var notice = Assert.Single(await NoticesAsync(w, w.OfficerId), n => n.ItemKey == $"report:{cycle}");
        Assert.Equal((MailState.Sent, 2, (string?)null), (notice.Mail, notice.MailAttempts, notice.MailError));
        Assert.Single(MailTo(w, "off@busan.example"));
    }
}

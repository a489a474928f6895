using System.Text;
using System.Globalization;
using Tanso.Core.Inbox;
using Tanso.Web.Mail;

namespace Tanso.Web.Inbox;

/// <summary>The e-mails of notifications: Korean first with the English below, the page to open, and where to change
/// what one receives.</summary>
internal static class NoticeMails
{
    public static OutgoingMail One(string to, InboxItem item, NoticeKind kind, DateOnly today, InboxOptions options)
    {
        var (reasonKo, reasonEn) = ReminderRules.Words(kind);
        var url = options.Url(item.Link);
        var text = new StringBuilder()
            .AppendLine(item.TitleKo)
            .AppendLine(DueKo(item.DueOn, today))
            .AppendLine(CultureInfo.InvariantCulture, $"처리하기: {url}")
            .AppendLine()
            .AppendLine(item.TitleEn)
            .AppendLine(DueEn(item.DueOn, today))
            .AppendLine(CultureInfo.InvariantCulture, $"Open: {url}")
            .AppendLine()
            .Append(Footer(options));
        return new OutgoingMail(to, $"[Tanso] {reasonKo}: {item.TitleKo} ({reasonEn})", text.ToString());
    }

    /// <summary>One mail with every notice waiting for the digest, grouped by kind of work.</summary>
    public static OutgoingMail Digest(string to, IReadOnlyList<Notice> notices, DateOnly today, InboxOptions options)
    {
        var groups = notices.GroupBy(n => n.ItemKind).OrderBy(g => g.Key).ToList();
        var text = new StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"{Iso(today)} Tanso 알림 {notices.Count}건").AppendLine();
        foreach (var group in groups)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"■ {KindKo(group.Key)} ({group.Count()}건)");
            foreach (var n in group)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- [{ReminderRules.Words(n.Kind).Ko}] {n.TitleKo} — {DueKo(n.DueOn, today)} — {options.Url(n.Link)}");
            }
            text.AppendLine();
        }
        text.AppendLine(CultureInfo.InvariantCulture, $"Tanso notifications of {Iso(today)}: {notices.Count}").AppendLine();
        foreach (var group in groups)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"■ {KindEn(group.Key)} ({group.Count()})");
            foreach (var n in group)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- [{ReminderRules.Words(n.Kind).En}] {n.TitleEn} — {DueEn(n.DueOn, today)} — {options.Url(n.Link)}");
            }
            text.AppendLine();
        }
        text.Append(Footer(options));
        return new OutgoingMail(to, $"[Tanso] 일일 요약: 알림 {notices.Count}건 (Daily digest: {notices.Count} notifications)", text.ToString());
    }

    public static string DueKo(DateOnly? due, DateOnly today) => due is not { } d ? "기한: 없음" : (d.DayNumber - today.DayNumber) switch
    {
        0 => $"기한: {Iso(d)} (오늘 마감)",
        > 0 and var left => $"기한: {Iso(d)} ({left}일 남음)",
        var late => $"기한: {Iso(d)} ({-late}일 지남)",
    };

    public static string DueEn(DateOnly? due, DateOnly today) => due is not { } d ? "Due: no deadline" : (d.DayNumber - today.DayNumber) switch
    {
        0 => $"Due: {Iso(d)} (today)",
        > 0 and var left => $"Due: {Iso(d)} ({left} day{(left == 1 ? "" : "s")} left)",
        var late => $"Due: {Iso(d)} ({-late} day{(late == -1 ? "" : "s")} late)",
    };

    public static string KindKo(InboxKind kind) => kind switch
    {
        InboxKind.ReportDue => "이행실적 보고",
        InboxKind.StageDue => "점검 단계 진행",
        InboxKind.ScoresToGive => "정성평가",
        InboxKind.OpinionToAnswer => "개선의견 답변",
        InboxKind.ResultToReply => "평가 결과 소명",
        InboxKind.ReplyToRead => "소명 검토",
        InboxKind.FeedbackToModerate => "시민 의견 검토",
        InboxKind.PlanToFinish => "계획 검토 의견 답변·공개",
        InboxKind.UploadToConfirm => "확인 대기 중인 업로드",
        _ => "계획 검토",
    };

    public static string KindEn(InboxKind kind) => kind switch
    {
        InboxKind.ReportDue => "Progress reports",
        InboxKind.StageDue => "Check stages",
        InboxKind.ScoresToGive => "Qualitative scoring",
        InboxKind.OpinionToAnswer => "Opinions to answer",
        InboxKind.ResultToReply => "Results to reply to",
        InboxKind.ReplyToRead => "Replies to read",
        InboxKind.FeedbackToModerate => "Citizen feedback",
        InboxKind.PlanToFinish => "Plans to answer or publish",
        InboxKind.UploadToConfirm => "Uploads waiting for confirmation",
        _ => "Plans to review",
    };

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Footer(InboxOptions options) =>
        $"알림 설정(메일 수신 거부, 일일 요약): {options.Url("/account/notifications")}{Environment.NewLine}" +
        $"Notification settings (turn e-mail off, daily digest): {options.Url("/account/notifications")}{Environment.NewLine}";
}

namespace Tanso.Core.Inbox;

/// <summary>What kind of work an inbox item asks for.</summary>
public enum InboxKind
{
    /// <summary>이행실적 보고: a government's progress report for a check cycle.</summary>
    ReportDue,

    /// <summary>점검 단계 진행: national staff take a cycle through evaluation, committee review and publication.</summary>
    StageDue,

    /// <summary>정성평가: an assigned evaluator still has criteria to score.</summary>
    ScoresToGive,

    /// <summary>개선의견 답변: a government answers an improvement opinion.</summary>
    OpinionToAnswer,

    /// <summary>평가 결과 소명: a result shown to the government, which may reply until the deadline.</summary>
    ResultToReply,

    /// <summary>소명 확인: the government replied to a result; evaluators and national staff read it.</summary>
    ReplyToRead,

    /// <summary>시민 의견 검토: citizen feedback waiting for moderation.</summary>
    FeedbackToModerate,

    /// <summary>계획 검토: a plan submitted and waiting for national staff.</summary>
    PlanToReview,

    /// <summary>계획 검토 의견 답변·공개: the government's move on its plan (answer the reviewers' opinions, publish once approved).</summary>
    PlanToFinish,

    /// <summary>확인 대기 중인 업로드: an inventory file previewed by its uploader and not yet confirmed or discarded.</summary>
    UploadToConfirm,
}

/// <summary>
/// One thing waiting for someone: what, about which government, due when, and the page whose form finishes it.
/// </summary>
/// <param name="Key">Stable identity of the work (e.g. <c>report:12</c>), the same on every computation, so that a
/// reminder about it is sent once.</param>
/// <param name="Kind">The kind of work.</param>
/// <param name="TitleKo">What to do, in Korean.</param>
/// <param name="TitleEn">What to do, in English.</param>
/// <param name="Link">The app path of the form that finishes it (e.g. <c>/checks/12/scoring</c>).</param>
/// <param name="DueOn">The last day, inclusive (Korean date), or null when nothing sets one.</param>
/// <param name="Since">The Korean day the work arose, when known (an opinion's issue date, a reply's date).</param>
/// <param name="GovernmentId">The government concerned.</param>
public sealed record InboxItem(string Key, InboxKind Kind, string TitleKo, string TitleEn, string Link, DateOnly? DueOn, DateOnly? Since, int? GovernmentId)
{
    /// <summary>Days until the deadline: 0 on the day, negative once late; null without a deadline.</summary>
    public int? DaysLeft(DateOnly today) => DueOn is { } due ? due.DayNumber - today.DayNumber : null;

    /// <summary>Days past the deadline (at least 1), or 0 while not late.</summary>
    public int DaysLate(DateOnly today) => Math.Max(0, -(DaysLeft(today) ?? 0));

    /// <summary>"D-3", "D-day" or "3일 지남" in Korean; "3 days left", "due today", "3 days late" in English.</summary>
    public (string Ko, string En)? Countdown(DateOnly today) => DaysLeft(today) switch
    {
        null => null,
        0 => ("오늘 마감", "due today"),
        > 0 and var d => ($"{d}일 남음", d == 1 ? "1 day left" : $"{d} days left"),
        var d => ($"{-d}일 지남", -d == 1 ? "1 day late" : $"{-d} days late"),
    };
}

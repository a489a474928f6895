namespace Tanso.Core.Inbox;

/// <summary>Why someone is told about an item.</summary>
public enum NoticeKind
{
    /// <summary>새 할 일: the work just arose (a plan submitted, an opinion given, a reply posted).</summary>
    New,

    /// <summary>기한 임박: the deadline is a few days away.</summary>
    Before,

    /// <summary>오늘 마감: the deadline is today.</summary>
    OnDay,

    /// <summary>기한 경과: the deadline has passed.</summary>
    Overdue,

    /// <summary>The daily digest mail itself (its row claims the day's digest of one person).</summary>
    Digest,
}

/// <summary>When reminders are due. <paramref name="DaysBefore"/>: the "before" reminder this many days ahead (at most);
/// <paramref name="NewWithinDays"/>: work that arose this many days ago or less is still news (older work found for the
/// first time, e.g. when reminders are first switched on, is not announced as new).</summary>
public sealed record ReminderRules(int DaysBefore = 7, int NewWithinDays = 2)
{
    /// <summary>A week's warning; news for two days.</summary>
    public static ReminderRules Default { get; } = new();

    /// <summary>
    /// The notices an item calls for today. At most one deadline notice: "before" while 1..<see cref="DaysBefore"/> days
    /// are left, "on the day" on the day, "overdue" once late; a job that was down does not send the reminders it missed,
    /// only the one that is true today. Each (person, item, kind) is sent once: the caller keeps what was sent.
    /// </summary>
    public IReadOnlyList<NoticeKind> Due(InboxItem item, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(item);
        var kinds = new List<NoticeKind>(2);
        if (item.Since is { } since && today.DayNumber - since.DayNumber <= NewWithinDays)
        {
            kinds.Add(NoticeKind.New);
        }
        switch (item.DaysLeft(today))
        {
            case null:
                break;
            case 0:
                kinds.Add(NoticeKind.OnDay);
                break;
            case < 0:
                kinds.Add(NoticeKind.Overdue);
                break;
            case var left when left <= DaysBefore:
                kinds.Add(NoticeKind.Before);
                break;
        }
        return kinds;
    }

    /// <summary>Korean and English words for a notice's reason, as mails and the notification list show them.</summary>
    public static (string Ko, string En) Words(NoticeKind kind) => kind switch
    {
        NoticeKind.New => ("새 할 일", "New"),
        NoticeKind.Before => ("기한 임박", "Due soon"),
        NoticeKind.OnDay => ("오늘 마감", "Due today"),
        NoticeKind.Overdue => ("기한 경과", "Overdue"),
        _ => ("일일 요약", "Daily digest"),
    };
}

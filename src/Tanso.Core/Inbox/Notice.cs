namespace Tanso.Core.Inbox;

/// <summary>What became of a notice's e-mail.</summary>
public enum MailState
{
    /// <summary>Claimed by one instance, which is handing it to the SMTP server now.</summary>
    Sending,

    /// <summary>The SMTP server took it.</summary>
    Sent,

    /// <summary>The server did not take it; tried again on later ticks up to the attempt limit.</summary>
    Failed,

    /// <summary>The person turned e-mail off: in the app only.</summary>
    OptedOut,

    /// <summary>No mail server is configured: in the app only.</summary>
    NotConfigured,

    /// <summary>Waiting for the person's daily digest.</summary>
    AwaitingDigest,

    /// <summary>Sent in a daily digest.</summary>
    InDigest,
}

/// <summary>
/// A notification (알림) to one person about one inbox item, for one reason; also the record that the reminder was sent.
/// (person, item, kind) is unique in the database, so of several instances only the one whose insert lands sends it.
/// </summary>
public sealed class Notice
{
    /// <summary>Longest title.</summary>
    public const int MaxTitle = 400;

    /// <summary>Identity.</summary>
    public long Id { get; private set; }

    /// <summary>The person (account id).</summary>
    public string UserId { get; private set; } = "";

    /// <summary>The item's stable key (see <see cref="InboxItem.Key"/>), or <c>digest:yyyy-MM-dd</c>.</summary>
    public string ItemKey { get; private set; } = "";

    /// <summary>Why the person is told.</summary>
    public NoticeKind Kind { get; private set; }

    /// <summary>The item's kind (the digest row repeats <see cref="InboxKind.ReportDue"/>; it is never shown).</summary>
    public InboxKind ItemKind { get; private set; }

    /// <summary>The item's title in Korean, as it was when the notice was made.</summary>
    public string TitleKo { get; private set; } = "";

    /// <summary>The item's title in English.</summary>
    public string TitleEn { get; private set; } = "";

    /// <summary>The page that finishes the item.</summary>
    public string Link { get; private set; } = "";

    /// <summary>The item's deadline, when it has one.</summary>
    public DateOnly? DueOn { get; private set; }

    /// <summary>When the notice was made.</summary>
    public DateTime CreatedUtc { get; private set; }

    /// <summary>When the person marked it read (or opened it from the inbox), or null.</summary>
    public DateTime? ReadUtc { get; private set; }

    /// <summary>What became of its e-mail.</summary>
    public MailState Mail { get; private set; }

    /// <summary>Attempts to hand the e-mail to the server.</summary>
    public int MailAttempts { get; private set; }

    /// <summary>When the e-mail went.</summary>
    public DateTime? MailedUtc { get; private set; }

    /// <summary>Why the e-mail failed last (server and reply; never the address).</summary>
    public string? MailError { get; private set; }

    /// <summary>Unread.</summary>
    public bool IsUnread => ReadUtc is null;
}

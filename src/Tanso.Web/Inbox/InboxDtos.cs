using Tanso.Core.Inbox;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Inbox;

/// <summary>One item of the inbox. <c>daysLeft</c> is negative once late; <c>daysLate</c> is 0 until then.</summary>
internal sealed record InboxItemDto(string Key, string Kind, string Title, string TitleKo, string TitleEn, string Link, DateOnly? DueOn, int? DaysLeft, int DaysLate,
    bool IsLate, int? GovernmentId);

/// <summary>The caller's inbox on <c>today</c> (Korean date).</summary>
internal sealed record InboxDto(DateOnly Today, int Count, int Late, int UnreadNotifications, InboxItemDto[] Items);

internal sealed record NotificationDto(long Id, string Reason, string ItemKind, string Title, string TitleKo, string TitleEn, string Link, DateOnly? DueOn,
    DateTime CreatedUtc, bool IsRead, string Mail);

internal sealed record PreferencesDto(bool Email, bool DailyDigest, int Version);

/// <summary>E-mail on or off, one mail per notice or one daily digest; <c>version</c> as last read (0 before the first save).</summary>
internal sealed record PreferencesInput(bool Email, bool DailyDigest, int Version);

internal static class InboxDtoMapping
{
    public static InboxItemDto ToDto(this InboxItem i, DateOnly today) =>
        new(i.Key, i.Kind.ToString(), Text.T(i.TitleKo, i.TitleEn), i.TitleKo, i.TitleEn, i.Link, i.DueOn, i.DaysLeft(today), i.DaysLate(today), i.DaysLate(today) > 0, i.GovernmentId);

    public static NotificationDto ToDto(this Notice n) =>
        new(n.Id, n.Kind.ToString(), n.ItemKind.ToString(), Text.T(n.TitleKo, n.TitleEn), n.TitleKo, n.TitleEn, n.Link, n.DueOn, n.CreatedUtc, !n.IsUnread, n.Mail.ToString());

    public static PreferencesDto ToDto(this NotificationPreference p) => new(p.Email, p.DailyDigest, p.Version);
}

using Tanso.Core.Inbox;
using static Tanso.Core.Tests.Inbox.InboxWorld;

namespace Tanso.Core.Tests.Inbox;

public sealed class ReminderRulesTests
{
    private static InboxItem Item(int? daysLeft, int? arose) =>
        new("report:1", InboxKind.ReportDue, "보고", "Report", "/checks/1", daysLeft is { } d ? Today.AddDays(d) : null, arose is { } a ? Today.AddDays(-a) : null, 26);

    [Theory]
    [InlineData(8, null, "")]
    [InlineData(7, null, "Before")]
    [InlineData(1, null, "Before")]
    [InlineData(0, null, "OnDay")]
    [InlineData(-1, null, "Overdue")]
    [InlineData(-200, null, "Overdue")]
    [InlineData(null, 0, "New")]
    [InlineData(null, 2, "New")]
    [InlineData(null, 3, "")] // found late (reminders switched on after it arose): not news
    [InlineData(0, 1, "New,OnDay")]
    [InlineData(null, null, "")]
    public void RemindersAreDue_BeforeOnTheDayAndOverdue_AndNewWorkIsAnnounced(int? daysLeft, int? aroseDaysAgo, string expected)
    {
        var due = ReminderRules.Default.Due(Item(daysLeft, aroseDaysAgo), Today);

        Assert.Equal(expected, string.Join(",", due));
    }

    [Fact]
    public void TheBeforeWindow_IsConfigurable()
    {
        Assert.Empty(new ReminderRules(DaysBefore: 3).Due(Item(4, null), Today));
        Assert.Equal([NoticeKind.Before], new ReminderRules(DaysBefore: 3).Due(Item(3, null), Today));
    }

    [Theory]
    [InlineData(true, false, true, MailState.Sending)]
    [InlineData(true, true, true, MailState.AwaitingDigest)]
    [InlineData(false, false, true, MailState.OptedOut)]
    [InlineData(false, true, true, MailState.OptedOut)]
    [InlineData(true, false, false, MailState.NotConfigured)]
    public void Preferences_DecideWhatBecomesOfTheMail(bool email, bool digest, bool configured, MailState expected)
    {
        Assert.Equal(expected, new NotificationPreference("u", email, digest).MailFor(configured));
    }
}

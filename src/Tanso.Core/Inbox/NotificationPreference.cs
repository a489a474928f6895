namespace Tanso.Core.Inbox;

/// <summary>How one person wants to be told: in the app always; by e-mail unless turned off, each notice at once or in
/// one daily digest. A person without a row gets the defaults (e-mail on, at once).</summary>
public sealed class NotificationPreference : IVersioned
{
    /// <summary>A person's first saved preferences (version 1: version 0 is the defaults, never saved).</summary>
    public NotificationPreference(string userId, bool email, bool dailyDigest) => (UserId, Email, DailyDigest, Version) = (userId, email, dailyDigest, 1);

    /// <summary>The person (account id).</summary>
    public string UserId { get; private set; }

    /// <summary>E-mail at all (수신 동의).</summary>
    public bool Email { get; private set; }

    /// <summary>One mail a day with everything since the last, instead of one mail per notice.</summary>
    public bool DailyDigest { get; private set; }

    /// <inheritdoc/>
    public int Version { get; private set; }

    /// <summary>The defaults: e-mail on, one at a time.</summary>
    public static NotificationPreference Default(string userId) => new(userId, true, false) { Version = 0 };

    /// <summary>Changes both choices.</summary>
    public void Change(bool email, bool dailyDigest) => (Email, DailyDigest) = (email, dailyDigest);

    /// <summary>What becomes of a new notice's e-mail under these preferences.</summary>
    public MailState MailFor(bool mailConfigured) =>
        !Email ? MailState.OptedOut : !mailConfigured ? MailState.NotConfigured : DailyDigest ? MailState.AwaitingDigest : MailState.Sending;
}

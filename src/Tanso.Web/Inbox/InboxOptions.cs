using Microsoft.Extensions.Options;
using Tanso.Core.Inbox;

namespace Tanso.Web.Inbox;

/// <summary>The <c>Inbox</c> section: reminders and the e-mails they send.</summary>
internal sealed class InboxOptions
{
    public const string Section = "Inbox";

    /// <summary>The public address of this site, e.g. <c>https://tanso.example.go.kr/</c>, for the links in e-mails (a
    /// background job has no request to take it from). Without it, mails give the page's path.</summary>
    public Uri? SiteUrl { get; set; }

    /// <summary>Whether this instance runs the reminder job (every instance may: each reminder is still sent once).</summary>
    public bool RemindersEnabled { get; set; } = true;

    /// <summary>Whether a request that made new work announces it at once (<see cref="WorkNotices"/>); off, the job's next pass does.</summary>
    public bool AnnounceAtOnce { get; set; } = true;

    /// <summary>How often the job looks for reminders due.</summary>
    public int IntervalSeconds { get; set; } = 300;

    /// <summary>The "before" reminder comes this many days ahead of a deadline.</summary>
    public int DaysBefore { get; set; } = ReminderRules.Default.DaysBefore;

    /// <summary>Work that arose this many days ago or less is announced as new.</summary>
    public int NewWithinDays { get; set; } = ReminderRules.Default.NewWithinDays;

    /// <summary>The Korean hour (0–23) from which the day's digest goes out.</summary>
    public int DigestHour { get; set; } = 8;

    /// <summary>Attempts at a mail the server refused or did not answer, before it is left as failed.</summary>
    public int MaxMailAttempts { get; set; } = 3;

    public ReminderRules Rules => new(DaysBefore, NewWithinDays);

    public TimeSpan Interval => TimeSpan.FromSeconds(IntervalSeconds);

    /// <summary>Why these settings cannot work, or null.</summary>
    public string? Problem() =>
        SiteUrl is { } url && (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https")) ? "Inbox:SiteUrl must be an absolute http(s) address."
        : IntervalSeconds is < 10 or > 86_400 ? "Inbox:IntervalSeconds must lie between 10 and 86400."
        : DaysBefore is < 1 or > 60 ? "Inbox:DaysBefore must lie between 1 and 60."
        : NewWithinDays is < 0 or > 30 ? "Inbox:NewWithinDays must lie between 0 and 30."
        : DigestHour is < 0 or > 23 ? "Inbox:DigestHour must lie between 0 and 23."
        : MaxMailAttempts is < 1 or > 10 ? "Inbox:MaxMailAttempts must lie between 1 and 10."
        : null;

    /// <summary>The link as a mail shows it: absolute when <see cref="SiteUrl"/> is set.</summary>
    public string Url(string path) => SiteUrl is { } root ? new Uri(root, path).ToString() : path;
}

internal static class InboxSetup
{
    public static IServiceCollection AddTansoInbox(this IServiceCollection services)
    {
        services.AddOptions<InboxOptions>().BindConfiguration(InboxOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<InboxOptions>, Check>();
        services.AddHttpContextAccessor();
        services.AddScoped<InboxQueries>();
        services.AddScoped<ReminderRun>();
        services.AddHostedService<ReminderJob>();
        return services;
    }

    private sealed class Check : IValidateOptions<InboxOptions>
    {
        public ValidateOptionsResult Validate(string? name, InboxOptions options) =>
            options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}

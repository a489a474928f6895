using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tanso.Core;
using Tanso.Core.Access;
using Tanso.Core.Inbox;
using Tanso.Data;
using Tanso.Web.Mail;

namespace Tanso.Web.Inbox;

/// <summary>A person the job may tell something: their account, what they may do and how they want to be told.</summary>
internal sealed record Recipient(string Id, string? Email, Actor Actor, NotificationPreference Preference);

/// <summary>What one tick did.</summary>
internal sealed record ReminderTick(int Notices, int Mailed, int Failed, int Digests);

/// <summary>
/// One pass of the reminder job: computes every person's inbox, makes the notices due today (new work, before, on and
/// after a deadline) and mails them, retries failed mails, and sends the daily digests. State lives in the database
/// (<see cref="NoticeClaims"/>), so a pass may run on several instances at once, or again after a crash, and each
/// notice is still made and mailed once.
/// </summary>
internal sealed class ReminderRun(TansoDb db, IMailSender mail, TimeProvider clock, IOptions<InboxOptions> options)
{
    public async Task<ReminderTick> TickAsync(CancellationToken ct)
    {
        var o = options.Value;
        var now = clock.GetUtcNow();
        var nowUtc = now.UtcDateTime;
        var today = KoreanTime.Today(clock);
        var people = await RecipientsAsync(ct);
        var (made, mailed, failed) = await NotifyAsync(people, _ => true, ct);
        var (retried, stillFailing) = await RetryAsync(people, today, nowUtc, ct);
        var digests = now.ToOffset(KoreanTime.Offset).Hour >= o.DigestHour
            ? await new DigestRun(db, mail, o).SendAsync(people, today, nowUtc, ct)
            : 0;
        return new ReminderTick(made, mailed + retried, failed + stillFailing, digests);
    }

    /// <summary>Only the "new work" notices, right after an event (see <see cref="WorkNotices"/>); the same claims as a
    /// pass, so whichever comes first makes each notice and the other finds it made.</summary>
    /// <param name="concerning">The governments whose plans, cycles or feedback the event changed (null: any), so that a
    /// write computes the new work of those governments only, not every inbox.</param>
    public async Task<int> AnnounceNewAsync(IReadOnlyCollection<int>? concerning, CancellationToken ct) =>
        (await NotifyAsync(await RecipientsAsync(ct), kind => kind == NoticeKind.New, ct, concerning)).Made;

    /// <summary>Makes (and mails) the notices of <paramref name="kinds"/> due today that nobody made yet.</summary>
    private async Task<(int Made, int Mailed, int Failed)> NotifyAsync(Dictionary<string, Recipient> people, Func<NoticeKind, bool> kinds, CancellationToken ct,
        IReadOnlyCollection<int>? concerning = null)
    {
        var o = options.Value;
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var today = KoreanTime.Today(clock);
        var facts = await InboxFactsQuery.LoadAsync(db, null, nowUtc, concerning, ct);
        var due = people.Values
            .SelectMany(p => Core.Inbox.Inbox.For(facts, p.Actor).SelectMany(i => o.Rules.Due(i, today).Where(kinds).Select(k => (Person: p, Item: i, Kind: k))))
            .ToList();
        var keys = due.Select(d => d.Item.Key).Distinct().ToList();
        var known = (await db.Notices.AsNoTracking().Where(n => keys.Contains(n.ItemKey)).Select(n => new { n.UserId, n.ItemKey, n.Kind }).ToListAsync(ct))
            .Select(n => (n.UserId, n.ItemKey, n.Kind)).ToHashSet();

        int made = 0, mailed = 0, failed = 0;
        foreach (var (person, item, kind) in due.Where(d => !known.Contains((d.Person.Id, d.Item.Key, d.Kind))))
        {
            var state = person.Preference.MailFor(mail.IsConfigured && person.Email is not null);
            if (!await NoticeClaims.ClaimAsync(db, person.Id, item, kind, state, nowUtc, ct))
            {
                continue; // another instance made it first
            }
            made++;
            if (state == MailState.Sending)
            {
                var error = await SendAsync(NoticeMails.One(person.Email!, item, kind, today, o), ct);
                await NoticeClaims.MailedAsync(db, person.Id, item.Key, kind, error, nowUtc, ct);
                (mailed, failed) = error is null ? (mailed + 1, failed) : (mailed, failed + 1);
            }
        }
        return (made, mailed, failed);
    }

    /// <summary>Mails that failed, tried again while attempts remain; each retry is claimed so only one instance sends it.</summary>
    private async Task<(int Mailed, int Failed)> RetryAsync(Dictionary<string, Recipient> people, DateOnly today, DateTime nowUtc, CancellationToken ct)
    {
        var max = options.Value.MaxMailAttempts;
        var failedNotices = await db.Notices.AsNoTracking().Where(n => n.Mail == MailState.Failed && n.Kind != NoticeKind.Digest && n.MailAttempts < max).ToListAsync(ct);
        int mailed = 0, failed = 0;
        foreach (var n in failedNotices.Where(n => people.TryGetValue(n.UserId, out var p) && p.Email is not null))
        {
            if (!mail.IsConfigured || !await NoticeClaims.RetakeAsync(db, n.Id, n.MailAttempts, ct))
            {
                continue;
            }
            var item = new InboxItem(n.ItemKey, n.ItemKind, n.TitleKo, n.TitleEn, n.Link, n.DueOn, null, null);
            var error = await SendAsync(NoticeMails.One(people[n.UserId].Email!, item, n.Kind, today, options.Value), ct);
            await NoticeClaims.MailedAsync(db, n.UserId, n.ItemKey, n.Kind, error, nowUtc, ct);
            (mailed, failed) = error is null ? (mailed + 1, failed) : (mailed, failed + 1);
        }
        return (mailed, failed);
    }

    private async Task<string?> SendAsync(OutgoingMail message, CancellationToken ct)
    {
        try
        {
            await mail.SendAsync(message, ct);
            return null;
        }
        catch (MailNotSentException e)
        {
            return e.Message;
        }
    }

    /// <summary>Every enabled account with its roles, governments and preferences.</summary>
    private async Task<Dictionary<string, Recipient>> RecipientsAsync(CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking().Where(u => u.DisabledUtc == null).Select(u => new { u.Id, u.Email, u.DisplayName }).ToListAsync(ct);
        var roles = (await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct))
            .ToLookup(r => r.UserId, r => Roles.FromName(r.Name ?? ""));
        var governments = (await db.UserGovernments.AsNoTracking().ToListAsync(ct)).ToLookup(g => g.UserId, g => g.GovernmentId);
        var preferences = await db.NotificationPreferences.AsNoTracking().ToDictionaryAsync(p => p.UserId, ct);
        return users.ToDictionary(u => u.Id, u => new Recipient(u.Id, string.IsNullOrWhiteSpace(u.Email) ? null : u.Email,
            new Actor(u.Id, u.DisplayName, roles[u.Id].OfType<Role>().ToHashSet(), governments[u.Id].ToHashSet()),
            preferences.GetValueOrDefault(u.Id) ?? NotificationPreference.Default(u.Id)));
    }
}

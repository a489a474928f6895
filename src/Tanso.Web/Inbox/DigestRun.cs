using Microsoft.EntityFrameworkCore;
using Tanso.Core.Inbox;
using Tanso.Data;
using Tanso.Web.Mail;

namespace Tanso.Web.Inbox;

/// <summary>
/// The daily digest: once a day (from <see cref="InboxOptions.DigestHour"/>, Korean time) one mail per person with every
/// notice waiting for it, grouped by kind of work. The day's digest is claimed like any notice (a row keyed
/// <c>digest:yyyy-MM-dd</c>), so two instances never both send it; if the server refuses it, the notices wait for the
/// next day's digest.
/// </summary>
internal sealed class DigestRun(TansoDb db, IMailSender mail, InboxOptions options)
{
    public async Task<int> SendAsync(IReadOnlyDictionary<string, Recipient> people, DateOnly today, DateTime nowUtc, CancellationToken ct)
    {
        var waiting = await db.Notices.AsNoTracking().Where(n => n.Mail == MailState.AwaitingDigest && n.CreatedUtc <= nowUtc)
            .Select(n => n.UserId).Distinct().ToListAsync(ct);
        var sent = 0;
        foreach (var userId in waiting)
        {
            if (!people.TryGetValue(userId, out var person) || !person.Preference.Email || person.Email is null || !mail.IsConfigured)
            {
                // Turned e-mail off (or left) after the notices were made: they stay in the app only.
                await db.Notices.Where(n => n.UserId == userId && n.Mail == MailState.AwaitingDigest)
                    .ExecuteUpdateAsync(s => s.SetProperty(n => n.Mail, MailState.OptedOut), ct);
                continue;
            }
            var digest = new InboxItem($"digest:{today:yyyy-MM-dd}", InboxKind.ReportDue, "일일 요약", "Daily digest", "/inbox", null, null, null);
            if (!await NoticeClaims.ClaimAsync(db, userId, digest, NoticeKind.Digest, MailState.Sending, nowUtc, ct))
            {
                continue; // today's digest is already taken (sent, or being sent by another instance)
            }
            var notices = await db.Notices.AsNoTracking().Where(n => n.UserId == userId && n.Mail == MailState.AwaitingDigest && n.CreatedUtc <= nowUtc)
                .OrderBy(n => n.Id).ToListAsync(ct);
            string? error = null;
            try
            {
                await mail.SendAsync(NoticeMails.Digest(person.Email, notices, today, options), ct);
            }
            catch (MailNotSentException e)
            {
                error = e.Message;
            }
            await NoticeClaims.MailedAsync(db, userId, digest.Key, NoticeKind.Digest, error, nowUtc, ct);
            if (error is null)
            {
                var ids = notices.Select(n => n.Id).ToList();
                await db.Notices.Where(n => ids.Contains(n.Id) && n.Mail == MailState.AwaitingDigest)
                    .ExecuteUpdateAsync(s => s.SetProperty(n => n.Mail, MailState.InDigest).SetProperty(n => n.MailedUtc, nowUtc), ct);
                sent++;
            }
        }
        return sent;
    }
}

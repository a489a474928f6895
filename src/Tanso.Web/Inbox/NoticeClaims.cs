using Microsoft.EntityFrameworkCore;
using Tanso.Core.Inbox;
using Tanso.Data;

namespace Tanso.Web.Inbox;

/// <summary>
/// Claims notices in the database so that each is made, and mailed, once however many instances run the job: the claim
/// is an insert that the unique index on (person, item, reason) lets through once (<c>ON CONFLICT DO NOTHING</c>, the same
/// statement on SQLite and PostgreSQL); a retry is claimed by an update that only one instance's condition still matches.
/// Notices are bookkeeping of the platform, not data people edit, so they are written past the audit trail.
/// </summary>
internal static class NoticeClaims
{
    /// <summary>Inserts the notice; true when this call made it (and so owns its mail).</summary>
    public static async Task<bool> ClaimAsync(TansoDb db, string userId, InboxItem item, NoticeKind kind, MailState mail, DateTime nowUtc, CancellationToken ct)
    {
        string kindName = kind.ToString(), itemKind = item.Kind.ToString(), mailName = mail.ToString();
        var (ko, en) = (Cut(item.TitleKo), Cut(item.TitleEn));
        var attempts = mail == MailState.Sending ? 1 : 0;
        var rows = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "notices" ("UserId", "ItemKey", "Kind", "ItemKind", "TitleKo", "TitleEn", "Link", "DueOn", "CreatedUtc", "Mail", "MailAttempts")
            VALUES ({userId}, {item.Key}, {kindName}, {itemKind}, {ko}, {en}, {item.Link}, {item.DueOn}, {nowUtc}, {mailName}, {attempts})
            ON CONFLICT ("UserId", "ItemKey", "Kind") DO NOTHING
            """, ct);
        return rows == 1;
    }

    /// <summary>Takes a failed mail for another attempt; true when this call took it.</summary>
    public static async Task<bool> RetakeAsync(TansoDb db, long id, int attempts, CancellationToken ct) =>
        await db.Notices.Where(n => n.Id == id && n.Mail == MailState.Failed && n.MailAttempts == attempts)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.Mail, MailState.Sending).SetProperty(n => n.MailAttempts, attempts + 1), ct) == 1;

    /// <summary>Records what became of a claimed mail.</summary>
    public static Task MailedAsync(TansoDb db, string userId, string itemKey, NoticeKind kind, string? error, DateTime nowUtc, CancellationToken ct) =>
        db.Notices.Where(n => n.UserId == userId && n.ItemKey == itemKey && n.Kind == kind)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.Mail, error is null ? MailState.Sent : MailState.Failed)
                .SetProperty(n => n.MailedUtc, error is null ? nowUtc : null)
                .SetProperty(n => n.MailError, error == null ? null : error.Length > 500 ? error.Substring(0, 500) : error), ct);

    private static string Cut(string title) => title.Length <= Notice.MaxTitle ? title : string.Concat(title.AsSpan(0, Notice.MaxTitle - 1), "…");
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tanso.Core;
using Tanso.Core.Inbox;
using Tanso.Data;
using Tanso.Web.Accounts;

namespace Tanso.Web.Inbox;

/// <summary>The signed-in person's inbox and notifications, computed once per request (the header's count and the
/// page share it).</summary>
internal sealed class InboxQueries(TansoDb db, TimeProvider clock, IHttpContextAccessor http)
{
    private const string ItemsKey = "tanso.inbox.items";

    public DateOnly Today => KoreanTime.Today(clock);

    /// <summary>What is waiting for the caller, most pressing first; nothing for the public.</summary>
    public async Task<IReadOnlyList<InboxItem>> ItemsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var items = http.HttpContext?.Items;
        if (items?[ItemsKey] is IReadOnlyList<InboxItem> known)
        {
            return known;
        }
        var actor = user.ToActor();
        IReadOnlyList<InboxItem> found = actor.IsAuthenticated ? Core.Inbox.Inbox.For(await InboxFactsQuery.LoadAsync(db, actor, clock.GetUtcNow().UtcDateTime, ct), actor) : [];
        if (items is not null)
        {
            items[ItemsKey] = found;
        }
        return found;
    }

    /// <summary>The caller's latest notifications (the digest's own rows are bookkeeping, never shown).</summary>
    public async Task<List<Notice>> NoticesAsync(string userId, bool unreadOnly, int take, CancellationToken ct) =>
        await db.Notices.AsNoTracking().Where(n => n.UserId == userId && n.Kind != NoticeKind.Digest && (!unreadOnly || n.ReadUtc == null))
            .OrderByDescending(n => n.CreatedUtc).ThenByDescending(n => n.Id).Take(take).ToListAsync(ct);

    public Task<int> UnreadAsync(string userId, CancellationToken ct) =>
        db.Notices.CountAsync(n => n.UserId == userId && n.Kind != NoticeKind.Digest && n.ReadUtc == null, ct);

    /// <summary>Marks one of the caller's notifications read (or all, without an id); how many changed.</summary>
    public Task<int> MarkReadAsync(string userId, long? id, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Notices.Where(n => n.UserId == userId && n.ReadUtc == null && n.Kind != NoticeKind.Digest && (id == null || n.Id == id))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadUtc, now), ct);
    }

    public async Task<NotificationPreference> PreferenceAsync(string userId, CancellationToken ct) =>
        await db.NotificationPreferences.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, ct) ?? NotificationPreference.Default(userId);

    /// <summary>Saves the caller's choices (audited); null when <paramref name="version"/> is stale, with nothing changed.</summary>
    public async Task<NotificationPreference?> SavePreferenceAsync(string userId, bool email, bool digest, int version, CancellationToken ct)
    {
        var stored = await db.NotificationPreferences.SingleOrDefaultAsync(p => p.UserId == userId, ct);
        if ((stored?.Version ?? 0) != version)
        {
            return null;
        }
        if (stored is null)
        {
            stored = new NotificationPreference(userId, email, digest);
            db.NotificationPreferences.Add(stored);
        }
        else
        {
            stored.Change(email, digest);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || UniqueViolation.Is(e))
        {
            return null; // another tab saved first
        }
        return stored;
    }
}

using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Tanso.Core;

namespace Tanso.Data.Auditing;

/// <summary>Captures the changes in a change tracker as audit entries, and bumps versions. An insert records
/// the new row, a delete the old row, an update only the fields that changed (before and after), so that a
/// save that touches one field of a large row writes a few bytes of trail, not the whole row twice.</summary>
internal static class AuditTrail
{
    internal sealed record Pending(EntityEntry Entry, string Action, string? Before, IReadOnlyList<string>? Changed);

    // Korean stays readable in the trail and its CSV export.
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    // Secrets: that they changed is recorded, never their value.
    private static readonly string[] Secret = ["PasswordHash", "TokenHash"];

    // Noise that changes with every Identity write and says nothing to a reader.
    private static readonly string[] Noise = ["SecurityStamp", "ConcurrencyStamp"];

    public const string Changed = "(changed)";
    public const string Hidden = "(hidden)";

    public static bool HasAuditedChanges(ChangeTracker tracker) => tracker.Entries().Any(IsAudited);

    private static bool IsAudited(EntityEntry entry) =>
        // Staged uploads are not data: the import that confirms one is audited instead.
        entry.Entity is not (AuditEntry or DataProtectionKey or IdentityUserToken<string> or Inventory.PendingUpload)
        && entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted;

    public static List<Pending> Capture(ChangeTracker tracker)
    {
        var pending = new List<Pending>();
        foreach (var entry in tracker.Entries().Where(IsAudited).ToList())
        {
            if (entry.State == EntityState.Modified && entry.Entity is IVersioned)
            {
                var version = entry.Property(nameof(IVersioned.Version));
                version.CurrentValue = (int)version.OriginalValue! + 1;
            }
            switch (entry.State)
            {
                case EntityState.Added:
                    pending.Add(new Pending(entry, "insert", null, null));
                    break;
                case EntityState.Deleted:
                    pending.Add(new Pending(entry, "delete", Json(entry, original: true, only: null), null));
                    break;
                default:
                    var changed = entry.Properties.Where(p => p.IsModified && !Noise.Contains(p.Metadata.Name) && !p.Metadata.GetValueComparer().Equals(p.OriginalValue, p.CurrentValue))
                        .Select(p => p.Metadata.Name).ToList();
                    // An update that changed nothing a reader can see (only a concurrency stamp) leaves no row.
                    if (changed.Count > 0)
                    {
                        pending.Add(new Pending(entry, "update", Json(entry, original: true, changed), changed));
                    }
                    break;
            }
        }
        return pending;
    }

    public static AuditEntry ToEntry(Pending p, AuditActor actor, DateTime atUtc) => new()
    {
        AtUtc = atUtc,
        UserId = actor.UserId,
        ActorName = actor.Name,
        EntityType = p.Entry.Metadata.ClrType.Name,
        EntityId = string.Join("/", p.Entry.Metadata.FindPrimaryKey()!.Properties.Select(k => Convert.ToString(p.Entry.Property(k.Name).CurrentValue, CultureInfo.InvariantCulture))),
        Action = p.Action,
        Before = p.Before,
        After = p.Action == "delete" ? null : Json(p.Entry, original: false, p.Changed),
    };

    /// <summary>An account event that changes no audited column (a reset link issued, a session ended by sign-out).</summary>
    public static AuditEntry Event(AuditActor actor, DateTime atUtc, string entityType, string entityId, string action, object? details) => new()
    {
        AtUtc = atUtc,
        UserId = actor.UserId,
        ActorName = actor.Name,
        EntityType = entityType,
        EntityId = entityId,
        Action = action,
        After = details is null ? null : JsonSerializer.Serialize(details, JsonOptions),
    };

    private static string Json(EntityEntry entry, bool original, IReadOnlyList<string>? only)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (Noise.Contains(name) || (only is not null && !only.Contains(name)))
            {
                continue;
            }
            var value = original ? property.OriginalValue : property.CurrentValue;
            if (Secret.Contains(name))
            {
                // An update says the secret changed; an insert or delete does not mention its value at all.
                if (only is not null)
                {
                    values[name] = original ? Hidden : Changed;
                }
                continue;
            }
            if (value is byte[] bytes)
            {
                // File contents (community attachments) would swell the trail; their size says what changed.
                values[name] = $"{bytes.Length} bytes";
                continue;
            }
            // Value objects are recorded as their stored form (a figure line as its code, tonnes as a number).
            var converter = property.Metadata.GetTypeMapping().Converter;
            values[name] = value is not null && converter is not null ? converter.ConvertToProvider(value) : value;
        }
        return JsonSerializer.Serialize(values, JsonOptions);
    }
}

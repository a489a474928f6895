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

/// <summary>Captures the changes in a change tracker as audit entries, and bumps versions.</summary>
internal static class AuditTrail
{
    internal sealed record Pending(EntityEntry Entry, string Action, string? Before);

    // Korean stays readable in the trail and its CSV export.
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    // Secrets and noise that must never reach the trail.
    private static readonly string[] Redacted = ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "TokenHash"];

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
            var action = entry.State switch { EntityState.Added => "insert", EntityState.Deleted => "delete", _ => "update" };
            pending.Add(new Pending(entry, action, entry.State == EntityState.Added ? null : Json(entry, original: true)));
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
        After = p.Action == "delete" ? null : Json(p.Entry, original: false),
    };

    private static string Json(EntityEntry entry, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (Redacted.Contains(name))
            {
                continue;
            }
            var value = original ? property.OriginalValue : property.CurrentValue;
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

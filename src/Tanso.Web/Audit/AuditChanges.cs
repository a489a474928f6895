using System.Text.Json;

namespace Tanso.Web.Audit;

/// <summary>One field of an audit entry as a person reads it: its name, the value before and the value after.</summary>
internal sealed record FieldChange(string Field, string? Before, string? After)
{
    public bool Changed => Before != After;
}

/// <summary>
/// Turns an audit entry's stored JSON into field / before / after rows. Tolerant of both shapes the trail holds:
/// whole objects before and after (older entries: only the fields that differ are shown, the rest counted) and
/// only the changed fields (newer entries). Text that is not a JSON object shows as one row, as stored.
/// </summary>
internal static class AuditChanges
{
    public sealed record Reading(IReadOnlyList<FieldChange> Rows, int UnchangedCount);

    public static Reading Read(string? before, string? after)
    {
        var b = Fields(before);
        var a = Fields(after);
        var names = b.Keys.Concat(a.Keys.Where(k => !b.ContainsKey(k))).ToList();
        var all = names.Select(n => new FieldChange(n, b.GetValueOrDefault(n), a.GetValueOrDefault(n))).ToList();
        // An insert or delete shows every field; an update only what changed.
        if (before is null || after is null)
        {
            return new(all, 0);
        }
        var changed = all.Where(f => f.Changed).ToList();
        return new(changed, all.Count - changed.Count);
    }

    private static Dictionary<string, string?> Fields(string? json)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json))
        {
            return fields;
        }
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                fields["(value)"] = Show(doc.RootElement);
                return fields;
            }
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                fields[p.Name] = Show(p.Value);
            }
        }
        catch (JsonException)
        {
            fields["(value)"] = json;
        }
        return fields;
    }

    private static string? Show(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => v.GetString(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => v.GetRawText(),
        _ => JsonSerializer.Serialize(v, ReadableJson),
    };

    private static readonly JsonSerializerOptions ReadableJson = new()
    {
        // Korean stays readable, not \uXXXX.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

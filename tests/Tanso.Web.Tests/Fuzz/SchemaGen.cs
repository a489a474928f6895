using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace Tanso.Web.Tests.Fuzz;

/// <summary>
/// Request bodies made from the app's own OpenAPI document: for each JSON schema, values of the declared shape with
/// hostile ones mixed in (numbers beyond decimal, NaN, huge strings, wrong types, nulls, missing fields), written as
/// JSON text so that values no serializer would produce (1e308, NaN) reach the server too.
/// </summary>
internal sealed class SchemaGen(JsonObject document)
{
    private const int MaxDepth = 4;

    private static readonly string[] HostileNumbers = ["1e308", "-1e308", "NaN", "7.9e28", "79228162514264337593543950336", "-0", "1e-30", "2147483648", "-2147483649", "0.00000000000000000000000000001"];
    private static readonly string[] HostileStrings = ["", " ", "NaN", "2026-02-30", "9999-12-31", "-1", "<script>alert(1)</script>", "../../etc/passwd", "' OR 1=1 --", "\u0000", "가나다", "\uD800"];

    private static readonly Gen<string> Number = Gen.OneOf(
        Gen.Int[-5, 3000].Select(i => i.ToString(CultureInfo.InvariantCulture)),
        Gen.Decimal.Select(d => d.ToString(CultureInfo.InvariantCulture)),
        Gen.Int[0, HostileNumbers.Length - 1].Select(i => HostileNumbers[i]));

    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.String[0, 40].Select(Quote),
        Gen.Int[0, HostileStrings.Length - 1].Select(i => Quote(HostileStrings[i])),
        Gen.Int[1, 3].Select(n => Quote(new string('가', n * 6_000))));

    private static readonly Gen<string> AnyScalar = Gen.OneOf(Number, Text, Gen.Bool.Select(b => b ? "true" : "false"), Gen.Const("null"), Gen.Const("{}"), Gen.Const("[]"));

    public static string Quote(string s) => JsonSerializer.Serialize(s);

    /// <summary>A JSON text for the schema (a <c>$ref</c>, object, array or scalar), hostile a fifth of the time.</summary>
    public Gen<string> Json(JsonNode? schema, int depth = 0)
    {
        var shaped = Shaped(Resolve(schema), depth);
        return Gen.Frequency((4, shaped), (1, AnyScalar));
    }

    private JsonObject? Resolve(JsonNode? schema)
    {
        if (schema is JsonObject o && o["$ref"] is JsonValue r && ((string)r!).Split('/') is [.., var name])
        {
            return document["components"]?["schemas"]?[name] as JsonObject;
        }
        return schema as JsonObject;
    }

    private static string? TypeOf(JsonObject s) => s["type"] switch
    {
        JsonValue v => (string?)v,
        JsonArray a => a.Select(t => (string?)t).FirstOrDefault(t => t is "object" or "array" or "integer" or "number" or "boolean")
            ?? a.Select(t => (string?)t).FirstOrDefault(t => t != "null"),
        _ => s["properties"] is not null ? "object" : null,
    };

    private Gen<string> Shaped(JsonObject? s, int depth)
    {
        if (s is null || depth > MaxDepth)
        {
            return AnyScalar;
        }
        if (s["enum"] is JsonArray values && values.Count > 0)
        {
            var known = values.Select(v => v?.ToJsonString() ?? "null").ToArray();
            return Gen.Frequency((5, Gen.Int[0, known.Length - 1].Select(i => known[i])), (1, Text));
        }
        if ((s["oneOf"] ?? s["anyOf"]) is JsonArray choices && choices.Count > 0)
        {
            return Gen.OneOf(choices.Select(c => Json(c, depth + 1)).ToArray());
        }
        return TypeOf(s) switch
        {
            "object" => Object(s, depth),
            "array" => Json(s["items"], depth + 1).Array[0, 4].Select(items => "[" + string.Join(",", items) + "]"),
            "integer" => Gen.Frequency((3, Gen.Int[-3, 2100].Select(i => i.ToString(CultureInfo.InvariantCulture))), (1, Number)),
            "number" => Number,
            "boolean" => Gen.Bool.Select(b => b ? "true" : "false"),
            "string" when (string?)s["format"] is "date" => Gen.Frequency((3, Gen.Date.Select(d => Quote(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))), (1, Text)),
            _ => Text,
        };
    }

    private Gen<string> Object(JsonObject s, int depth)
    {
        var properties = (s["properties"] as JsonObject)?.ToList() ?? [];
        if (properties.Count == 0)
        {
            return Gen.Const("{}");
        }
        // Each property: present with a value (usually), present as null, or left out.
        var body = Gen.Const("");
        foreach (var (name, schema) in properties)
        {
            var field = Gen.Frequency(
                (8, Json(schema, depth + 1).Select(v => $"{Quote(name)}:{v}")),
                (1, Gen.Const($"{Quote(name)}:null")),
                (1, Gen.Const("")));
            body = Gen.Select(body, field, (a, b) => b.Length == 0 ? a : a.Length == 0 ? b : a + "," + b);
        }
        return body.Select(b => "{" + b + "}");
    }

    /// <summary>A valid-looking body broken on the wire: cut short, a byte changed, or doubled.</summary>
    public static Gen<string> Broken(Gen<string> json) => Gen.Select(json, Gen.Int[0, 400], Gen.Int[0, 2], (text, at, how) =>
    {
        var i = Math.Min(at, text.Length);
        return how switch
        {
            0 => text[..i],
            1 => text.Length == 0 ? "{" : new StringBuilder(text) { [Math.Min(i, text.Length - 1)] = '"' }.ToString(),
            _ => text + text,
        };
    });
}

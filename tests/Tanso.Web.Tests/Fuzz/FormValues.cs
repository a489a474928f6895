using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using CsCheck;
using Tanso.Web.Tests.Inventory;

namespace Tanso.Web.Tests.Fuzz;

/// <summary>
/// Generated submissions of a page form: each field keeps the page's value or gets a hostile one (numbers beyond
/// every range, NaN, dates that do not exist, very long or invisible text, markup, paths), a select another option
/// or a value it does not offer; a file field gets an inventory table with hostile numbers, a mutated workbook,
/// random bytes or a bomb. Now and then the antiforgery token is left out or spoiled.
/// </summary>
internal static class FormValues
{
    private static readonly string[] HostileText =
    [
        "", " ", "0", "-1", "1e308", "-1e308", "NaN", "Infinity", "79228162514264337593543950336", "7.9e28", "2147483648", "-2147483649",
        "1,000", "１２３", "2026-02-30", "9999-12-31", "0000-00-00", "2026/13/01", "<script>alert(1)</script>", "\"'; DROP TABLE plans; --",
        "../../etc/passwd", "//evil.example/", "\\\\evil", "가\u200b나", "\u202Eevil", new string('가', 4_100), new string('a', 70_000), "null", "true",
        "00000000-0000-0000-0000-000000000000", "{\"a\":1}",
    ];

    private static readonly Gen<string> Hostile = Gen.OneOf(
        Gen.Int[0, HostileText.Length - 1].Select(i => HostileText[i]),
        Gen.String[Gen.Char.AlphaNumeric, 0, 20],
        Gen.String[Gen.Char['\u0020', '\uD7A3'], 0, 60],
        Gen.Int.Select(i => i.ToString(CultureInfo.InvariantCulture)),
        Gen.Decimal.Select(d => d.ToString(CultureInfo.InvariantCulture)));

    private static readonly string[] Governments = ["부산광역시", "부산", "Busan", "서울특별시", "없는시", ""];
    private static readonly string[] Sectors = ["전환", "산업", "수송", "1.A.1", "에너지", "LULUCF", "농업", "폐기물", "", "없는부문"];

    /// <summary>An inventory table as officers send it (wide: a column per year), with hostile numbers and names.</summary>
    private static readonly Gen<(byte[] Bytes, string Name)> InventoryFile = Gen.Select(
        Gen.Int[1, 12], Gen.Int[0, 3], Gen.Int[2015, 2026].Array[1, 4],
        Gen.Select(Gen.Int[0, Governments.Length - 1], Gen.Int[0, Sectors.Length - 1], Gen.OneOf(Hostile, Gen.Decimal[-1e6m, 1e9m].Select(d => d.ToString(CultureInfo.InvariantCulture)))).Array[1, 30],
        (unitRow, format, years, cells) =>
        {
            var header = "government,sector," + string.Join(',', years.Distinct());
            var lines = new List<string> { header };
            if (unitRow == 1)
            {
                lines.Insert(0, "(단위: tCO2eq)");
            }
            foreach (var (g, s, value) in cells)
            {
                lines.Add($"{Governments[g]},{Sectors[s]},{string.Join(',', years.Distinct().Select(_ => value.Replace(",", "", StringComparison.Ordinal)))}");
            }
            var (name, bytes) = ImportFiles.Make(format switch { 0 => "utf8", 1 => "cp949", 2 => "utf8bom", _ => "xlsx" }, [.. lines]);
            return (bytes, name);
        });

    private static readonly Gen<(byte[] Bytes, string Name)> AnyFile = Gen.Frequency((1, ApiWriteFuzzTests.File), (1, InventoryFile));

    private static Gen<string?> ValueOf(FormField field) => field switch
    {
        { Name: "__RequestVerificationToken" } => Gen.Frequency((24, Gen.Const<string?>(field.Value)), (1, Gen.Const((string?)null)), (1, Gen.Const<string?>("spoiled"))),
        { Type: "checkbox" or "radio" } => Gen.Frequency((3, Gen.Const<string?>(field.Value)), (1, Gen.Const((string?)null)), (1, Hostile.Select(h => (string?)h))),
        { Type: "select", Options.Count: > 0 } => Gen.Frequency((6, Gen.Int[0, field.Options.Count - 1].Select(i => (string?)field.Options[i])), (3, Hostile.Select(h => (string?)h)), (1, Gen.Const((string?)null))),
        { Type: "hidden" or "button" } => Gen.Frequency((7, Gen.Const<string?>(field.Value)), (3, Hostile.Select(h => (string?)h))),
        _ => Gen.Frequency((3, Gen.Const<string?>(field.Value)), (6, Hostile.Select(h => (string?)h)), (1, Gen.Const((string?)null))),
    };

    /// <summary>A body for the form: url-encoded, or multipart with generated files when the form sends files.</summary>
    public static Gen<Func<HttpContent>> For(PageForm form)
    {
        var fields = form.Fields.Where(f => f.Type != "file").ToList();
        var files = form.Fields.Where(f => f.Type == "file").Select(f => f.Name).Distinct().ToList();
        var fileGen = form.Action.Contains("inventory/import", StringComparison.Ordinal) ? Gen.Frequency((3, InventoryFile), (1, ApiWriteFuzzTests.File)) : AnyFile;
        var values = fields.Select(ValueOf).Aggregate(Gen.Const(Array.Empty<string?>()), (all, one) => Gen.Select(all, one, (a, v) => (string?[])[.. a, v]));
        var attached = files.Count == 0 ? Gen.Const(Array.Empty<(byte[], string)[]>()) : fileGen.Array[0, 2].Array[files.Count];
        return Gen.Select(values, attached, (v, f) => (Func<HttpContent>)(() => Body(form, fields, v, files, f)));
    }

    private static HttpContent Body(PageForm form, List<FormField> fields, string?[] values, List<string> files, (byte[] Bytes, string Name)[][] attached)
    {
        var pairs = fields.Select((f, i) => (f.Name, Value: values[i])).Where(p => p.Value is not null).Select(p => KeyValuePair.Create(p.Name, p.Value!)).ToList();
        if (!form.Multipart)
        {
            return new FormUrlEncodedContent(pairs);
        }
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in pairs)
        {
            content.Add(new StringContent(value, Encoding.UTF8), name);
        }
        for (var i = 0; i < files.Count; i++)
        {
            foreach (var (bytes, fileName) in attached[i])
            {
                var part = new ByteArrayContent(bytes);
                part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                content.Add(part, files[i], fileName);
            }
        }
        return content;
    }
}

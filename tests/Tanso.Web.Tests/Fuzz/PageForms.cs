using System.Net;
using System.Text.RegularExpressions;

namespace Tanso.Web.Tests.Fuzz;

/// <summary>A field of a POST form as the page shows it: its name, kind, shown value and, for a select, its options.</summary>
internal sealed record FormField(string Name, string Type, string Value, IReadOnlyList<string> Options);

/// <summary>A POST form of a page: where it posts, whether it sends files, and its fields (the antiforgery token among them).</summary>
internal sealed record PageForm(string Page, string Action, bool Multipart, IReadOnlyList<FormField> Fields)
{
    /// <summary>The form's kind: its action with numbers blanked and its handler, so each form of a page is fuzzed once.</summary>
    public string Kind => Regex.Replace(Action, @"\d+|[0-9a-f]{8}-[0-9a-f-]{27}", "#");
}

/// <summary>Reads the POST forms of a rendered page as a browser would submit them.</summary>
internal static partial class PageForms
{
    public static IEnumerable<PageForm> Of(string page, string html)
    {
        foreach (Match form in Form().Matches(html))
        {
            var attributes = form.Groups[1].Value;
            if (!string.Equals(Attribute(attributes, "method"), "post", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var action = Attribute(attributes, "action") is { Length: > 0 } a ? a : page;
            if (!action.StartsWith('/'))
            {
                action = page.Split('?')[0] + (action.StartsWith('?') ? action : "");
            }
            var multipart = Attribute(attributes, "enctype") == "multipart/form-data";
            var fields = FieldsOf(form.Groups[2].Value).ToList();
            yield return new PageForm(page, action, multipart, fields);
            // A button with its own formaction posts the same fields elsewhere (another handler).
            foreach (Match button in Button().Matches(form.Groups[2].Value))
            {
                if (Attribute(button.Groups[1].Value, "formaction") is { Length: > 0 } other)
                {
                    yield return new PageForm(page, other.StartsWith('/') ? other : page.Split('?')[0] + other, multipart, fields);
                }
            }
        }
    }

    private static IEnumerable<FormField> FieldsOf(string form)
    {
        foreach (Match input in Input().Matches(form))
        {
            var a = input.Groups[1].Value;
            var type = Attribute(a, "type") ?? "text";
            if (Attribute(a, "name") is { } name && type is not ("submit" or "button" or "reset" or "image"))
            {
                yield return new FormField(name, type, Attribute(a, "value") ?? (type is "checkbox" or "radio" ? "on" : ""), []);
            }
        }
        foreach (Match area in TextArea().Matches(form))
        {
            if (Attribute(area.Groups[1].Value, "name") is { } name)
            {
                yield return new FormField(name, "textarea", WebUtility.HtmlDecode(area.Groups[2].Value), []);
            }
        }
        foreach (Match select in Select().Matches(form))
        {
            if (Attribute(select.Groups[1].Value, "name") is { } name)
            {
                var options = Option().Matches(select.Groups[2].Value).Select(o => Attribute(o.Groups[1].Value, "value") ?? WebUtility.HtmlDecode(o.Groups[2].Value).Trim()).ToList();
                yield return new FormField(name, "select", options.FirstOrDefault() ?? "", options);
            }
        }
        foreach (Match button in Button().Matches(form))
        {
            // A submit button that names itself sends its value (handlers chosen by button).
            if (Attribute(button.Groups[1].Value, "name") is { } name)
            {
                yield return new FormField(name, "button", Attribute(button.Groups[1].Value, "value") ?? "", []);
            }
        }
    }

    private static string? Attribute(string attributes, string name) =>
        Regex.Match(attributes, $@"(?:^|\s){name}=""([^""]*)""") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    [GeneratedRegex(@"<form\b([^>]*)>([\s\S]*?)</form>")]
    private static partial Regex Form();

    [GeneratedRegex(@"<input\b([^>]*)>")]
    private static partial Regex Input();

    [GeneratedRegex(@"<textarea\b([^>]*)>([\s\S]*?)</textarea>")]
    private static partial Regex TextArea();

    [GeneratedRegex(@"<select\b([^>]*)>([\s\S]*?)</select>")]
    private static partial Regex Select();

    [GeneratedRegex(@"<option\b([^>]*)>([^<]*)")]
    private static partial Regex Option();

    [GeneratedRegex(@"<button\b([^>]*)>")]
    private static partial Regex Button();
}

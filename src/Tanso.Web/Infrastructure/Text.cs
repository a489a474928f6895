using System.Globalization;

namespace Tanso.Web.Infrastructure;

/// <summary>
/// The UI speaks Korean first and English second. Each string is written in both languages where it is
/// used, so a page cannot ship with one language missing; the request's culture picks one.
/// </summary>
internal static class Text
{
    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "ko";

    public static bool IsEnglish => Language == "en";

    public static string T(string ko, string en) => IsEnglish ? en : ko;

    /// <summary>"ko" for data written in Korean (a rubric's criteria, a plan's title) shown on an English page, so that
    /// screen readers read it as Korean; null otherwise.</summary>
    public static string? LangOf(string? data) =>
        IsEnglish && data is not null && data.Any(c => c is >= '\uAC00' and <= '\uD7A3') ? "ko" : null;
}

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
}

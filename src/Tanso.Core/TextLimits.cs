namespace Tanso.Core;

/// <summary>
/// The longest texts the database keeps. Input is checked against them where it comes in, so that a long text gets a
/// refusal naming the field instead of a database error (PostgreSQL enforces the lengths; SQLite does not).
/// </summary>
public static class TextLimits
{
    /// <summary>Narratives, evidence, comments, opinions and reasons; a scenario's description.</summary>
    public const int Paragraph = 4000;

    /// <summary>A government's reply to its result (소명).</summary>
    public const int Reply = 8000;

    /// <summary>Names: rubrics and their criteria, people, access tokens, departments, inventory editions and publishers.</summary>
    public const int Name = 200;

    /// <summary>Short labels: a rubric level, a government's name.</summary>
    public const int Label = 100;

    /// <summary>Codes and units: a plan task's code, a KPI's unit.</summary>
    public const int Code = 40;

    /// <summary>Titles: a plan's title, a scenario's names, a KPI's name.</summary>
    public const int Title = 300;

    /// <summary>One line of text: a plan task's name, the source of a statistic.</summary>
    public const int Line = 500;

    /// <summary>Sources: where a plan's base, an official figure, an inventory edition or a scenario value comes from.</summary>
    public const int Source = 1000;

    /// <summary>Notes: a plan's scope, an inventory edition's method.</summary>
    public const int Note = 2000;

    /// <summary>The name of an uploaded file.</summary>
    public const int FileName = 260;

    /// <summary>Whether <paramref name="text"/>, trimmed as it is stored, is longer than <paramref name="limit"/>.</summary>
    public static bool Exceeds(string? text, int limit) => (text?.Trim().Length ?? 0) > limit;

    /// <summary>The refusal, in Korean and English.</summary>
    public static (string Ko, string En) TooLong(string? text, int limit) =>
        ($"{limit:N0}자 이하로 적으십시오(지금 {text?.Trim().Length ?? 0:N0}자).", $"Keep it to {limit:N0} characters (it has {text?.Trim().Length ?? 0:N0}).");

    /// <summary>The refusal of <paramref name="field"/> when <paramref name="text"/> is too long, prefixed with the
    /// field's name in each language ("제목: 300자 이하로…"); null when it fits.</summary>
    public static Problem? Check(string field, string? text, int limit, string nameKo, string nameEn)
    {
        if (!Exceeds(text, limit))
        {
            return null;
        }
        var (ko, en) = TooLong(text, limit);
        return new Problem(field, $"{nameKo}: {ko}", $"{nameEn}: {en}");
    }

    /// <summary>A label the system writes (who uploaded or moderated: a display name, or an e-mail address when there
    /// is none), shortened to <paramref name="limit"/> with an ellipsis instead of refused.</summary>
    public static string Shorten(string text, int limit) => text.Length <= limit ? text : string.Concat(text.AsSpan(0, limit - 1), "…");
}

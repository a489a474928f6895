namespace Tanso.Core;

/// <summary>
/// The longest texts the database keeps. Input is checked against them where it comes in, so that a long text gets a
/// refusal naming the field instead of a database error (PostgreSQL enforces the lengths; SQLite does not).
/// </summary>
public static class TextLimits
{
    /// <summary>Narratives, evidence, comments, opinions and reasons.</summary>
    public const int Paragraph = 4000;

    /// <summary>A government's reply to its result (소명).</summary>
    public const int Reply = 8000;

    /// <summary>Names: rubrics and their criteria.</summary>
    public const int Name = 200;

    /// <summary>Short labels: a rubric level.</summary>
    public const int Label = 100;

    /// <summary>Whether <paramref name="text"/>, trimmed as it is stored, is longer than <paramref name="limit"/>.</summary>
    public static bool Exceeds(string? text, int limit) => (text?.Trim().Length ?? 0) > limit;

    /// <summary>The refusal, in Korean and English.</summary>
    public static (string Ko, string En) TooLong(string? text, int limit) =>
        ($"{limit:N0}자 이하로 적으십시오(지금 {text?.Trim().Length ?? 0:N0}자).", $"Keep it to {limit:N0} characters (it has {text?.Trim().Length ?? 0:N0}).");
}

namespace Tanso.Core.Community;

/// <summary>Checks shared by every community item: required, bounded text.</summary>
public static class TextRules
{
    /// <summary>A problem when <paramref name="value"/> is blank (if required) or longer than <paramref name="max"/>.</summary>
    public static Problem? Check(string field, string? value, int max, bool required, string nameKo, string nameEn)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return required ? new Problem(field, $"{nameKo}을(를) 입력하십시오.", $"Enter the {nameEn}.") : null;
        }
        return value.Trim().Length > max
            ? new Problem(field, $"{nameKo}은(는) {max}자 이내여야 합니다 (지금 {value.Trim().Length}자).", $"The {nameEn} must be at most {max} characters (it has {value.Trim().Length}).")
            : null;
    }

    /// <summary>Trimmed text, or null when blank.</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Throws for a value that <see cref="Check"/> would refuse: callers validate first, so this is a bug guard.</summary>
    internal static string Require(string? value, int max, string name)
    {
        var clean = Clean(value) ?? throw new ArgumentException($"The {name} is required.");
        return clean.Length <= max ? clean : throw new ArgumentException($"The {name} is longer than {max} characters.");
    }

    internal static string? Optional(string? value, int max, string name)
    {
        var clean = Clean(value);
        return clean is null || clean.Length <= max ? clean : throw new ArgumentException($"The {name} is longer than {max} characters.");
    }
}

namespace Tanso.Core.Governments;

/// <summary>
/// A regional code: the administrative standard code (행정표준코드) or Statistics Korea's SGIS code.
/// Two digits identify a 시·도, five a 시·군·구; both are digit strings because leading zeros do not occur
/// but the codes are identifiers, not numbers.
/// </summary>
public readonly record struct RegionCode
{
    private RegionCode(string value) => Value = value;

    /// <summary>The digits, e.g. "11" or "11010".</summary>
    public string Value { get; }

    /// <summary>The level a code of this length identifies.</summary>
    public GovernmentLevel Level => Value.Length == 2 ? GovernmentLevel.Province : GovernmentLevel.Municipality;

    /// <summary>The two-digit province part.</summary>
    public string ProvincePart => Value[..2];

    /// <summary>Parses a two- or five-digit code.</summary>
    public static bool TryParse(string? text, out RegionCode code)
    {
        code = default;
        var t = text?.Trim();
        if (t is null || t.Length is not (2 or 5) || !t.All(char.IsAsciiDigit))
        {
            return false;
        }
        code = new RegionCode(t);
        return true;
    }

    /// <summary>Parses a two- or five-digit code; throws <see cref="FormatException"/> otherwise.</summary>
    public static RegionCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not a region code (2 digits for a 시·도, 5 for a 시·군·구).");

    /// <inheritdoc/>
    public override string ToString() => Value ?? "";
}

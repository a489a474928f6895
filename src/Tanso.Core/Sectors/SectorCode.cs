namespace Tanso.Core.Sectors;

/// <summary>
/// A code from the national sector taxonomy (<see cref="SectorTaxonomy"/>). Only known codes can be
/// constructed, so a <see cref="SectorCode"/> always names a real sector.
/// </summary>
public readonly record struct SectorCode
{
    private SectorCode(string value) => Value = value;

    /// <summary>The stable lower-case code, e.g. <c>power</c> for 전환.</summary>
    public string Value { get; }

    /// <summary>Parses a code (<c>power</c>), a Korean name (<c>전환</c>) or an English name (<c>Power</c>).</summary>
    public static bool TryParse(string? text, out SectorCode code)
    {
        code = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var sector = SectorTaxonomy.Find(text.Trim());
        if (sector is null)
        {
            return false;
        }
        code = sector.Code;
        return true;
    }

    /// <summary>Parses like <see cref="TryParse"/> and throws <see cref="FormatException"/> on an unknown sector.</summary>
    public static SectorCode Parse(string text) =>
        TryParse(text, out var code)
            ? code
            : throw new FormatException($"'{text}' is not a sector of the national taxonomy ({string.Join(", ", SectorTaxonomy.All.Select(s => s.Code.Value))}).");

    internal static SectorCode Known(string value) => new(value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? "";
}

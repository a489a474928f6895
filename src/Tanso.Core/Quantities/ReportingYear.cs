using System.Globalization;

namespace Tanso.Core.Quantities;

/// <summary>
/// A calendar year an emission, target or scenario value refers to. Limited to 1990–2100: the span of
/// the UNFCCC inventories and of every Korean target and scenario.
/// </summary>
public readonly record struct ReportingYear : IComparable<ReportingYear>
{
    /// <summary>The earliest year Tanso accepts.</summary>
    public const int Min = 1990;

    /// <summary>The latest year Tanso accepts.</summary>
    public const int Max = 2100;

    private ReportingYear(int value) => Value = value;

    /// <summary>The year, e.g. 2030.</summary>
    public int Value { get; }

    /// <summary>Creates a year; throws <see cref="ArgumentOutOfRangeException"/> outside 1990–2100.</summary>
    public static ReportingYear Of(int year) =>
        IsValid(year) ? new ReportingYear(year) : throw new ArgumentOutOfRangeException(nameof(year), year, OutOfRangeMessage(year));

    /// <summary>True when <paramref name="year"/> lies in 1990–2100.</summary>
    public static bool IsValid(int year) => year is >= Min and <= Max;

    /// <summary>Parses a whole-number year in 1990–2100.</summary>
    public static bool TryParse(string? text, out ReportingYear year)
    {
        year = default;
        if (!int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) || !IsValid(value))
        {
            return false;
        }
        year = new ReportingYear(value);
        return true;
    }

    /// <summary>The explanation given when a year is refused.</summary>
    public static string OutOfRangeMessage(int year) => $"Year {year} is outside {Min}–{Max}.";

    /// <summary>Years from this one to <paramref name="other"/> (negative when <paramref name="other"/> is earlier).</summary>
    public int YearsUntil(ReportingYear other) => other.Value - Value;

    /// <inheritdoc/>
    public int CompareTo(ReportingYear other) => Value.CompareTo(other.Value);

    /// <summary>Compares two years.</summary>
    public static bool operator <(ReportingYear a, ReportingYear b) => a.Value < b.Value;

    /// <summary>Compares two years.</summary>
    public static bool operator >(ReportingYear a, ReportingYear b) => a.Value > b.Value;

    /// <summary>Compares two years.</summary>
    public static bool operator <=(ReportingYear a, ReportingYear b) => a.Value <= b.Value;

    /// <summary>Compares two years.</summary>
    public static bool operator >=(ReportingYear a, ReportingYear b) => a.Value >= b.Value;

    /// <inheritdoc/>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;

namespace Tanso.Core.Quantities;

/// <summary>
/// The plausible range of every quantity Tanso accepts. Input outside it is refused where it comes in, with the
/// field named; stored values outside it (written before these bounds) are shown as invalid, never summed into an
/// overflow. The bounds are far above any real figure and far below decimal's limit (about 7.9e28), so that sums of
/// millions of accepted values cannot overflow.
/// </summary>
public static class Plausible
{
    /// <summary>Emissions, removals and reductions: ±1e12 tCO2eq (1,000 GtCO2eq, about twenty years of the world's emissions).</summary>
    public const decimal MaxTonnes = 1_000_000_000_000m;

    /// <summary>Budgets in KRW: up to 1e16 (1경 원, about fifteen times Korea's yearly national budget).</summary>
    public const decimal MaxKrw = 10_000_000_000_000_000m;

    /// <summary>KPI values in any unit (counts, kWh, %): ±1e15.</summary>
    public const decimal MaxIndicator = 1_000_000_000_000_000m;

    /// <summary>Whether an amount of tonnes is plausible.</summary>
    public static bool IsTonnes(decimal value) => Math.Abs(value) <= MaxTonnes;

    /// <summary>Whether a budget in KRW is plausible (not negative, at most <see cref="MaxKrw"/>).</summary>
    public static bool IsKrw(decimal value) => value is >= 0m and <= MaxKrw;

    /// <summary>Whether a KPI value is plausible.</summary>
    public static bool IsIndicator(decimal value) => Math.Abs(value) <= MaxIndicator;

    /// <summary>The refusal of an amount of tonnes outside ±<see cref="MaxTonnes"/>; null when it fits or is absent.</summary>
    public static Problem? Tonnes(string field, decimal? value) => value is { } v && !IsTonnes(v)
        ? new(field, $"{field}: {Show(v)}tCO2eq은(는) 받을 수 있는 범위(±{Show(MaxTonnes)})를 벗어납니다.", $"{field}: {Show(v)} tCO2eq is outside the plausible range ±{Show(MaxTonnes)}.")
        : null;

    /// <summary>The refusal of a budget outside 0–<see cref="MaxKrw"/> KRW; null when it fits or is absent.</summary>
    public static Problem? Krw(string field, decimal? value) => value is { } v && !IsKrw(v)
        ? new(field, $"{field}: {Show(v)}원은(는) 받을 수 있는 범위(0–{Show(MaxKrw)}원)를 벗어납니다.", $"{field}: {Show(v)} KRW is outside the plausible range 0–{Show(MaxKrw)}.")
        : null;

    /// <summary>The refusal of a KPI value outside ±<see cref="MaxIndicator"/>; null when it fits or is absent.</summary>
    public static Problem? Indicator(string field, decimal? value) => value is { } v && !IsIndicator(v)
        ? new(field, $"{field}: {Show(v)}은(는) 받을 수 있는 범위(±{Show(MaxIndicator)})를 벗어납니다.", $"{field}: {Show(v)} is outside the plausible range ±{Show(MaxIndicator)}.")
        : null;

    /// <summary>The refusal of a year outside <see cref="ReportingYear.Min"/>–<see cref="ReportingYear.Max"/>; null when it fits.</summary>
    public static Problem? Year(string field, int year) => ReportingYear.IsValid(year) ? null
        : new(field, $"{field}: {year}년은 {ReportingYear.Min}–{ReportingYear.Max} 범위를 벗어납니다.", $"{field}: {ReportingYear.OutOfRangeMessage(year)}");

    /// <summary>Adds without overflow: a sum beyond decimal's range stays at its largest magnitude (and is implausible).</summary>
    public static decimal Add(decimal a, decimal b)
    {
        // Same signs can overflow; the check avoids the exception in the ordinary case.
        if (a > 0m && b > 0m && a > decimal.MaxValue - b)
        {
            return decimal.MaxValue;
        }
        if (a < 0m && b < 0m && a < decimal.MinValue - b)
        {
            return decimal.MinValue;
        }
        return a + b;
    }

    /// <summary>Multiplies without overflow, saturating as <see cref="Add"/> does.</summary>
    public static decimal Multiply(decimal a, decimal b)
    {
        if (a == 0m || b == 0m)
        {
            return 0m;
        }
        var positive = a > 0m == b > 0m;
        var (x, y) = (Math.Abs(a), Math.Abs(b));
        if (y > 1m && x > decimal.MaxValue / y)
        {
            return positive ? decimal.MaxValue : decimal.MinValue;
        }
        return a * b;
    }

    /// <summary>Divides without overflow, saturating; null when <paramref name="b"/> is zero.</summary>
    public static decimal? Divide(decimal a, decimal b)
    {
        if (b == 0m)
        {
            return null;
        }
        if (Math.Abs(b) < 1m && Math.Abs(a) > decimal.MaxValue * Math.Abs(b))
        {
            return a > 0m == b > 0m ? decimal.MaxValue : decimal.MinValue;
        }
        return a / b;
    }

    /// <summary>The sum of values without overflow.</summary>
    public static decimal Sum(IEnumerable<decimal> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var total = 0m;
        foreach (var v in values)
        {
            total = Add(total, v);
        }
        return total;
    }

    private static string Show(decimal value) => Math.Abs(value) >= 1e6m ? ((double)value).ToString("0.###E+0", CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using Tanso.Core.Quantities;

namespace Tanso.Core.Inventory;

/// <summary>
/// A year as tables write it: <c>2024</c>, <c>2024년</c>, <c>2024(잠정)</c>, <c>2024 잠정</c>, <c>2024p</c>,
/// <c>2024(p)</c>, <c>'24</c>. Provisional (잠정) years are marked so.
/// </summary>
public readonly record struct YearHeading(int Year, bool Provisional)
{
    private static readonly string[] ProvisionalMarks = ["(잠정)", "잠정치", "잠정", "(p)", "(P)", "p", "P", "(e)", "*"];

    /// <summary>Reads a year heading; null when the text is not a year in any of the accepted forms.</summary>
    public static YearHeading? Parse(string text)
    {
        var t = text.Trim();
        var provisional = false;
        foreach (var mark in ProvisionalMarks)
        {
            if (t.EndsWith(mark, StringComparison.Ordinal) && t.Length > mark.Length)
            {
                t = t[..^mark.Length].TrimEnd();
                provisional = true;
                break;
            }
        }
        if (t.EndsWith("년도", StringComparison.Ordinal))
        {
            t = t[..^2];
        }
        else if (t.EndsWith('년'))
        {
            t = t[..^1];
        }
        if (t.Length == 3 && t[0] is '\'' or '’' or '‘' && int.TryParse(t.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var yy))
        {
            // Two-digit years: inventories start in 1990, so '90–'99 are the 1990s and the rest this century.
            return new YearHeading(yy >= 90 ? 1900 + yy : 2000 + yy, provisional);
        }
        if (t.Length == 4 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1800 and <= 2199)
        {
            return new YearHeading(y, provisional);
        }
        return null;
    }

    /// <summary>True when the year is one an inventory may hold.</summary>
    public bool InRange => ReportingYear.IsValid(Year);
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace Tanso.Data.Statistics;

/// <summary>
/// A reference period as a KOSIS download writes it: a year (<c>2023</c>, <c>2023 년</c>) or a month (<c>2023.12</c>
/// since about 2023, <c>2020. 08 월</c> in downloads of 2021), with KOSIS's marks <c>p)</c> (provisional, 잠정) and
/// <c>e)</c> (estimated, 추정) as in <c>2022 p)</c>.
/// </summary>
public sealed partial record KosisPeriod(int Year, int? Month, string? Mark)
{
    [GeneratedRegex(@"^\s*(\d{4})\s*(?:년)?\s*(?:\.\s*(\d{1,2})\s*(?:월)?)?\s*(p\)|e\)|p|e)?\s*$")]
    private static partial Regex Pattern();

    /// <summary>The period in one form whatever the download wrote: <c>2023</c>, <c>2023.12</c>, <c>2022 p)</c>.</summary>
    public string Text => (Month is { } m ? $"{Year}.{m.ToString("00", CultureInfo.InvariantCulture)}" : Year.ToString(CultureInfo.InvariantCulture))
        + (Mark is null ? "" : " " + Mark);

    /// <summary>Whether a header or 시점 cell is written as a period (it may still be refused by <see cref="Parse"/>).</summary>
    public static bool Looks(string text) => Pattern().IsMatch(text);

    /// <summary>The period, or why the text is not one Tanso reads (English, Korean).</summary>
    public static (KosisPeriod? Period, (string En, string Ko)? Problem) Parse(string text)
    {
        var m = Pattern().Match(text);
        if (!m.Success)
        {
            return (null, ($"'{text}' is not a period Tanso reads: a year (2023) or a month (2023.12)",
                $"'{text}'은(는) 읽을 수 있는 시점이 아닙니다: 연도(2023)나 월(2023.12)이어야 합니다"));
        }
        var year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        int? month = null;
        if (m.Groups[2].Success)
        {
            // KOSIS writes months with two digits. A spreadsheet program that opened the file read 2023.10 as the number
            // 2023.1 and saved it so: the month can no longer be told, so the file is refused rather than guessed.
            if (m.Groups[2].Value.Length == 1)
            {
                return (null, ($"'{text}' has a one-digit month: KOSIS writes 2023.01 and 2023.10, and a spreadsheet program saves 2023.10 as 2023.1; download the file again and import it without opening it",
                    $"'{text}'은(는) 월이 한 자리입니다: KOSIS는 2023.01, 2023.10처럼 두 자리로 쓰며, 스프레드시트 프로그램이 2023.10을 2023.1로 바꿔 저장합니다. 파일을 다시 내려받아 열지 말고 그대로 가져오십시오"));
            }
            month = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            if (month is < 1 or > 12)
            {
                return (null, ($"'{text}' has no month {month}", $"'{text}'의 {month}월은 없는 달입니다"));
            }
        }
        var mark = m.Groups[3].Success ? m.Groups[3].Value.TrimEnd(')') + ")" : null;
        return (new KosisPeriod(year, month, mark), null);
    }

    /// <summary>Whether this period comes after <paramref name="other"/> (a later month of the same year).</summary>
    public bool IsAfter(KosisPeriod other) =>
        other is null || Year > other.Year || (Year == other.Year && (Month ?? 0) > (other.Month ?? 0));
}

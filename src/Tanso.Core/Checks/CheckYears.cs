namespace Tanso.Core.Checks;

/// <summary>Which checked year a page opens on when none is asked for.</summary>
public static class CheckYears
{
    /// <summary>The latest year with data — the newest of <paramref name="yearsWithChecks"/> not after this year — so a page
    /// never opens on an empty year while an earlier one has results; with no such year, last year (the yearly check
    /// looks back: last year's checks are reported by 31 May of this one).</summary>
    public static int Default(IEnumerable<int> yearsWithChecks, DateOnly today)
    {
        var latest = yearsWithChecks.Where(y => y <= today.Year).DefaultIfEmpty().Max();
        return latest > 0 ? latest : today.Year - 1;
    }
}

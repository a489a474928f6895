namespace Tanso.Core.Governments;

/// <summary>A government's population and GRDP for a year, the denominators of per-capita and per-GRDP figures.</summary>
/// <param name="GovernmentId">The government.</param>
/// <param name="Year">The year.</param>
/// <param name="Population">Residents (주민등록인구), or null when not known.</param>
/// <param name="GrdpMillionKrw">Gross regional domestic product in million KRW (current prices), or null.</param>
/// <param name="Source">Where the numbers come from.</param>
public sealed record GovernmentStatistic(int GovernmentId, int Year, long? Population, decimal? GrdpMillionKrw, string Source)
{
    /// <summary>Database identity.</summary>
    public int Id { get; init; }
}

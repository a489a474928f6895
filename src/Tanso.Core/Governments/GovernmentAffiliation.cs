namespace Tanso.Core.Governments;

/// <summary>
/// A 시·군·구 belonging to a 시·도 for a period. Boundaries move (군위군 passed from 경상북도 to 대구광역시
/// on 2023-07-01), and a province's totals for a year must add up the municipalities it had that year.
/// </summary>
/// <param name="GovernmentId">The municipality.</param>
/// <param name="ParentId">The province.</param>
/// <param name="ValidFrom">First day, or null when before any record.</param>
/// <param name="ValidTo">Last day, or null while current.</param>
/// <param name="Source">Where the change is documented.</param>
public sealed record GovernmentAffiliation(int GovernmentId, int ParentId, DateOnly? ValidFrom, DateOnly? ValidTo, string Source)
{
    /// <summary>Database identity.</summary>
    public int Id { get; init; }

    /// <summary>Whether the affiliation holds on <paramref name="day"/>.</summary>
    public bool IsValidOn(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || day <= ValidTo);
}

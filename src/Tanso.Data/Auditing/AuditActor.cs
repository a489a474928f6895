namespace Tanso.Data.Auditing;

/// <summary>Who the audit trail names for the writes of one <see cref="TansoDb"/>.</summary>
/// <param name="UserId">The account, or null.</param>
/// <param name="Name">The name recorded.</param>
public sealed record AuditActor(string? UserId, string Name)
{
    /// <summary>Reference-data seeding and migrations.</summary>
    public static AuditActor System { get; } = new(null, "system");

    /// <summary>An anonymous visitor.</summary>
    public static AuditActor Public { get; } = new(null, "public");
}

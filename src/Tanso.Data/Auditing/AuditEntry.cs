namespace Tanso.Data.Auditing;

/// <summary>One recorded write: who, when, which entity, and the values before and after.
/// Written in the same transaction as the change it records.</summary>
public sealed class AuditEntry
{
    /// <summary>Identity (also the order of writes).</summary>
    public long Id { get; set; }

    /// <summary>When, in UTC.</summary>
    public DateTime AtUtc { get; set; }

    /// <summary>The acting account; null for the public and system processes.</summary>
    public string? UserId { get; set; }

    /// <summary>The acting person's or process's name at the time.</summary>
    public string ActorName { get; set; } = "";

    /// <summary>Entity type, e.g. <c>OfficialFigure</c>.</summary>
    public string EntityType { get; set; } = "";

    /// <summary>The entity's key as text.</summary>
    public string EntityId { get; set; } = "";

    /// <summary><c>insert</c>, <c>update</c> or <c>delete</c>, or an account event (<c>reset-link-issued</c>, <c>sign-in</c>, …).</summary>
    public string Action { get; set; } = "";

    /// <summary>Values before the write as a JSON object: the whole row for a delete, the changed fields for an
    /// update, null for an insert; secrets are never recorded.</summary>
    public string? Before { get; set; }

    /// <summary>Values after the write: the whole row for an insert, the changed fields for an update, null for a delete.</summary>
    public string? After { get; set; }
}

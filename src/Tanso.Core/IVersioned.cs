namespace Tanso.Core;

/// <summary>
/// An editable entity with a version number: every saved change increments it, and a change made from
/// an older version is refused, so no update is lost silently.
/// </summary>
public interface IVersioned
{
    /// <summary>The version the entity is at (0 when first saved).</summary>
    int Version { get; }
}

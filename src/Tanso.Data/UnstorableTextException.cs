namespace Tanso.Data;

/// <summary>A save refused because a text holds a character no database keeps (<see cref="Core.StorableText"/>):
/// the entity and property it was in, and why, so that the caller gets a 400 naming the field, not a database error.</summary>
public sealed class UnstorableTextException(string entity, string property, string korean, string english)
    : Exception($"{entity}.{property}: {english}")
{
    public string Entity { get; } = entity;
    public string Property { get; } = property;
    public string Korean { get; } = korean;
    public string English { get; } = english;
}

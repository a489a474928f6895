namespace Tanso.Data.Inventory;

/// <summary>
/// A file between its preview and the officer's confirmation. Kept in the database, not on a web
/// server's disk, so that the confirmation may reach any instance. Staging only: it is not audited
/// (the confirmed import is), and it is deleted when confirmed or after a day.
/// </summary>
public sealed class PendingUpload
{
    /// <summary>Identity, unguessable.</summary>
    public Guid Id { get; set; }

    /// <summary>Who uploaded it; only they may confirm it.</summary>
    public string UserId { get; set; } = "";

    /// <summary>The file's name.</summary>
    public string FileName { get; set; } = "";

    /// <summary>The file.</summary>
    public byte[] Content { get; set; } = [];

    /// <summary>The edition chosen: code and, for a new edition, its description.</summary>
    public string EditionCode { get; set; } = "";

    /// <summary>New edition: name.</summary>
    public string? EditionName { get; set; }

    /// <summary>New edition: publisher.</summary>
    public string? Publisher { get; set; }

    /// <summary>New edition: publication date.</summary>
    public DateOnly? PublishedOn { get; set; }

    /// <summary>New edition: method note.</summary>
    public string? MethodNote { get; set; }

    /// <summary>New edition: source.</summary>
    public string? Source { get; set; }

    /// <summary>When it was uploaded (UTC).</summary>
    public DateTime CreatedUtc { get; set; }

    /// <summary>How long a preview may wait for its confirmation.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    /// <summary>The edition as the importer wants it.</summary>
    public EditionSpec Edition => new(EditionCode, EditionName, null, Publisher, PublishedOn, MethodNote, Source);
}

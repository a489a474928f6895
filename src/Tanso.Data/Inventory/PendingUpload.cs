using Tanso.Core.Inventory;

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

    /// <summary>New edition: IPCC guidelines.</summary>
    public Tanso.Core.Inventory.IpccGuidelines Guidelines { get; set; }

    /// <summary>Reading choice: the unit (t, kt, 10kt, Mt), when the file names none.</summary>
    public string? Unit { get; set; }

    /// <summary>Reading choice: the header row, when not the detected one.</summary>
    public int? HeaderRow { get; set; }

    /// <summary>Reading choice: the government, for a file without a government column.</summary>
    public string? Government { get; set; }

    /// <summary>Reading choice: the numbering of category codes.</summary>
    public string Numbering { get; set; } = "nir";

    /// <summary>Reading choice: columns to leave out, comma-separated.</summary>
    public string? IgnoreColumns { get; set; }

    /// <summary>When it was uploaded (UTC).</summary>
    public DateTime CreatedUtc { get; set; }

    /// <summary>How long a preview may wait for its confirmation.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    /// <summary>The edition as the importer wants it.</summary>
    public EditionSpec Edition => new(EditionCode, EditionName, null, Publisher, PublishedOn, MethodNote, Source, Guidelines);

    /// <summary>The reading choices as the importer wants them.</summary>
    public ImportOptions Options => new()
    {
        Unit = Unit, HeaderRow = HeaderRow, Government = Government, Numbering = Numbering, IgnoreColumns = ImportOptions.ParseColumns(IgnoreColumns),
    };
}

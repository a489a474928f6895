namespace Tanso.Data.Inventory;

/// <summary>
/// One committed import: which file went into which edition, by whom, and how many entries. Saved in the
/// same transaction as the entries (which are bulk-inserted), and audited like every other write.
/// </summary>
public sealed class InventoryImport
{
    /// <summary>Identity.</summary>
    public int Id { get; set; }

    /// <summary>The edition the entries joined.</summary>
    public int EditionId { get; set; }

    /// <summary>The uploaded file's name.</summary>
    public string FileName { get; set; } = "";

    /// <summary>Detected format, e.g. "csv (CP949), wide".</summary>
    public string Format { get; set; } = "";

    /// <summary>Entries inserted.</summary>
    public int Entries { get; set; }

    /// <summary>When (UTC).</summary>
    public DateTime ImportedUtc { get; set; }
}

namespace Tanso.Data.Inventory;

/// <summary>
/// The officer's choices for reading a file, kept between a refused attempt and the retry. Everything is
/// optional: the importer detects what it can and asks (as a problem naming the field) for what it cannot.
/// </summary>
public sealed record ImportOptions
{
    /// <summary>The unit of the values (<c>t</c>, <c>kt</c>, <c>10kt</c>, <c>Mt</c>, or a name such as 천톤CO2eq);
    /// required when the file names none, and must agree with the file when it does.</summary>
    public string? Unit { get; init; }

    /// <summary>The header row (1-based, as the spreadsheet numbers it); null to detect it.</summary>
    public int? HeaderRow { get; init; }

    /// <summary>The government every row belongs to, for files without a government column (GIR's national files).</summary>
    public string? Government { get; init; }

    /// <summary>How category codes are numbered: <c>nir</c> (Korea's NIR, the default), <c>ipcc1996</c> or <c>ipcc2006</c>.</summary>
    public string Numbering { get; init; } = "nir";

    /// <summary>Columns to leave out, by letter (<c>H</c>) or header text; every other column must be recognised.</summary>
    public IReadOnlyList<string> IgnoreColumns { get; init; } = [];

    /// <summary>The numberings <see cref="Numbering"/> may name.</summary>
    public static readonly string[] Numberings = ["nir", "ipcc1996", "ipcc2006"];

    /// <summary>Reads a comma-separated list of columns to ignore.</summary>
    public static IReadOnlyList<string> ParseColumns(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

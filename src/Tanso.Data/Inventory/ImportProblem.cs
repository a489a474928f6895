namespace Tanso.Data.Inventory;

/// <summary>One reason a file cannot be imported: where (file and sheet, row, column) and why.</summary>
/// <param name="Location">The file, and the sheet for a workbook.</param>
/// <param name="Row">The row as a spreadsheet numbers it (1 is the header).</param>
/// <param name="Column">The column's letter and header, e.g. "C (2019)".</param>
/// <param name="Message">Why, in English.</param>
/// <param name="MessageKo">Why, in Korean (the officer's language).</param>
public sealed record ImportProblem(string Location, int Row, string Column, string Message, string MessageKo)
{
    /// <summary>The reason in the requested language (<c>en</c> or Korean).</summary>
    public string MessageIn(string language) => language == "en" ? Message : MessageKo;

    /// <inheritdoc/>
    public override string ToString() => $"{Location}, row {Row}, column {Column}: {Message}";

    /// <summary>A column's letter and heading, as problems name it: <c>C (2019)</c>.</summary>
    public static string ColumnName(IReadOnlyList<string> header, int index) =>
        $"{Letter(index)} ({(index < header.Count ? header[index] : "")})";

    /// <summary>A column's spreadsheet letter: 0 → A, 26 → AA.</summary>
    public static string Letter(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + ((i - 1) % 26)) + name;
        }
        return name;
    }
}

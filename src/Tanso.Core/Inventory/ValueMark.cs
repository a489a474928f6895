namespace Tanso.Core.Inventory;

/// <summary>
/// What a published table writes instead of a number, and what it means. A marked cell is stored with its
/// mark (its value counts as nothing), never as a zero that looks measured.
/// </summary>
public enum ValueMark
{
    /// <summary>A number.</summary>
    None,

    /// <summary><c>-</c> or <c>–</c>: nil or not applicable (Korean statistical tables' dash).</summary>
    Nil,

    /// <summary><c>NE</c>: not estimated.</summary>
    NotEstimated,

    /// <summary><c>NO</c>: not occurring.</summary>
    NotOccurring,

    /// <summary><c>IE</c>: included elsewhere.</summary>
    IncludedElsewhere,

    /// <summary><c>C</c> or <c>*</c>: confidential (비공개); the value stays unknown to everyone.</summary>
    Confidential,
}

/// <summary>Reading and naming <see cref="ValueMark"/>s.</summary>
public static class ValueMarks
{
    /// <summary>The mark a cell's text stands for, or null when the text is not a mark (a number, or garbage).</summary>
    public static ValueMark? Parse(string text) => text.Trim().ToUpperInvariant() switch
    {
        "-" or "–" or "—" or "－" => ValueMark.Nil,
        "NE" => ValueMark.NotEstimated,
        "NO" => ValueMark.NotOccurring,
        "IE" => ValueMark.IncludedElsewhere,
        // Not "X": read case-blind it would swallow a mistyped "x" as confidential instead of stopping the import.
        "C" or "*" => ValueMark.Confidential,
        _ => null,
    };

    /// <summary>The mark as files write it.</summary>
    public static string Code(this ValueMark mark) => mark switch
    {
        ValueMark.Nil => "-",
        ValueMark.NotEstimated => "NE",
        ValueMark.NotOccurring => "NO",
        ValueMark.IncludedElsewhere => "IE",
        ValueMark.Confidential => "C",
        _ => "",
    };

    /// <summary>What the mark means, in Korean and English.</summary>
    public static (string Ko, string En) Meaning(this ValueMark mark) => mark switch
    {
        ValueMark.Nil => ("해당 없음(-)", "nil or not applicable (-)"),
        ValueMark.NotEstimated => ("추정하지 않음(NE)", "not estimated (NE)"),
        ValueMark.NotOccurring => ("발생하지 않음(NO)", "not occurring (NO)"),
        ValueMark.IncludedElsewhere => ("다른 항목에 포함(IE)", "included elsewhere (IE)"),
        ValueMark.Confidential => ("비공개(C)", "confidential (C)"),
        _ => ("값", "value"),
    };
}

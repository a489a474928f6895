namespace Tanso.Web.Shared;

/// <summary>One radio button or checkbox: what it sends, what it says, and an optional longer description
/// (a rubric level's descriptor, say) that screen readers read with it.</summary>
/// <param name="Id">The input's id when a page or test needs a stable one; otherwise the group numbers its choices.</param>
internal sealed record Choice(string Value, string Label, bool Checked = false, string? Description = null, bool Disabled = false, string? Id = null);

/// <summary>
/// A group of radio buttons or checkboxes drawn with KRDS's own markup by <c>Shared/_Choices.cshtml</c>: a
/// <c>fieldset</c> whose visible <c>legend</c> names the question, and one <c>krds-form-check</c> per choice
/// (native input followed by its label, which KRDS draws as the visible box). Every page uses this, so every
/// choice is visible, labelled, reachable by Tab and the arrow keys, and read out with its group's question.
/// </summary>
/// <param name="IdPrefix">Unique on the page: the inputs get ids IdPrefix-0, IdPrefix-1 …</param>
/// <param name="Legend">The question; <c>null</c> for a single checkbox that its own label explains.</param>
internal sealed record ChoiceGroup(string Name, string IdPrefix, string? Legend, IReadOnlyList<Choice> Choices, bool Multiple = false)
{
    /// <summary>A line under the legend saying how to choose.</summary>
    public string? Hint { get; init; }

    /// <summary>One of the radio buttons must be chosen (the browser says so before the form is sent).</summary>
    public bool Required { get; init; }

    public bool Disabled { get; init; }

    /// <summary>Choices side by side (short labels) rather than one per line.</summary>
    public bool Inline { get; init; }

    /// <summary>Sends <c>false</c> for an unticked single checkbox bound to a <c>bool</c>.</summary>
    public bool SendsFalseWhenUnchecked { get; init; }

    /// <summary>Keeps the legend for screen readers only, where a table's column header already shows the question.</summary>
    public bool LegendHidden { get; init; }

    /// <summary>The legend's language when it is data (a rubric criterion's name) rather than UI text.</summary>
    public string? LegendLang { get; init; }

    public string Type => Multiple ? "checkbox" : "radio";

    public string IdOf(int index) => Choices[index].Id ?? (Choices.Count == 1 && Legend is null ? IdPrefix : $"{IdPrefix}-{index}");

    /// <summary>A single checkbox: its label says what ticking it means.</summary>
    public static ChoiceGroup Single(string name, string id, string label, bool isChecked, string value = "true") =>
        new(name, id, null, [new Choice(value, label, isChecked)], Multiple: true);
}

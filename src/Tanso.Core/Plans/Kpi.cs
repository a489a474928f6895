namespace Tanso.Core.Plans;

/// <summary>Whether a KPI improves by going up (renewable capacity) or down (energy use).</summary>
public enum KpiDirection
{
    /// <summary>상향: more is better.</summary>
    Increase,

    /// <summary>하향: less is better.</summary>
    Decrease,
}

/// <summary>A key performance indicator of an implementation task (성과지표): what is measured, in which unit,
/// which way is good, where it starts and its target for each year.</summary>
/// <param name="Name">e.g. 전기차 보급 대수.</param>
/// <param name="Unit">e.g. 대, MW, %.</param>
/// <param name="Direction">Up or down.</param>
/// <param name="BaseValue">The value in the base year.</param>
/// <param name="Targets">Target per year.</param>
public sealed record Kpi(string Name, string Unit, KpiDirection Direction, decimal BaseValue, IReadOnlyDictionary<int, decimal> Targets)
{
    /// <summary>Why the KPI is inconsistent, or null: a target must lie on the improving side of the base.</summary>
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(Name) || string.IsNullOrWhiteSpace(Unit))
        {
            return "a KPI needs a name and a unit";
        }
        var wrong = Targets.Where(t => Direction == KpiDirection.Increase ? t.Value < BaseValue : t.Value > BaseValue).Select(t => t.Key).Order().ToList();
        return wrong.Count == 0 ? null : $"targets of {string.Join(", ", wrong)} go the wrong way for a KPI that should {(Direction == KpiDirection.Increase ? "rise" : "fall")} from {BaseValue}";
    }
}

namespace Tanso.Core.Plans;

/// <summary>A KPI of a task, stored.</summary>
public sealed class PlanKpi(string name, string unit, KpiDirection direction, decimal baseValue)
{
    /// <summary>Identity.</summary>
    public int Id { get; private set; }

    /// <summary>The task.</summary>
    public int TaskId { get; private set; }

    /// <summary>Name.</summary>
    public string Name { get; private set; } = name;

    /// <summary>Unit.</summary>
    public string Unit { get; private set; } = unit;

    /// <summary>Which way is good.</summary>
    public KpiDirection Direction { get; private set; } = direction;

    /// <summary>Base value.</summary>
    public decimal BaseValue { get; private set; } = baseValue;

    private readonly List<PlanKpiTarget> targets = [];

    /// <summary>Targets per year.</summary>
    public IReadOnlyList<PlanKpiTarget> Targets => targets;

    /// <summary>Sets the target for <paramref name="year"/> while the KPI is being built (before its task joins a plan).</summary>
    public PlanKpi WithTarget(int year, decimal value)
    {
        targets.RemoveAll(t => t.Year == year);
        targets.Add(new PlanKpiTarget(year, value));
        return this;
    }

    /// <summary>As the KPI rules want it.</summary>
    public Kpi ToKpi() => new(Name, Unit, Direction, BaseValue, Targets.ToDictionary(t => t.Year, t => t.Value));

    /// <summary>The target set for <paramref name="year"/>, or null: what <see cref="ToKpi"/>'s targets hold for the year,
    /// read without building them (a check reads one year of every KPI).</summary>
    public decimal? TargetFor(int year)
    {
        foreach (var target in Targets)
        {
            if (target.Year == year)
            {
                return target.Value;
            }
        }
        return null;
    }

    internal PlanKpi Copy()
    {
        var copy = new PlanKpi(Name, Unit, Direction, BaseValue);
        copy.targets.AddRange(Targets.Select(t => new PlanKpiTarget(t.Year, t.Value)));
        return copy;
    }

    internal void TakeOver(PlanKpi built)
    {
        (Name, Unit, Direction, BaseValue) = (built.Name, built.Unit, built.Direction, built.BaseValue);
        targets.RemoveAll(t => built.targets.All(b => b.Year != t.Year));
        foreach (var b in built.targets)
        {
            if (targets.Find(t => t.Year == b.Year) is { } same) { same.Set(b.Value); } else { targets.Add(b); }
        }
    }
}

/// <summary>A KPI's target for a year.</summary>
public sealed class PlanKpiTarget(int year, decimal value)
{
    /// <summary>Identity.</summary>
    public int Id { get; private set; }

    /// <summary>The KPI.</summary>
    public int KpiId { get; private set; }

    /// <summary>The year.</summary>
    public int Year { get; private set; } = year;

    /// <summary>The target.</summary>
    public decimal Value { get; private set; } = value;

    internal void Set(decimal newValue) => Value = newValue;
}

using Tanso.Core.Quantities;
using Tanso.Core.Sectors;

namespace Tanso.Core.Plans;

/// <summary>The three levels of a plan's implementation tasks.</summary>
public enum TaskLevel
{
    /// <summary>분야 — an area, e.g. 건물.</summary>
    Area,

    /// <summary>이행과제 — a task.</summary>
    Task,

    /// <summary>세부사업 — a sub-project with its own budget.</summary>
    SubProject,
}

/// <summary>An implementation task (이행과제) of a plan: area → task → sub-project, with its responsible
/// department, sector, years, yearly budget and expected reduction, and its KPIs.</summary>
public sealed class PlanTask
{
    /// <summary>Creates a task.</summary>
    public PlanTask(TaskLevel level, string code, string name, string department, SectorCode? sector, int startYear, int endYear)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (endYear < startYear || !ReportingYear.IsValid(startYear) || !ReportingYear.IsValid(endYear))
        {
            throw new ArgumentException($"{code}: the years {startYear}–{endYear} are not a span in {ReportingYear.Min}–{ReportingYear.Max}.");
        }
        (Level, Code, Name, Department, Sector, StartYear, EndYear) = (level, code.Trim(), name.Trim(), department.Trim(), sector, startYear, endYear);
    }

    /// <summary>Identity.</summary>
    public int Id { get; private set; }

    /// <summary>The plan.</summary>
    public int PlanId { get; private set; }

    /// <summary>The area or task above, or null for an area.</summary>
    public int? ParentId { get; private set; }

    /// <summary>The area or task above, when loaded or just built.</summary>
    public PlanTask? Parent { get; set; }

    /// <summary>Area, task or sub-project.</summary>
    public TaskLevel Level { get; private set; }

    /// <summary>The plan's own numbering, e.g. 2-1-3.</summary>
    public string Code { get; private set; }

    /// <summary>What is done.</summary>
    public string Name { get; private set; }

    /// <summary>Responsible department or ministry (담당 부서).</summary>
    public string Department { get; private set; }

    /// <summary>The sector it reduces, when one.</summary>
    public SectorCode? Sector { get; private set; }

    /// <summary>First year.</summary>
    public int StartYear { get; private set; }

    /// <summary>Last year.</summary>
    public int EndYear { get; private set; }

    /// <summary>Planned budget and expected reduction per year.</summary>
    public List<PlanTaskYear> Years { get; } = [];

    /// <summary>KPIs.</summary>
    public List<PlanKpi> Kpis { get; } = [];

    /// <summary>KRW per tonne over the years with both a budget and an expected reduction.</summary>
    public decimal? CostPerTonne => TaskFinance.CostPerTonne(Years.Select(y => y.ToTaskYear()));

    internal PlanTask CopyWithoutParent()
    {
        var copy = new PlanTask(Level, Code, Name, Department, Sector, StartYear, EndYear);
        copy.Years.AddRange(Years.Select(y => new PlanTaskYear(y.Year, y.BudgetKrw, y.ExpectedReduction)));
        copy.Kpis.AddRange(Kpis.Select(k => k.Copy()));
        return copy;
    }
}

/// <summary>A task's plan for one year.</summary>
public sealed class PlanTaskYear(int year, decimal? budgetKrw, TonnesCo2e? expectedReduction)
{
    /// <summary>Identity.</summary>
    public int Id { get; private set; }

    /// <summary>The task.</summary>
    public int TaskId { get; private set; }

    /// <summary>The year.</summary>
    public int Year { get; private set; } = year;

    /// <summary>Planned budget (KRW).</summary>
    public decimal? BudgetKrw { get; private set; } = budgetKrw;

    /// <summary>Expected reduction (tCO2eq).</summary>
    public TonnesCo2e? ExpectedReduction { get; private set; } = expectedReduction;

    /// <summary>As the finance arithmetic wants it.</summary>
    public TaskYear ToTaskYear() => new(Year, BudgetKrw, ExpectedReduction);
}

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

    /// <summary>Targets per year.</summary>
    public List<PlanKpiTarget> Targets { get; } = [];

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
        copy.Targets.AddRange(Targets.Select(t => new PlanKpiTarget(t.Year, t.Value)));
        return copy;
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
}

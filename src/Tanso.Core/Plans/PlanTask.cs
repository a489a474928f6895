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

/// <summary>Names of task levels.</summary>
public static class TaskLevels
{
    /// <summary>분야, 이행과제, 세부사업.</summary>
    public static string Korean(this TaskLevel level) => level switch { TaskLevel.Area => "분야", TaskLevel.Task => "이행과제", _ => "세부사업" };

    /// <summary>area, task, sub-project.</summary>
    public static string English(this TaskLevel level) => level switch { TaskLevel.Area => "area", TaskLevel.Task => "task", _ => "sub-project" };
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

    private PlanTask? parent;
    private readonly List<PlanTaskYear> years = [];
    private readonly List<PlanKpi> kpis = [];

    /// <summary>The area or task above, when loaded or just built (set when the task is built; a plan moves it with
    /// <see cref="Plan.ReviseTask"/>).</summary>
    public PlanTask? Parent { get => parent; init => parent = value; }

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
    public IReadOnlyList<PlanTaskYear> Years => years;

    /// <summary>KPIs.</summary>
    public IReadOnlyList<PlanKpi> Kpis => kpis;

    /// <summary>The first year the task no longer counts (retired from then on), or null while it runs.</summary>
    public int? RetiredFromYear { get; private set; }

    /// <summary>Why the task was retired (폐지 사유).</summary>
    public string? RetiredReason { get; private set; }

    /// <summary>The day it was retired.</summary>
    public DateOnly? RetiredOn { get; private set; }

    /// <summary>Whether the task has been retired.</summary>
    public bool IsRetired => RetiredFromYear is not null;

    /// <summary>The years that count towards totals: all of them, or those before the retirement year.</summary>
    public IEnumerable<PlanTaskYear> CountedYears => RetiredFromYear is { } from ? years.Where(y => y.Year < from) : years;

    /// <summary>KRW per tonne over the years with both a budget and an expected reduction.</summary>
    public decimal? CostPerTonne => TaskFinance.CostPerTonne(CountedYears.Select(y => y.ToTaskYear()));

    // Whether a plan holds the task: from then on only the plan changes it, by its rules.
    private bool held;

    private bool Held => held || PlanId != 0;

    /// <summary>Adds a year's budget and expected reduction while the task is being built (before a plan holds it).</summary>
    /// <exception cref="InvalidOperationException">A plan holds the task already: revise it through the plan.</exception>
    public PlanTask WithYear(PlanTaskYear year)
    {
        EnsureFree();
        years.Add(year);
        return this;
    }

    /// <summary>Adds a KPI while the task is being built (before a plan holds it).</summary>
    /// <exception cref="InvalidOperationException">A plan holds the task already: revise it through the plan.</exception>
    public PlanTask WithKpi(PlanKpi kpi)
    {
        EnsureFree();
        kpis.Add(kpi);
        return this;
    }

    private void EnsureFree()
    {
        if (Held)
        {
            throw new InvalidOperationException($"Task {Code} belongs to a plan: change it with Plan.ReviseTask.");
        }
    }

    internal void HeldBy() => held = true;

    internal void MoveUnder(PlanTask? newParent) => parent = newParent;

    /// <summary>Takes over <paramref name="built"/>'s fields, years and KPIs, changing rows in place (same year, same
    /// KPI position) so that unique indexes never see a row twice.</summary>
    internal void TakeOver(PlanTask built)
    {
        (Level, Code, Name, Department, Sector, StartYear, EndYear) = (built.Level, built.Code, built.Name, built.Department, built.Sector, built.StartYear, built.EndYear);
        years.RemoveAll(y => built.years.All(b => b.Year != y.Year));
        foreach (var b in built.years)
        {
            if (years.Find(y => y.Year == b.Year) is { } same) { same.Set(b.BudgetKrw, b.ExpectedReduction); } else { years.Add(b); }
        }
        if (kpis.Count > built.kpis.Count)
        {
            kpis.RemoveRange(built.kpis.Count, kpis.Count - built.kpis.Count);
        }
        for (var i = 0; i < built.kpis.Count; i++)
        {
            if (i < kpis.Count) { kpis[i].TakeOver(built.kpis[i]); } else { kpis.Add(built.kpis[i]); }
        }
    }

    internal void Retire(int fromYear, string reason, DateOnly on) => (RetiredFromYear, RetiredReason, RetiredOn) = (fromYear, reason, on);

    internal PlanTask CopyUnder(PlanTask? copiedParent)
    {
        var copy = new PlanTask(Level, Code, Name, Department, Sector, StartYear, EndYear) { Parent = copiedParent };
        copy.years.AddRange(Years.Select(y => new PlanTaskYear(y.Year, y.BudgetKrw, y.ExpectedReduction)));
        copy.kpis.AddRange(Kpis.Select(k => k.Copy()));
        (copy.RetiredFromYear, copy.RetiredReason, copy.RetiredOn) = (RetiredFromYear, RetiredReason, RetiredOn);
        return copy;
    }
}

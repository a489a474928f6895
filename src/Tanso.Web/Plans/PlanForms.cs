using Microsoft.AspNetCore.Mvc.ModelBinding;
using Tanso.Core.Plans;
using Tanso.Core.Sectors;

namespace Tanso.Web.Plans;

/// <summary>One target as the plan page sets it.</summary>
internal sealed class TargetForm
{
    public int Year { get; set; } = 2030;
    public string? Sector { get; set; }
    public string Kind { get; set; } = "reduction-percent";
    public decimal? Value { get; set; }
}

/// <summary>A task with all its years in one form, as an officer fills a sheet: the task's fields above, then a row per
/// year (budget, expected reduction, each KPI's target) and a column per KPI.</summary>
internal sealed class TaskForm
{
    /// <summary>The task being edited; null for a new one.</summary>
    public int? Id { get; set; }
    public string Level { get; set; } = "area";
    public string Code { get; set; } = "";
    public string? ParentCode { get; set; }
    public string Name { get; set; } = "";
    public string? Department { get; set; }
    public string? Sector { get; set; }
    public int StartYear { get; set; }
    public int EndYear { get; set; }
    public List<TaskYearRow> Years { get; set; } = [];
    public List<KpiColumn> Kpis { get; set; } = [];

    /// <summary>A blank form for <paramref name="plan"/>, or one filled from <paramref name="task"/>: a row for every year
    /// of the plan's period (and any other year the task has), a column for each KPI and one more to add.</summary>
    public static TaskForm For(Plan plan, PlanTask? task)
    {
        var form = task is null
            ? new TaskForm { StartYear = plan.PeriodStart, EndYear = plan.PeriodEnd }
            : new TaskForm
            {
                Id = task.Id, Level = task.Level.English(), Code = task.Code, ParentCode = task.Parent?.Code ?? plan.Tasks.FirstOrDefault(t => t.Id == task.ParentId && task.ParentId != null)?.Code,
                Name = task.Name, Department = task.Department, Sector = task.Sector?.Value, StartYear = task.StartYear, EndYear = task.EndYear,
                Kpis = task.Kpis.Select(k => new KpiColumn { Name = k.Name, Unit = k.Unit, Direction = k.Direction == KpiDirection.Increase ? "increase" : "decrease", BaseValue = Plain(k.BaseValue) }).ToList(),
            };
        form.Kpis.Add(new KpiColumn());
        var years = Enumerable.Range(plan.PeriodStart, plan.PeriodEnd - plan.PeriodStart + 1)
            .Union(task?.Years.Select(y => y.Year) ?? []).Union(task?.Kpis.SelectMany(k => k.Targets.Select(t => t.Year)) ?? []).Order();
        form.Years = years.Select(y => new TaskYearRow
        {
            Year = y,
            BudgetKrw = Plain(task?.Years.FirstOrDefault(x => x.Year == y)?.BudgetKrw),
            ExpectedReduction = Plain(task?.Years.FirstOrDefault(x => x.Year == y)?.ExpectedReduction?.Value),
            KpiTargets = form.Kpis.Select((_, i) => i < (task?.Kpis.Count ?? 0) ? Plain(task!.Kpis[i].TargetFor(y)) : null).ToList(),
        }).ToList();
        return form;
    }

    /// <summary>The number as typed, whatever scale the database returned it with (3000000000.0 → 3000000000).</summary>
    public static decimal? Plain(decimal? d) => d is { } v ? v / 1.000000000000000000000000000000000m : null;

    /// <summary>The request the API takes: blank year rows and blank KPI columns are left out.</summary>
    public TaskInput ToInput(int version)
    {
        var kpis = Kpis.Select((k, i) => (k, i)).Where(x => !x.k.IsBlank || Years.Any(y => y.KpiTarget(x.i) is not null))
            .Select(x => new KpiInput(x.k.Name ?? "", x.k.Unit ?? "", x.k.Direction, x.k.BaseValue ?? 0,
                Years.Where(y => y.KpiTarget(x.i) is not null).ToDictionary(y => y.Year, y => y.KpiTarget(x.i)!.Value)))
            .ToList();
        return new(version, Level, Code, ParentCode, Name, Department, Sector, StartYear, EndYear,
            Years.Where(y => y.BudgetKrw is not null || y.ExpectedReduction is not null).Select(y => new TaskYearInput(y.Year, y.BudgetKrw, y.ExpectedReduction)).ToList(),
            kpis);
    }
}

/// <summary>A year row of the task form.</summary>
internal sealed class TaskYearRow
{
    public int Year { get; set; }
    public decimal? BudgetKrw { get; set; }
    public decimal? ExpectedReduction { get; set; }
    public List<decimal?> KpiTargets { get; set; } = [];

    public decimal? KpiTarget(int kpi) => kpi < KpiTargets.Count ? KpiTargets[kpi] : null;
}

/// <summary>A KPI column of the task form.</summary>
internal sealed class KpiColumn
{
    public string? Name { get; set; }
    public string? Unit { get; set; }
    public string Direction { get; set; } = "increase";
    public decimal? BaseValue { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Unit) && BaseValue is null;
}

/// <summary>Retiring a task from a year on, with a reason.</summary>
internal sealed class RetireForm
{
    public int TaskId { get; set; }
    public int FromYear { get; set; }
    public string? Reason { get; set; }
}

/// <summary>Hand-entered yearly values of one line of the plan — its total, or one sector — one row per year.</summary>
internal sealed class PointsForm
{
    /// <summary>The line: a sector code, or null for the plan's total.</summary>
    public string? Sector { get; set; }

    public List<PointRow> Rows { get; set; } = [];

    /// <summary>The line's rows; an unknown sector is the total.</summary>
    public static PointsForm For(Plan plan, string? sector = null)
    {
        var code = SectorTaxonomy.Find(sector ?? "")?.Code;
        var last = Math.Max(plan.PeriodEnd, plan.NetZeroYear ?? plan.PeriodEnd);
        return new PointsForm
        {
            Sector = code?.Value,
            Rows = Enumerable.Range(plan.BaseYear + 1, Math.Max(0, last - plan.BaseYear))
                .Select(y => new PointRow { Year = y, Value = TaskForm.Plain(plan.ManualPoints.FirstOrDefault(p => p.Sector == code && p.Year == y)?.Value.Value) }).ToList(),
        };
    }

    /// <summary>The request: this line's filled rows, and every other line's points kept as they are.</summary>
    public TrajectoryInput ToInput(int version, Plan plan)
    {
        var code = SectorTaxonomy.Find(Sector ?? "")?.Code;
        return new(version,
            Rows.Where(r => r.Value is not null).Select(r => new TrajectoryPointInput(code?.Value, r.Year, r.Value!.Value))
                .Concat(plan.ManualPoints.Where(p => p.Sector != code).Select(p => new TrajectoryPointInput(p.Sector?.Value, p.Year, p.Value.Value)))
                .ToList());
    }
}

/// <summary>A year of the manual trajectory.</summary>
internal sealed class PointRow
{
    public int Year { get; set; }
    public decimal? Value { get; set; }
}

/// <summary>Errors next to their fields (KRDS form-hint-invalid), by the field's API name.</summary>
internal static class FieldErrors
{
    public static string? For(ModelStateDictionary state, string field) =>
        state.TryGetValue(field, out var entry) && entry is { Errors.Count: > 0 } ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;

    /// <summary>Errors of fields whose name starts with <paramref name="prefix"/> (e.g. every error of year 2026's row).</summary>
    public static string? Under(ModelStateDictionary state, string prefix) =>
        state.Where(e => e.Key.StartsWith(prefix, StringComparison.Ordinal) && e.Value is { Errors.Count: > 0 }).SelectMany(e => e.Value!.Errors).ToList() is { Count: > 0 } found
            ? string.Join(" ", found.Select(x => x.ErrorMessage)) : null;
}

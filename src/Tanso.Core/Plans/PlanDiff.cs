namespace Tanso.Core.Plans;

/// <summary>A target that differs between two revisions (null side: absent there).</summary>
/// <param name="Year">Target year.</param>
/// <param name="Sector">Sector code, or null for the total.</param>
/// <param name="Before">As written in the older revision ("45 %" or "9145400 t").</param>
/// <param name="After">As written in the newer revision.</param>
public sealed record TargetChange(int Year, string? Sector, string? Before, string? After);

/// <summary>A task added, removed or changed between two revisions, with what changed.</summary>
/// <param name="Code">The task's number.</param>
/// <param name="Name">Its name (the newer one when both exist).</param>
/// <param name="Change">added, removed or changed.</param>
/// <param name="Fields">For a changed task: the fields that differ.</param>
public sealed record TaskChange(string Code, string Name, string Change, IReadOnlyList<string> Fields);

/// <summary>What changed between two revisions of a plan: targets and tasks (budgets, reductions and KPIs included).</summary>
public static class PlanDiff
{
    /// <summary>Targets and tasks that differ from <paramref name="older"/> to <paramref name="newer"/>.</summary>
    public static (IReadOnlyList<TargetChange> Targets, IReadOnlyList<TaskChange> Tasks) Compare(Plan older, Plan newer)
    {
        static string Written(PlanTarget t) => t.Kind == TargetKind.Amount ? $"{t.Value:0.####} t" : $"{t.Value:0.####} %";
        var before = older.Targets.ToDictionary(t => (t.Year, t.Sector?.Value));
        var after = newer.Targets.ToDictionary(t => (t.Year, t.Sector?.Value));
        var targets = before.Keys.Union(after.Keys)
            .Select(k => new TargetChange(k.Year, k.Value, before.TryGetValue(k, out var b) ? Written(b) : null, after.TryGetValue(k, out var a) ? Written(a) : null))
            .Where(c => c.Before != c.After).OrderBy(c => c.Year).ThenBy(c => c.Sector, StringComparer.Ordinal).ToList();

        var oldTasks = older.Tasks.ToDictionary(t => t.Code);
        var newTasks = newer.Tasks.ToDictionary(t => t.Code);
        var tasks = new List<TaskChange>();
        foreach (var code in oldTasks.Keys.Union(newTasks.Keys).Order(StringComparer.Ordinal))
        {
            var o = oldTasks.GetValueOrDefault(code);
            var n = newTasks.GetValueOrDefault(code);
            if (o is null) { tasks.Add(new TaskChange(code, n!.Name, "added", [])); continue; }
            if (n is null) { tasks.Add(new TaskChange(code, o.Name, "removed", [])); continue; }
            var fields = new List<string>();
            void Check(string field, object? a, object? b) { if (!Equals(a, b)) { fields.Add(field); } }
            Check("name", o.Name, n.Name);
            Check("department", o.Department, n.Department);
            Check("sector", o.Sector, n.Sector);
            Check("years", (o.StartYear, o.EndYear), (n.StartYear, n.EndYear));
            Check("budget", Fingerprint(o.Years.Select(y => (y.Year, y.BudgetKrw))), Fingerprint(n.Years.Select(y => (y.Year, y.BudgetKrw))));
            Check("expected reduction", Fingerprint(o.Years.Select(y => (y.Year, y.ExpectedReduction?.Value))), Fingerprint(n.Years.Select(y => (y.Year, y.ExpectedReduction?.Value))));
            Check("KPIs", Fingerprint(o.Kpis.Select(KpiText)), Fingerprint(n.Kpis.Select(KpiText)));
            if (fields.Count > 0)
            {
                tasks.Add(new TaskChange(code, n.Name, "changed", fields));
            }
        }
        return (targets, tasks);
    }

    private static string KpiText(PlanKpi k) =>
        $"{k.Name}|{k.Unit}|{k.Direction}|{k.BaseValue:0.####}|{string.Join(",", k.Targets.OrderBy(t => t.Year).Select(t => $"{t.Year}:{t.Value:0.####}"))}";

    private static string Fingerprint<T>(IEnumerable<T> items) => string.Join(";", items.Select(i => i?.ToString()).Order(StringComparer.Ordinal));
}

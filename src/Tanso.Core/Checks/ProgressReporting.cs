using Tanso.Core.Plans;
using Tanso.Core.Quantities;

namespace Tanso.Core.Checks;

/// <summary>One KPI's actual value in a progress report, by the KPI's name.</summary>
public sealed record KpiActualInput(string Kpi, decimal? Actual);

/// <summary>One task's progress report as typed or uploaded: status (Korean or English words), executed budget, narrative,
/// evidence and KPI actuals.</summary>
public sealed record TaskProgressInput(string TaskCode, string Status, decimal? BudgetExecutedKrw = null, string? Narrative = null, string? Evidence = null,
    IReadOnlyList<KpiActualInput>? Kpis = null);

/// <summary>A progress report of several tasks, against the cycle's version.</summary>
public sealed record ProgressInput(int Version, IReadOnlyList<TaskProgressInput> Tasks);

/// <summary>Applies progress reports to a cycle, all or nothing: every problem is collected with where it is
/// (the field, or the sheet, row and column of an upload) before anything changes. The form, the API and the
/// workbook upload all call this one rule.</summary>
public static class ProgressReporting
{
    /// <summary>The status a word names: 정상추진/정상/on-track, 지연/delayed, 완료/done, 중단/dropped.</summary>
    public static bool TryStatus(string? text, out TaskProgressStatus status)
    {
        status = (text ?? "").Trim().ToLowerInvariant() switch
        {
            "정상추진" or "정상" or "on-track" or "ontrack" or "on track" => TaskProgressStatus.OnTrack,
            "지연" or "delayed" => TaskProgressStatus.Delayed,
            "완료" or "done" => TaskProgressStatus.Done,
            "중단" or "dropped" => TaskProgressStatus.Dropped,
            _ => (TaskProgressStatus)(-1),
        };
        return Enum.IsDefined(status);
    }

    /// <summary>Problems with (location, English, Korean); empty when applied.</summary>
    public static List<(string Where, string En, string Ko)> Apply(Plan plan, CheckCycle cycle, IReadOnlyList<(string Where, TaskProgressInput Input)> rows)
    {
        var problems = new List<(string, string, string)>();
        var tasks = plan.Tasks.Where(t => t.Level != TaskLevel.Area).ToDictionary(t => t.Code, StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var valid = new List<(PlanTask Task, TaskProgressStatus Status, TaskProgressInput Input, List<(int, decimal?)> Actuals)>();
        foreach (var (where, input) in rows)
        {
            if (!tasks.TryGetValue(input.TaskCode?.Trim() ?? "", out var task))
            {
                problems.Add(($"{where} task", $"the plan has no task '{input.TaskCode}' (areas are not reported on)", $"계획에 '{input.TaskCode}' 과제가 없습니다(분야는 보고하지 않습니다)"));
                continue;
            }
            if (!seen.Add(task.Code))
            {
                problems.Add(($"{where} task", $"task {task.Code} is reported twice", $"{task.Code} 과제가 두 번 보고되었습니다"));
                continue;
            }
            if (!TryStatus(input.Status, out var status))
            {
                problems.Add(($"{where} status", $"'{input.Status}' is not a status: use 정상추진, 지연, 완료 or 중단 (on-track, delayed, done, dropped)",
                    $"'{input.Status}'은(는) 추진 상황이 아닙니다: 정상추진·지연·완료·중단 중 하나"));
            }
            if (input.BudgetExecutedKrw < 0)
            {
                problems.Add(($"{where} budget_executed_krw", "an executed budget cannot be negative", "집행액은 음수일 수 없습니다"));
            }
            else if (Plausible.Krw("budget_executed_krw", input.BudgetExecutedKrw) is { } budgetRange)
            {
                problems.Add(($"{where} budget_executed_krw", budgetRange.En, budgetRange.Ko));
            }
            foreach (var (column, text, ko) in new[] { ("narrative", input.Narrative, "추진 내용"), ("evidence", input.Evidence, "증빙") })
            {
                if (TextLimits.Exceeds(text, TextLimits.Paragraph))
                {
                    var why = TextLimits.TooLong(text, TextLimits.Paragraph);
                    problems.Add(($"{where} {column}", $"the {column} is too long: {why.En}", $"{ko}이(가) 너무 깁니다: {why.Ko}"));
                }
            }
            var actuals = new List<(int, decimal?)>();
            foreach (var k in input.Kpis ?? [])
            {
                var kpi = task.Kpis.FirstOrDefault(x => string.Equals(x.Name, k.Kpi?.Trim(), StringComparison.OrdinalIgnoreCase));
                if (kpi is null)
                {
                    problems.Add(($"{where} kpi", $"task {task.Code} has no KPI '{k.Kpi}'", $"{task.Code} 과제에 '{k.Kpi}' 성과지표가 없습니다"));
                    continue;
                }
                if (Plausible.Indicator("actual", k.Actual) is { } actualRange)
                {
                    problems.Add(($"{where} kpi {kpi.Name}", actualRange.En, actualRange.Ko));
                    continue;
                }
                actuals.Add((kpi.Id, k.Actual));
            }
            valid.Add((task, status, input, actuals));
        }
        if (problems.Count > 0)
        {
            return problems;
        }
        foreach (var (task, status, input, actuals) in valid)
        {
            var report = cycle.Progress.FirstOrDefault(p => p.TaskId == task.Id);
            if (report is null)
            {
                report = new TaskProgress(task.Id, status);
                cycle.Progress.Add(report);
            }
            var keep = report.Actuals.Where(a => actuals.All(x => x.Item1 != a.KpiId)).Select(a => (a.KpiId, a.Value));
            report.Report(status, input.BudgetExecutedKrw, input.Narrative ?? "", input.Evidence ?? "", actuals.Concat(keep).ToList());
        }
        return problems;
    }
}

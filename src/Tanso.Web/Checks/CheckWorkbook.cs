using System.Globalization;
using MiniExcelLibs;
using Tanso.Core.Checks;
using Tanso.Core.Plans;
using Tanso.Data.Tabular;

namespace Tanso.Web.Checks;

/// <summary>
/// The per-cycle progress template (sheets 이행실적 and 성과지표, prefilled with the plan's tasks, budgets and KPI
/// targets for the year) and its reader. Columns marked "(참고)" are for reading and are ignored on upload.
/// </summary>
internal static class CheckWorkbook
{
    public const string TasksSheet = "이행실적";
    public const string KpisSheet = "성과지표";

    public static byte[] Template(Plan plan, CheckCycle cycle)
    {
        var year = cycle.Year;
        var tasks = plan.Tasks.Where(t => t.Level != TaskLevel.Area && t.StartYear <= year && t.EndYear >= year).OrderBy(t => t.Code, StringComparer.Ordinal).ToList();
        var progress = cycle.Progress.ToDictionary(p => p.TaskId);
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object>
        {
            [TasksSheet] = tasks.Select(t =>
            {
                var p = progress.GetValueOrDefault(t.Id);
                return new Dictionary<string, object?>
                {
                    ["task_code"] = t.Code, ["task_name (참고)"] = t.Name, ["department (참고)"] = t.Department,
                    ["budget_planned_krw (참고)"] = t.Years.FirstOrDefault(y => y.Year == year)?.BudgetKrw,
                    ["status"] = p?.Status.Korean() ?? "", ["budget_executed_krw"] = p?.BudgetExecutedKrw, ["narrative"] = p?.Narrative ?? "", ["evidence"] = p?.Evidence ?? "",
                };
            }).ToList(),
            [KpisSheet] = tasks.SelectMany(t => t.Kpis.Select(k => new Dictionary<string, object?>
            {
                ["task_code"] = t.Code, ["kpi"] = k.Name, ["unit (참고)"] = k.Unit, ["direction (참고)"] = k.Direction == KpiDirection.Increase ? "상향" : "하향",
                ["base (참고)"] = k.BaseValue, [$"target_{year} (참고)"] = k.Targets.FirstOrDefault(x => x.Year == year)?.Value,
                ["actual"] = progress.GetValueOrDefault(t.Id)?.ActualOf(k.Id),
            })).ToList(),
        });
        return stream.ToArray();
    }

    /// <summary>The rows of an uploaded template, each with where it is, or the problems that stop reading. The workbook is
    /// read within <see cref="UploadLimits.Workbook"/>; a file beyond a limit throws <see cref="UploadLimitExceededException"/> (413).</summary>
    public static (List<(string Where, TaskProgressInput Input)> Rows, List<(string Where, string En, string Ko)> Problems) Read(string fileName, byte[] content,
        CancellationToken ct = default)
    {
        var problems = new List<(string, string, string)>();
        List<(int Row, IReadOnlyDictionary<string, string> Cells)> tasks = [], kpis = [];
        try
        {
            var book = TabularWorkbook.Open(fileName, content, UploadLimits.Workbook, ct);
            if (!book.SheetNames.Contains(TasksSheet))
            {
                problems.Add(($"{fileName}", $"the workbook has no sheet '{TasksSheet}'", $"'{TasksSheet}' 시트가 없습니다"));
                return ([], problems);
            }
            tasks = Sheet(book, TasksSheet, ct);
            kpis = book.SheetNames.Contains(KpisSheet) ? Sheet(book, KpisSheet, ct) : [];
        }
        catch (InvalidDataException e)
        {
            problems.Add((fileName, $"not a readable .xlsx workbook ({e.Message})", $".xlsx 통합 문서로 읽을 수 없습니다 ({e.Message})"));
            return ([], problems);
        }
        decimal? Number(string sheet, int row, IReadOnlyDictionary<string, string> r, string column)
        {
            var t = Text(r, column).Replace(",", "", StringComparison.Ordinal);
            if (t.Length == 0)
            {
                return null;
            }
            if (decimal.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            {
                return d;
            }
            problems.Add(($"{fileName}, sheet '{sheet}', row {row}, column {column}", $"'{Text(r, column)}' is not a number", $"'{Text(r, column)}'은(는) 숫자가 아닙니다"));
            return null;
        }
        var actuals = kpis.GroupBy(k => Text(k.Cells, "task_code"), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key,
            g => g.Select(k => new KpiActualInput(Text(k.Cells, "kpi"), Number(KpisSheet, k.Row, k.Cells, "actual"))).ToList(), StringComparer.OrdinalIgnoreCase);
        // A row left as the template had it (no status, budget, narrative, evidence or KPI actual) reports nothing: the
        // task keeps what it had, so that each department can fill in and upload its own rows.
        bool Touched(IReadOnlyDictionary<string, string> cells) =>
            ReportedColumns.Any(c => Text(cells, c).Length > 0)
            || kpis.Any(k => string.Equals(Text(k.Cells, "task_code"), Text(cells, "task_code"), StringComparison.OrdinalIgnoreCase) && Text(k.Cells, "actual").Length > 0);
        var touched = tasks.Where(t => Touched(t.Cells)).ToList();
        if (touched.Count == 0 && problems.Count == 0)
        {
            problems.Add(($"{fileName}, sheet '{TasksSheet}'", "no task row is filled in: give at least one task a status",
                "채워진 과제 행이 없습니다: 하나 이상의 과제에 추진 상황을 적으십시오"));
        }
        var rows = touched.Select(t => ($"{fileName}, sheet '{TasksSheet}', row {t.Row}, column",
            new TaskProgressInput(Text(t.Cells, "task_code"), Text(t.Cells, "status"), Number(TasksSheet, t.Row, t.Cells, "budget_executed_krw"),
                Text(t.Cells, "narrative"), Text(t.Cells, "evidence"), actuals.GetValueOrDefault(Text(t.Cells, "task_code")) ?? []))).ToList();
        foreach (var orphan in actuals.Keys.Where(k => tasks.All(t => !string.Equals(Text(t.Cells, "task_code"), k, StringComparison.OrdinalIgnoreCase))))
        {
            problems.Add(($"{fileName}, sheet '{KpisSheet}', column task_code", $"KPI rows name task '{orphan}', which has no row in '{TasksSheet}'",
                $"성과지표 행의 과제 '{orphan}'이(가) '{TasksSheet}' 시트에 없습니다"));
        }
        return (rows, problems);
    }

    private static List<(int Row, IReadOnlyDictionary<string, string> Cells)> Sheet(TabularWorkbook book, string sheet, CancellationToken ct) =>
        book.Records(sheet, ct).Where(r => r.Cells.Values.Any(v => v.Length > 0)).ToList();

    private static readonly string[] ReportedColumns = ["status", "budget_executed_krw", "narrative", "evidence"];

    private static string Text(IReadOnlyDictionary<string, string> r, string c) => r.GetValueOrDefault(c) ?? "";
}

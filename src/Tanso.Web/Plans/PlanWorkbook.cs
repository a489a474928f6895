using System.Globalization;
using MiniExcelLibs;
using Tanso.Core.Plans;
using Tanso.Core.Sectors;
using Tanso.Data.Inventory;
using Tanso.Data.Tabular;

namespace Tanso.Web.Plans;

/// <summary>
/// A plan as a workbook: sheets 계획 (header), 목표 (targets), 이행과제 (tasks), 예산·감축 (yearly budget and expected
/// reduction) and 성과지표 (KPI targets). The last three are also the import template: a file of tasks imports
/// all or nothing, with every problem named by sheet, row and column.
/// </summary>
internal static class PlanWorkbook
{
    public const string TasksSheet = "이행과제";
    public const string YearsSheet = "예산·감축";
    public const string KpisSheet = "성과지표";
    private static readonly string[] TaskColumns = ["level", "code", "parent_code", "name", "department", "sector", "start_year", "end_year"];
    private static readonly string[] YearColumns = ["code", "year", "budget_krw", "expected_reduction_tco2eq"];
    private static readonly string[] KpiColumns = ["code", "kpi", "unit", "direction", "base_value", "year", "target"];

    public static byte[] Export(Plan plan, string governmentName, IReadOnlyDictionary<SectorCode, Tanso.Core.Quantities.TonnesCo2e> sectorBases)
    {
        var sheets = new Dictionary<string, object>
        {
            ["계획"] = new List<Dictionary<string, object?>>
            {
                Row(("항목", "정부"), ("값", governmentName)), Row(("항목", "계획"), ("값", plan.Title)), Row(("항목", "차수"), ("값", plan.Revision)),
                Row(("항목", "상태"), ("값", plan.Status.Korean())), Row(("항목", "기간"), ("값", $"{plan.PeriodStart}–{plan.PeriodEnd}")),
                Row(("항목", "기준연도"), ("값", plan.BaseYear)), Row(("항목", "기준 배출량(tCO2eq)"), ("값", plan.BaseEmissions.Value)),
                Row(("항목", "기준 출처"), ("값", plan.BaseSource)), Row(("항목", "범위"), ("값", plan.ScopeNote)), Row(("항목", "탄소중립 연도"), ("값", plan.NetZeroYear)),
                Row(("항목", "비고"), ("값", plan.IsSample ? "예시 데이터 (sample data)" : "")),
            },
            ["목표"] = plan.Targets.OrderBy(t => t.Year).Select(t => Row(("year", t.Year), ("sector", t.Sector?.Value ?? ""), ("kind", t.Kind.Name()), ("value", t.Value),
                ("resolved_tco2eq", t.Resolve(plan, sectorBases)?.Value))).ToList(),
            [TasksSheet] = Rows(TaskColumns, plan.Tasks.OrderBy(t => t.Code, StringComparer.Ordinal).Select(t => new object?[]
            {
                t.Level.Name(), t.Code, plan.Tasks.FirstOrDefault(p => p.Id == t.ParentId && t.ParentId != null)?.Code ?? t.Parent?.Code ?? "", t.Name, t.Department,
                t.Sector?.Value ?? "", t.StartYear, t.EndYear,
            })),
            [YearsSheet] = Rows(YearColumns, plan.Tasks.OrderBy(t => t.Code, StringComparer.Ordinal)
                .SelectMany(t => t.Years.OrderBy(y => y.Year).Select(y => new object?[] { t.Code, y.Year, y.BudgetKrw, y.ExpectedReduction?.Value }))),
            [KpisSheet] = Rows(KpiColumns, plan.Tasks.OrderBy(t => t.Code, StringComparer.Ordinal)
                .SelectMany(t => t.Kpis.SelectMany(k => (k.Targets.Count == 0 ? [null] : k.Targets.OrderBy(x => x.Year).Cast<PlanKpiTarget?>())
                    .Select(x => new object?[] { t.Code, k.Name, k.Unit, k.Direction.Name(), k.BaseValue, x?.Year, x?.Value })))),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    /// <summary>An empty template: the three task sheets with one example row each.</summary>
    public static byte[] Template()
    {
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object>
        {
            [TasksSheet] = Rows(TaskColumns, [["area", "1", "", "수송", "교통국", "transport", 2024, 2033], ["task", "1-1", "1", "전기차 보급 확대", "교통국", "transport", 2024, 2030]]),
            [YearsSheet] = Rows(YearColumns, [["1-1", 2024, 1_000_000_000m, 2_500m]]),
            [KpisSheet] = Rows(KpiColumns, [["1-1", "전기차 보급 대수", "대", "increase", 10_000m, 2030, 100_000m]]),
        });
        return stream.ToArray();
    }

    /// <summary>Reads the task sheets into task inputs (version 0), or the problems found. The workbook is read within
    /// <see cref="UploadLimits.Workbook"/>; a file beyond a limit throws <see cref="UploadLimitExceededException"/> (413).</summary>
    public static (List<TaskInput> Tasks, List<ImportProblem> Problems) Read(string fileName, byte[] content, CancellationToken ct = default)
    {
        var problems = new List<ImportProblem>();
        void Problem(string sheet, int row, string column, string en, string ko) => problems.Add(new ImportProblem($"{fileName}, sheet '{sheet}'", row, column, en, ko));
        Dictionary<string, List<(int Row, IReadOnlyDictionary<string, string> Cells)>> sheets = [];
        try
        {
            var book = TabularWorkbook.Open(fileName, content, UploadLimits.Workbook, ct);
            foreach (var sheet in new[] { TasksSheet, YearsSheet, KpisSheet })
            {
                if (!book.SheetNames.Contains(sheet))
                {
                    if (sheet == TasksSheet) { Problem(sheet, 0, "-", $"the workbook has no sheet '{sheet}'", $"'{sheet}' 시트가 없습니다"); }
                    sheets[sheet] = [];
                    continue;
                }
                sheets[sheet] = book.Records(sheet, ct).Where(r => r.Cells.Values.Any(v => v.Length > 0)).ToList();
            }
        }
        catch (InvalidDataException e)
        {
            Problem("-", 0, "-", $"not a readable .xlsx workbook ({e.Message})", $".xlsx 통합 문서로 읽을 수 없습니다 ({e.Message})");
            return ([], problems);
        }
        if (problems.Count > 0)
        {
            return ([], problems);
        }

        static string Text(IReadOnlyDictionary<string, string> r, string c) => r.GetValueOrDefault(c) ?? "";
        int? Int(string sheet, int row, IReadOnlyDictionary<string, string> r, string c, bool required)
        {
            var t = Text(r, c);
            if (t.Length == 0) { if (required) { Problem(sheet, row, c, $"{c} is empty", $"{c} 값이 비어 있습니다"); } return null; }
            if (decimal.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue) { return (int)d; }
            Problem(sheet, row, c, $"'{t}' is not a whole number", $"'{t}'은(는) 정수가 아닙니다");
            return null;
        }
        decimal? Dec(string sheet, int row, IReadOnlyDictionary<string, string> r, string c)
        {
            var t = Text(r, c).Replace(",", "", StringComparison.Ordinal);
            if (t.Length == 0) { return null; }
            if (decimal.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) { return d; }
            Problem(sheet, row, c, $"'{Text(r, c)}' is not a number", $"'{Text(r, c)}'은(는) 숫자가 아닙니다");
            return null;
        }

        var years = sheets[YearsSheet].GroupBy(x => Text(x.Cells, "code")).ToDictionary(g => g.Key, g => g.ToList());
        var kpis = sheets[KpisSheet].GroupBy(x => Text(x.Cells, "code")).ToDictionary(g => g.Key, g => g.ToList());
        var tasks = new List<TaskInput>();
        foreach (var (row, r) in sheets[TasksSheet])
        {
            var code = Text(r, "code");
            var level = Text(r, "level") switch { "분야" => "area", "이행과제" or "과제" => "task", "세부사업" => "sub-project", var l => l };
            var sector = Text(r, "sector");
            if (sector.Length > 0 && !SectorCode.TryParse(sector, out _)) { Problem(TasksSheet, row, "sector", $"unknown sector '{sector}'", $"알 수 없는 부문 '{sector}'"); }
            foreach (var p in PlanTexts.Task(code, Text(r, "name"), Text(r, "department"))) { Problem(TasksSheet, row, p.Field, p.En, p.Ko); }
            var start = Int(TasksSheet, row, r, "start_year", true);
            var end = Int(TasksSheet, row, r, "end_year", true);
            var taskYears = (years.GetValueOrDefault(code) ?? []).Select(y => new TaskYearInput(Int(YearsSheet, y.Row, y.Cells, "year", true) ?? 0,
                Dec(YearsSheet, y.Row, y.Cells, "budget_krw"), Dec(YearsSheet, y.Row, y.Cells, "expected_reduction_tco2eq"))).ToList();
            var taskKpis = (kpis.GetValueOrDefault(code) ?? []).GroupBy(k => Text(k.Cells, "kpi")).Select(g =>
            {
                var first = g.First();
                foreach (var p in PlanTexts.Kpi(g.Key, Text(first.Cells, "unit"))) { Problem(KpisSheet, first.Row, p.Field == "name" ? "kpi" : p.Field, p.En, p.Ko); }
                var direction = Text(first.Cells, "direction") switch { "상향" => "increase", "하향" => "decrease", var d => d };
                var targets = g.Where(k => Text(k.Cells, "year").Length > 0)
                    .ToDictionary(k => Int(KpisSheet, k.Row, k.Cells, "year", true) ?? 0, k => Dec(KpisSheet, k.Row, k.Cells, "target") ?? 0);
                return new KpiInput(g.Key, Text(first.Cells, "unit"), direction, Dec(KpisSheet, first.Row, first.Cells, "base_value") ?? 0, targets);
            }).ToList();
            tasks.Add(new TaskInput(0, level, code, Text(r, "parent_code"), Text(r, "name"), Text(r, "department"), sector.Length > 0 ? sector : null,
                start ?? 0, end ?? 0, taskYears, taskKpis));
        }
        var known = tasks.Select(t => t.Code).ToHashSet();
        foreach (var orphan in years.Keys.Concat(kpis.Keys).Where(c => !known.Contains(c)).Distinct())
        {
            Problem(years.ContainsKey(orphan) ? YearsSheet : KpisSheet, (years.GetValueOrDefault(orphan) ?? kpis[orphan])[0].Row, "code",
                $"task {orphan} is not in the sheet '{TasksSheet}'", $"{orphan} 과제가 '{TasksSheet}' 시트에 없습니다");
        }
        if (tasks.Count == 0 && problems.Count == 0)
        {
            Problem(TasksSheet, 2, "-", "the sheet has no tasks", "과제가 없습니다");
        }
        return (tasks, problems);
    }

    private static Dictionary<string, object?> Row(params (string Key, object? Value)[] cells) => cells.ToDictionary(c => c.Key, c => c.Value);

    private static List<Dictionary<string, object?>> Rows(string[] columns, IEnumerable<object?[]> rows)
    {
        var list = rows.Select(r => columns.Select((c, i) => (c, r[i])).ToDictionary(x => x.c, x => x.Item2)).ToList();
        return list.Count > 0 ? list : [columns.ToDictionary(c => c, _ => (object?)null)];
    }
}

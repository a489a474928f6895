using Tanso.Core.Community;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;

namespace Tanso.Core.Plans;

/// <summary>A task as an officer writes it, all years at once: what the API, the task form and the task workbook hand
/// to <see cref="Plan.AddTask(TaskDraft)"/> and <see cref="Plan.ReviseTask"/>. Nothing is checked yet.</summary>
/// <param name="Level">Area, task or sub-project.</param>
/// <param name="Code">The plan's numbering, e.g. 2-1-3.</param>
/// <param name="ParentCode">The area (for a task) or task (for a sub-project) above.</param>
/// <param name="Name">What is done.</param>
/// <param name="Department">Responsible department.</param>
/// <param name="Sector">The sector it reduces, when one.</param>
/// <param name="StartYear">First year.</param>
/// <param name="EndYear">Last year.</param>
/// <param name="Years">Budget and expected reduction per year.</param>
/// <param name="Kpis">KPIs with their targets per year.</param>
public sealed record TaskDraft(TaskLevel Level, string? Code, string? ParentCode, string? Name, string? Department, SectorCode? Sector,
    int StartYear, int EndYear, IReadOnlyList<TaskYearDraft> Years, IReadOnlyList<KpiDraft> Kpis);

/// <summary>One year of a <see cref="TaskDraft"/>.</summary>
/// <param name="Year">The year.</param>
/// <param name="BudgetKrw">Planned budget (KRW), or null.</param>
/// <param name="ExpectedReductionTCo2eq">Expected reduction (tCO2eq), or null.</param>
public sealed record TaskYearDraft(int Year, decimal? BudgetKrw, decimal? ExpectedReductionTCo2eq);

/// <summary>A KPI of a <see cref="TaskDraft"/>.</summary>
/// <param name="Name">e.g. 전기차 보급 대수.</param>
/// <param name="Unit">e.g. 대.</param>
/// <param name="Direction">Which way is good.</param>
/// <param name="BaseValue">Base value.</param>
/// <param name="Targets">Target per year.</param>
public sealed record KpiDraft(string? Name, string? Unit, KpiDirection Direction, decimal BaseValue, IReadOnlyDictionary<int, decimal> Targets);

/// <summary>The rules a task must keep within its plan, one place for every way in. Field names are the API's
/// (<c>code</c>, <c>years[2026].budgetKrw</c>, <c>kpis[0].targets[2030]</c>); messages are in Korean and English.</summary>
internal static class TaskRules
{
    /// <summary>The task <paramref name="draft"/> describes, or the problems; <paramref name="replacing"/> is the task being revised.</summary>
    public static (PlanTask? Task, IReadOnlyList<Problem> Problems) Build(Plan plan, TaskDraft draft, PlanTask? replacing)
    {
        var problems = new List<Problem>();
        void Add(string field, string ko, string en) => problems.Add(new Problem(field, ko, en));
        var code = draft.Code?.Trim() ?? "";
        foreach (var p in PlanTexts.Task(draft.Code, draft.Name, draft.Department))
        {
            Add(p.Field, p.Ko, p.En);
        }
        if (code.Length == 0) { Add("code", "과제 번호를 입력하십시오.", "Enter the task number."); }
        if (string.IsNullOrWhiteSpace(draft.Name)) { Add("name", "과제 이름을 입력하십시오.", "Enter the task name."); }
        if (code.Length > 0 && plan.Tasks.Any(t => t.Code == code && !ReferenceEquals(t, replacing)))
        {
            Add("code", $"이 계획에 과제 번호 {code}이(가) 이미 있습니다.", $"The plan already has a task {code}.");
        }
        PlanTask? parent = null;
        if (draft.Level != TaskLevel.Area)
        {
            var wanted = draft.Level == TaskLevel.Task ? TaskLevel.Area : TaskLevel.Task;
            parent = plan.Tasks.FirstOrDefault(t => t.Code == draft.ParentCode?.Trim() && !ReferenceEquals(t, replacing));
            if (parent is null || parent.Level != wanted)
            {
                Add("parentCode", $"{draft.Level.Korean()}은(는) 이미 있는 {wanted.Korean()}에 속합니다: 상위 번호를 쓰십시오.",
                    $"A {draft.Level.English()} belongs to an existing {wanted.English()}: give its code.");
            }
        }
        if (replacing is not null && plan.Tasks.Any(t => ReferenceEquals(t.Parent, replacing)) && draft.Level != replacing.Level)
        {
            Add("level", "하위 과제가 있는 과제의 단계는 바꿀 수 없습니다.", "A task with tasks under it keeps its level.");
        }
        if (!ReportingYear.IsValid(draft.StartYear)) { Add("startYear", $"시작 연도 {draft.StartYear}은(는) {ReportingYear.Min}–{ReportingYear.Max} 범위를 벗어납니다.", $"The start year {draft.StartYear} is outside {ReportingYear.Min}–{ReportingYear.Max}."); }
        if (!ReportingYear.IsValid(draft.EndYear)) { Add("endYear", $"종료 연도 {draft.EndYear}은(는) {ReportingYear.Min}–{ReportingYear.Max} 범위를 벗어납니다.", $"The end year {draft.EndYear} is outside {ReportingYear.Min}–{ReportingYear.Max}."); }
        else if (draft.EndYear < draft.StartYear) { Add("endYear", "종료 연도가 시작 연도보다 앞섭니다.", "The end year comes before the start year."); }
        CheckYears(draft, Add);
        CheckKpis(draft, Add);
        if (problems.Count > 0)
        {
            return (null, problems);
        }
        var task = new PlanTask(draft.Level, code, draft.Name!, draft.Department ?? "", draft.Sector, draft.StartYear, draft.EndYear) { Parent = parent };
        foreach (var y in draft.Years.Where(y => y.BudgetKrw is not null || y.ExpectedReductionTCo2eq is not null).OrderBy(y => y.Year))
        {
            task.WithYear(new PlanTaskYear(y.Year, y.BudgetKrw, y.ExpectedReductionTCo2eq is { } r ? new TonnesCo2e(r) : null));
        }
        foreach (var k in draft.Kpis)
        {
            var kpi = new PlanKpi(k.Name!.Trim(), k.Unit!.Trim(), k.Direction, k.BaseValue);
            foreach (var (year, value) in k.Targets.OrderBy(t => t.Key)) { kpi.WithTarget(year, value); }
            task.WithKpi(kpi);
        }
        return (task, []);
    }

    private static void CheckYears(TaskDraft draft, Action<string, string, string> add)
    {
        foreach (var dup in draft.Years.GroupBy(y => y.Year).Where(g => g.Count() > 1))
        {
            add("years", $"{dup.Key}년이 두 번 나옵니다.", $"{dup.Key} appears twice.");
        }
        foreach (var y in draft.Years.Where(y => y.BudgetKrw is not null || y.ExpectedReductionTCo2eq is not null))
        {
            var field = $"years[{y.Year}]";
            if (y.Year < draft.StartYear || y.Year > draft.EndYear)
            {
                add(field, $"{y.Year}년은 과제 기간 {draft.StartYear}–{draft.EndYear} 밖입니다: 값을 지우거나 기간을 넓히십시오.",
                    $"{y.Year} is outside the task's years {draft.StartYear}–{draft.EndYear}: clear it or widen the years.");
            }
            if (y.BudgetKrw < 0) { add($"{field}.budgetKrw", $"{y.Year}년 예산은 음수일 수 없습니다.", $"{y.Year}: the budget cannot be negative."); }
            else if (Plausible.Krw($"{field}.budgetKrw", y.BudgetKrw) is { } r) { add(r.Field, r.Ko, r.En); }
            if (y.ExpectedReductionTCo2eq < 0) { add($"{field}.expectedReductionTCo2eq", $"{y.Year}년 예상 감축량은 음수일 수 없습니다.", $"{y.Year}: the expected reduction cannot be negative."); }
            else if (Plausible.Tonnes($"{field}.expectedReductionTCo2eq", y.ExpectedReductionTCo2eq) is { } r) { add(r.Field, r.Ko, r.En); }
        }
    }

    private static void CheckKpis(TaskDraft draft, Action<string, string, string> add)
    {
        for (var i = 0; i < draft.Kpis.Count; i++)
        {
            var k = draft.Kpis[i];
            var field = $"kpis[{i}]";
            if (string.IsNullOrWhiteSpace(k.Name)) { add($"{field}.name", "성과지표 이름을 입력하십시오.", "Enter the KPI's name."); }
            if (string.IsNullOrWhiteSpace(k.Unit)) { add($"{field}.unit", "성과지표 단위를 입력하십시오.", "Enter the KPI's unit."); }
            foreach (var p in PlanTexts.Kpi(k.Name, k.Unit)) { add($"{field}.{p.Field}", p.Ko, p.En); }
            var ranges = k.Targets.Select(t => Plausible.Year($"{field}.targets", t.Key) ?? Plausible.Indicator($"{field}.targets[{t.Key}]", t.Value))
                .Prepend(Plausible.Indicator($"{field}.baseValue", k.BaseValue)).OfType<Problem>().ToList();
            ranges.ForEach(r => add(r.Field, r.Ko, r.En));
            var wrong = k.Targets.Where(t => k.Direction == KpiDirection.Increase ? t.Value < k.BaseValue : t.Value > k.BaseValue).Select(t => t.Key).Order().ToList();
            if (ranges.Count == 0 && wrong.Count > 0)
            {
                var years = string.Join(", ", wrong);
                add(field, k.Direction == KpiDirection.Increase
                        ? $"{years}년 목표가 기준값 {k.BaseValue}보다 낮습니다: 상향 지표의 목표는 기준값 이상이어야 합니다."
                        : $"{years}년 목표가 기준값 {k.BaseValue}보다 높습니다: 하향 지표의 목표는 기준값 이하여야 합니다.",
                    $"targets of {years} go the wrong way for a KPI that should {(k.Direction == KpiDirection.Increase ? "rise" : "fall")} from {k.BaseValue}");
            }
        }
    }
}

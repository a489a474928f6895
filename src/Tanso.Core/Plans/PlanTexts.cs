namespace Tanso.Core.Plans;

/// <summary>
/// The longest texts a plan keeps (the database columns are this long). Every way in — the API, the plan page and the
/// task workbook — checks them before a plan, task or KPI is built, so that a long text is refused by field.
/// </summary>
public static class PlanTexts
{
    /// <summary>The header: title, base source and scope note.</summary>
    public static IEnumerable<Problem> Header(string? title, string? baseSource, string? scopeNote) => Found(
        TextLimits.Check("title", title, TextLimits.Title, "계획 이름", "Title"),
        TextLimits.Check("baseSource", baseSource, TextLimits.Source, "기준 배출량 출처", "Base source"),
        TextLimits.Check("scopeNote", scopeNote, TextLimits.Note, "범위", "Scope note"));

    /// <summary>A task: code, name and department.</summary>
    public static IEnumerable<Problem> Task(string? code, string? name, string? department) => Found(
        TextLimits.Check("code", code, TextLimits.Code, "과제 번호", "Code"),
        TextLimits.Check("name", name, TextLimits.Line, "과제명", "Name"),
        TextLimits.Check("department", department, TextLimits.Name, "담당 부서", "Department"));

    /// <summary>A KPI: name and unit.</summary>
    public static IEnumerable<Problem> Kpi(string? name, string? unit) => Found(
        TextLimits.Check("name", name, TextLimits.Title, "성과지표", "KPI"),
        TextLimits.Check("unit", unit, TextLimits.Code, "단위", "Unit"));

    private static IEnumerable<Problem> Found(params Problem?[] problems) => problems.OfType<Problem>();
}

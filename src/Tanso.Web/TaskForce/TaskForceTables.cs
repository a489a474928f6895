using Tanso.Core.Checks;
using Tanso.Web.Reports;

namespace Tanso.Web.TaskForce;

internal sealed record TaskChangeDto(string Code, string Name, string Ministry, string Status, string? LastMonthStatus, string Change, DateOnly? DueOn, bool Overdue);

internal sealed record MinistryDto(string Ministry, IReadOnlyDictionary<string, int> Counts, int Improved, int Worsened, int Unchanged, int New,
    IReadOnlyList<TaskChangeDto> Tasks, IReadOnlyList<string> Overdue, IReadOnlyList<string> Missing);

internal sealed record TaskForceDto(int Year, int Month, int? PlanId, bool IsSample, int CycleId, int? PreviousCycleId, DateOnly ReviewedOn, IReadOnlyList<MinistryDto> Ministries);

/// <summary>The task-force month as tables (page and workbook) and as the API's answer.</summary>
internal static class TaskForceTables
{
    public static TaskForceDto ToDto(this TaskForceMonth m) => new(m.Year, m.Month, m.Plan?.Id, m.IsSample, m.Cycle!.Id, m.Previous?.Id, m.ReviewedOn,
        m.Ministries.Select(x => new MinistryDto(x.Ministry, x.Counts.ToDictionary(c => c.Key.English(), c => c.Value),
            x.CountOf(StatusChange.Improved), x.CountOf(StatusChange.Worsened), x.CountOf(StatusChange.Unchanged), x.CountOf(StatusChange.New),
            x.Changes.Select(c => new TaskChangeDto(c.Current.TaskCode, c.Current.TaskName, x.Ministry, c.Current.Status.English(), c.Previous?.English(), c.Change.ToString(),
                c.Current.DueOn, x.Overdue.Contains(c.Current))).ToList(),
            x.Overdue.Select(o => o.TaskCode).ToList(), x.Missing.Select(o => o.TaskCode).ToList())).ToList());

    public static IReadOnlyList<ReportTable> Tables(this TaskForceMonth m) => [ByMinistry(m), Changes(m), Overdue(m), Missing(m)];

    public static Loc Change(StatusChange change) => change switch
    {
        StatusChange.Improved => new("호전", "improved"),
        StatusChange.Worsened => new("악화", "worsened"),
        StatusChange.New => new("신규", "new"),
        _ => new("변동 없음", "unchanged"),
    };

    private static Loc Status(TaskProgressStatus s) => new(s.Korean(), s.English());

    public static ReportTable ByMinistry(TaskForceMonth m) => new("부처별 현황", new($"{m.Year}년 {m.Month}월 부처별 추진 현황", $"By ministry, {m.Year}-{m.Month:D2}"),
    [
        new("부처", "Ministry"), .. Enum.GetValues<TaskProgressStatus>().Select(s => new ReportColumn(s.Korean(), s.English(), CellFormat.Integer)),
        new("호전", "Improved", CellFormat.Integer), new("악화", "Worsened", CellFormat.Integer), new("변동 없음", "Unchanged", CellFormat.Integer),
        new("신규", "New", CellFormat.Integer), new("기한 경과", "Overdue", CellFormat.Integer), new("이번 달 누락", "Missing this month", CellFormat.Integer),
    ],
    m.Ministries.Select(x => (object?[])[
        x.Ministry, .. Enum.GetValues<TaskProgressStatus>().Select(s => (object?)x.Counts[s]),
        x.CountOf(StatusChange.Improved), x.CountOf(StatusChange.Worsened), x.CountOf(StatusChange.Unchanged), x.CountOf(StatusChange.New), x.Overdue.Count, x.Missing.Count,
    ]).ToList());

    public static ReportTable Changes(TaskForceMonth m) => new("과제별 변동", new("과제별 추진 상황: 지난달 대비", "Tasks: this month against last month"),
        [new("부처", "Ministry"), new("과제 번호", "Task"), new("과제명", "Name"), new("지난달", "Last month"), new("이번 달", "This month"), new("변동", "Change"),
         new("완료 기한", "Due", CellFormat.Date), new("기한 경과 여부", "Overdue?")],
        m.Ministries.SelectMany(x => x.Changes.Select(c => new object?[]
        {
            x.Ministry, c.Current.TaskCode, c.Current.TaskName, c.Previous is { } p ? Status(p) : new Loc("없음", "none"), Status(c.Current.Status), Change(c.Change),
            c.Current.DueOn, x.Overdue.Contains(c.Current) ? new Loc("기한 경과", "overdue") : null,
        })).ToList());

    public static ReportTable Overdue(TaskForceMonth m) => new("기한 경과", new($"기한이 지난 미완료 과제 ({m.ReviewedOn:yyyy-MM-dd} 기준)", $"Overdue, not done (as of {m.ReviewedOn:yyyy-MM-dd})"),
        [new("부처", "Ministry"), new("과제 번호", "Task"), new("과제명", "Name"), new("이번 달", "This month"), new("완료 기한", "Due", CellFormat.Date)],
        m.Ministries.SelectMany(x => x.Overdue.Select(o => new object?[] { x.Ministry, o.TaskCode, o.TaskName, Status(o.Status), o.DueOn })).ToList());

    public static ReportTable Missing(TaskForceMonth m) => new("누락 과제", new("지난달에 보고했으나 이번 달에 보고하지 않은 과제", "Reported last month, missing this month"),
        [new("부처", "Ministry"), new("과제 번호", "Task"), new("과제명", "Name"), new("지난달", "Last month")],
        m.Ministries.SelectMany(x => x.Missing.Select(o => new object?[] { x.Ministry, o.TaskCode, o.TaskName, Status(o.Status) })).ToList());
}

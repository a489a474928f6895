using Tanso.Core.Checks;
using Tanso.Core.Governments;
using Tanso.Core.Plans;

namespace Tanso.Web.Reports;

/// <summary>The query of the consolidated report: a year and a level, <c>province</c> (시·도) or <c>municipality</c> (시·군·구).</summary>
internal static class ConsolidatedQuery
{
    public static (int? Year, GovernmentLevel? Level) Parse(int? year, string? level) =>
        (year is >= 1990 and <= 2100 ? year : null, level switch { "province" => GovernmentLevel.Province, "municipality" => GovernmentLevel.Municipality, _ => null });

    public static Dictionary<string, string[]> Problems(int? year, string? level)
    {
        var (y, l) = Parse(year, level);
        var problems = new Dictionary<string, string[]>();
        if (y is null)
        {
            problems["year"] = [$"Give the checked year (1990–2100){(year is null ? "" : $", not {year}")}."];
        }
        if (l is null)
        {
            problems["level"] = [$"Give the level: 'province' (시·도) or 'municipality' (시·군·구){(level is null ? "" : $", not '{level}'")}."];
        }
        return problems;
    }

    public static string Name(GovernmentLevel level) => level == GovernmentLevel.Municipality ? "municipality" : "province";

    public static Loc Label(GovernmentLevel level) => level == GovernmentLevel.Municipality ? new("시·군·구", "municipalities") : new("시·도", "provinces");
}

internal sealed record ConsolidatedRowDto(int GovernmentId, string Name, string NameEn, int? PlanId, string? PlanStatus, bool HasPlanInForce, int? CycleId, string? Stage,
    DateOnly? ReportDueOn, DateOnly? ReportSubmittedOn, bool Late, int? DaysLate, decimal? QuantitativeScore, decimal? OverallScore, string? Grade, int? LaggingTasks,
    decimal? TotalActualTCo2eq, decimal? TotalTrajectoryTCo2eq, decimal? TotalGapTCo2eq, decimal? TotalAchievementPercent, bool IsSample,
    string? Basis, string? Verdict, decimal? PercentFromTarget, IReadOnlyList<string> MissedSectors, bool? QualitativeFinal, int? EvaluatorsScored, int? Evaluators, int? Quorum);

internal sealed record ConsolidatedDto(int Year, string Level, int Governments, int MissingPlans, int MissingCycles, int Submitted, int Late, int MissingReports,
    IReadOnlyDictionary<string, int> Grades, IReadOnlyList<ConsolidatedRowDto> Rows);

/// <summary>The roll-up's tables (page and workbook) and its API form.</summary>
internal static class ConsolidatedTables
{
    public static ConsolidatedDto ToDto(this ConsolidatedReport r) => new(r.Year, ConsolidatedQuery.Name(r.Level), r.Rows.Count, r.MissingPlans, r.MissingCycles,
        r.Submitted, r.Late, r.MissingReports, r.Grades.ToDictionary(g => g.Grade.Ko, g => g.Count),
        r.Rows.Select(x => new ConsolidatedRowDto(x.Government.Id, x.Name.Ko, x.Name.En, x.Plan?.Id, x.Plan?.Status.ToString(),
            x.Plan?.Status is PlanStatus.Approved or PlanStatus.Published, x.Cycle?.Id, x.Cycle?.Stage.ToString(), x.Cycle?.DueOn(CheckStage.Reporting),
            x.Cycle?.ReportSubmittedOn, x.Late is not null, x.Late?.DaysLate, x.Evaluation?.Quantitative.Score, x.Evaluation?.Overall?.Score, x.Evaluation?.Overall?.Grade.Ko,
            x.Evaluation?.Lagging.Count, x.Evaluation?.Total?.Reading.Actual?.Value, x.Evaluation?.Total?.Reading.TrajectoryValue.Value, x.Evaluation?.Total?.Gap?.Value,
            x.Evaluation?.Total?.Achievement.UncappedPercent, x.IsSample, x.Evaluation?.Actual?.Basis.English, x.Evaluation?.Headline.Total?.Verdict.ToString(),
            x.Evaluation?.Headline.Total?.PercentFromTarget, x.Evaluation?.Headline.MissedSectors.Select(m => m.Sector!.Value.Value).ToList() ?? [],
            x.Result?.Completion.IsFinal, x.Result?.Completion.Complete, x.Result?.Completion.Evaluators.Count, x.Result?.Completion.Quorum)).ToList());

    public static IReadOnlyList<ReportTable> Tables(this ConsolidatedReport r) => [Overview(r), GradeDistribution(r), Governments(r)];

    public static ReportTable Overview(ConsolidatedReport r) => new("요약", new($"{r.Year}년 {ConsolidatedQuery.Label(r.Level).Ko} 이행점검 종합", $"Checks of {r.Year}, all {ConsolidatedQuery.Label(r.Level).En}"),
        [new("항목", "Measure"), new("지자체 수", "Governments", CellFormat.Integer)],
        [
            [new Loc("대상 지자체", "Governments"), r.Rows.Count],
            [new Loc("승인·공표된 계획 없음", "No approved or published plan"), r.MissingPlans],
            [new Loc("점검 주기 없음", "No check cycle"), r.MissingCycles],
            [new Loc("실적 제출", "Reports submitted"), r.Submitted],
            [new Loc("기한 넘김 (지연 제출·미제출)", "Late (late or missing)"), r.Late],
            [new Loc("미제출 (기한 경과)", "Missing after the deadline"), r.MissingReports],
        ]);

    public static ReportTable GradeDistribution(ConsolidatedReport r) => new("등급 분포", new("종합 등급 분포", "Overall grades"),
        [new("등급", "Grade"), new("지자체 수", "Governments", CellFormat.Integer)],
        r.Grades.Select(g => new object?[] { g.Grade, g.Count }).ToList());

    public static ReportTable Governments(ConsolidatedReport r) => new("지자체별 결과", new("지자체별 점검 결과 (배출량 tCO2eq)", "Results by government (emissions in tCO2eq)"),
    [
        new("지자체", "Government"), new("계획 (승인·공표)", "Plan (approved or published)"), new("단계", "Stage"), new("실적 제출 기한", "Report due", CellFormat.Date),
        new("실적 제출일", "Report submitted", CellFormat.Date), new("제출 상태", "Submission"), new("정량 점수", "Quantitative score", CellFormat.OneDecimal),
        new("종합 점수", "Overall score", CellFormat.OneDecimal), new("종합 등급", "Overall grade"), new("정성평가 상태", "Qualitative status"),
        new("부진과제 수", "Lagging tasks", CellFormat.Integer), new("총배출 실적", "Total actual", CellFormat.Integer), new("총배출 목표 경로값", "Total trajectory", CellFormat.Integer),
        new("총배출 격차", "Total gap", CellFormat.Integer), new("목표 대비 (%)", "Against target (%)", CellFormat.OneDecimal), new("판정", "Verdict"),
        new("감축 달성률 (%)", "Achievement (%)", CellFormat.OneDecimal), new("목표 미달 부문", "Sectors that missed"), new("배출량 기준", "Emissions basis"),
        new("예시 데이터", "Sample data"),
    ],
    r.Rows.Select(x => new object?[]
    {
        x.Name, PlanLabel(x.Plan), x.Cycle is { } c ? new Loc(CheckCycle.Korean(c.Stage), c.Stage.ToString()) : new Loc("점검 없음", "no check"),
        x.Cycle?.DueOn(CheckStage.Reporting), x.Cycle?.ReportSubmittedOn, x.Submission, x.Evaluation?.Quantitative.Score, x.Evaluation?.Overall?.Score,
        x.Evaluation?.Overall is { } o ? new Loc(o.Grade.Ko, o.Grade.En) : null, x.QualitativeStatus, x.Evaluation?.Lagging.Count, x.Evaluation?.Total?.Reading.Actual?.Value,
        x.Evaluation?.Total?.Reading.TrajectoryValue.Value, x.Evaluation?.Total?.Gap?.Value, x.Evaluation?.Headline.Total?.PercentFromTarget,
        x.Evaluation?.Headline.Total is { } h ? Checks.HeadlineView.Verdict(h.Verdict) : null, x.Evaluation?.Total?.Achievement.UncappedPercent,
        x.Evaluation is { } e && e.Headline.MissedSectors.Count > 0
            ? new Loc(string.Join(", ", e.Headline.MissedSectors.Select(m => Core.Sectors.SectorTaxonomy.Get(m.Sector!.Value).NameKo)),
                string.Join(", ", e.Headline.MissedSectors.Select(m => Core.Sectors.SectorTaxonomy.Get(m.Sector!.Value).NameEn)))
            : null,
        x.Evaluation?.Actual is { } a ? new Loc(a.Basis.Korean, a.Basis.English) : null, x.IsSample,
    }).ToList())
    {
        RowLinks = r.Rows.Select(x => x.Cycle is { } c ? $"/checks/{c.Id}/report" : null).ToList(),
    };

    private static Loc PlanLabel(Plan? plan) => plan switch
    {
        null => new("없음", "none"),
        { Status: PlanStatus.Published } => new("공표", "published"),
        { Status: PlanStatus.Approved } => new("승인", "approved"),
        _ => new("승인 전", "not approved"),
    };
}

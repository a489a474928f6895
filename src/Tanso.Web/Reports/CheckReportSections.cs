using Tanso.Core.Checks;
using Tanso.Core.Plans;

namespace Tanso.Web.Reports;

/// <summary>One section of the check report: the partial that renders it and the tables it holds.</summary>
internal sealed record ReportSection(string Partial, Func<CheckReport, IReadOnlyList<ReportTable>> Tables);

/// <summary>
/// The sections of the statutory check report, in order. A new section is one partial under Reports/Sections fed by
/// <see cref="CheckReport"/> and one line here: the page, the PDF and the workbook follow.
/// </summary>
internal static class CheckReportSections
{
    public static IReadOnlyList<ReportSection> All { get; } =
    [
        new("~/Reports/Sections/_Headline.cshtml", r => [Checks.HeadlineView.Of(r.Result).Table()]),
        new("~/Reports/Sections/_Summary.cshtml", r => [Summary(r)]),
        new("~/Reports/Sections/_Emissions.cshtml", r => [Emissions(r)]),
        new("~/Reports/Sections/_Tasks.cshtml", r => [Tasks(r)]),
        new("~/Reports/Sections/_Kpis.cshtml", r => [Kpis(r)]),
        new("~/Reports/Sections/_Qualitative.cshtml", EvaluationSections.Qualitative),
        new("~/Reports/Sections/_Grade.cshtml", r => [Grade(r), Combination(r), GradeScaleTable(r)]),
        new("~/Reports/Sections/_Lagging.cshtml", r => [Lagging(r)]),
        new("~/Reports/Sections/_Opinions.cshtml", r => [EvaluationSections.Opinions(r)]),
    ];

    public static IReadOnlyList<ReportTable> Tables(CheckReport report) => All.SelectMany(s => s.Tables(report)).ToList();

    public static ReportTable Summary(CheckReport r)
    {
        var e = r.Evaluation;
        return new("요약", new("요약", "Summary"),
        [
            new("지자체", "Government"), new("계획", "Plan"), new("점검 기간", "Period checked"), new("단계", "Stage"),
            new("실적 제출 기한", "Report due", CellFormat.Date), new("실적 제출일", "Report submitted", CellFormat.Date), new("제출 상태", "Submission"),
            new("정량 점수", "Quantitative score", CellFormat.OneDecimal), new("종합 점수", "Overall score", CellFormat.OneDecimal), new("종합 등급", "Overall grade"),
            new("정성평가 상태", "Qualitative status"), new("부진과제 수", "Lagging tasks", CellFormat.Integer), new("인벤토리", "Inventory edition"), new("예시 데이터", "Sample data"),
        ],
        [[
            r.Government, r.Plan.Title, r.Cycle.Period.ToString(), new Loc(CheckCycle.Korean(r.Cycle.Stage), r.Cycle.Stage.ToString()),
            r.ReportDueOn, r.Cycle.ReportSubmittedOn, r.Submission, e.Quantitative.Score, e.Overall?.Score, r.Grade, r.QualitativeStatus, e.Lagging.Count,
            r.Result.Edition is { } ed ? new Loc(ed.NameKo, ed.NameEn) : null, r.IsSample,
        ]]);
    }

    public static ReportTable Emissions(CheckReport r)
    {
        var e = r.Evaluation;
        var rows = e.Sectors.Select(s => (s.Performance, s.Grade)).Concat(e.Total is null ? [] : [(e.Total, (CombinedScore?)null)])
            .Select(x => new object?[]
            {
                CheckReport.SectorName(x.Item1.Reading.Sector), x.Item1.Reading.BaseEmissions.Value, x.Item1.Reading.TrajectoryValue.Value, x.Item1.Reading.Actual?.Value,
                x.Item1.Gap?.Value, x.Item1.PlannedReduction.Value, x.Item1.AchievedReduction?.Value, x.Item1.Achievement.UncappedPercent, x.Item1.ScorePercent,
                x.Item1.OnTrack is { } on ? (on ? new Loc("달성", "on track") : new Loc("미달", "above the path")) : new Loc("실적 없음", "no actual"),
                x.Grade is { } g ? new Loc(g.Grade.Ko, g.Grade.En) : null,
            }).ToList();
        return new("부문별 배출량", new($"{r.Cycle.Year}년 부문별 배출량과 목표 경로 (tCO2eq)", $"Emissions by sector against the trajectory, {r.Cycle.Year} (tCO2eq)"),
        [
            new("부문", "Sector"), new("기준연도 배출량", "Base", CellFormat.Integer), new("목표 경로값", "Trajectory", CellFormat.Integer), new("실적", "Actual", CellFormat.Integer),
            new("격차", "Gap", CellFormat.Integer), new("계획 감축량", "Planned reduction", CellFormat.Integer), new("달성 감축량", "Reduction achieved", CellFormat.Integer),
            new("감축 달성률 (%)", "Achievement (%)", CellFormat.OneDecimal), new("점수", "Score", CellFormat.OneDecimal), new("경로 대비", "Against the path"), new("등급", "Grade"),
        ], rows);
    }

    public static ReportTable Tasks(CheckReport r) => new("이행과제", new("이행과제 추진실적", "Implementation tasks"),
    [
        new("과제 번호", "Task"), new("과제명", "Name"), new("주관 부서", "Department"), new("추진 상황", "Status"),
        new("계획 예산 (원)", "Budget planned (KRW)", CellFormat.Integer), new("집행액 (원)", "Executed (KRW)", CellFormat.Integer),
        new("집행률 (%)", "Execution (%)", CellFormat.OneDecimal), new("점수", "Score", CellFormat.OneDecimal), new("점수 산정", "Scoring rule"), new("등급", "Grade"),
        new("증빙", "Evidence"), new("증빙 파일", "Evidence files"),
    ],
    r.Evaluation.Tasks.Select(t => new object?[]
    {
        t.Task.Code, t.Task.Name, t.Task.Department,
        t.Unreported ? new Loc("미보고", "not reported") : new Loc(t.Score.Report.Status.Korean(), t.Score.Report.Status.English()),
        t.Task.Years.FirstOrDefault(y => y.Year == r.Cycle.Year)?.BudgetKrw, t.Score.Report.Budget?.ExecutedKrw, t.Score.BudgetRatePercent, t.Score.Score,
        new Loc(t.Score.RuleKo, t.Score.RuleEn), t.Grade is { } g ? new Loc(g.Grade.Ko, g.Grade.En) : null,
        r.EvidenceText(t.Task.Id), r.EvidenceFileList(t.Task.Id),
    }).ToList());

    public static ReportTable Kpis(CheckReport r) => new("성과지표", new($"성과지표 달성 ({r.Cycle.Year}년)", $"Performance indicators ({r.Cycle.Year})"),
    [
        new("과제 번호", "Task"), new("성과지표", "Indicator"), new("방향", "Direction"), new("기준값", "Base", CellFormat.TwoDecimals),
        new("목표값", "Target", CellFormat.TwoDecimals), new("실적값", "Actual", CellFormat.TwoDecimals), new("달성률 (%)", "Achievement (%)", CellFormat.OneDecimal),
        new("반영 달성률 (%)", "Achievement counted (%)", CellFormat.OneDecimal), new("산식", "Formula"),
    ],
    r.Evaluation.Tasks.SelectMany(t => t.Score.Report.Kpis.Select(k => new object?[]
    {
        t.Task.Code, k.Reading.Name, k.Reading.Direction == KpiDirection.Increase ? new Loc("상향", "increase") : new Loc("하향", "decrease"),
        k.Reading.BaseValue, k.Reading.TargetValue, k.Reading.ActualValue, k.UncappedPercent, k.CappedPercent, new Loc(k.FormulaKo, k.FormulaEn),
    })).ToList());

    public static ReportTable Grade(CheckReport r)
    {
        var q = r.Evaluation.Quantitative;
        var rows = q.Components.Select(c => new object?[] { Component(c.Kind), c.Value, c.WeightPercent, c.EffectiveWeightPercent, c.Contribution }).ToList();
        rows.Add([new Loc("정량 점수", "Quantitative score"), null, 100m, 100m, q.Score]);
        return new("등급", new("정량 점수의 구성과 등급", "How the quantitative score and grade are made up"),
        [
            new("구성 요소", "Component"), new("값", "Value", CellFormat.OneDecimal), new("가중치 (%)", "Weight (%)", CellFormat.OneDecimal),
            new("적용 가중치 (%)", "Weight applied (%)", CellFormat.OneDecimal), new("기여 점수", "Contribution", CellFormat.TwoDecimals),
        ], rows);
    }

    /// <summary>How the quantitative and qualitative scores combine into the overall score (a missing one gives its weight to the other).</summary>
    public static ReportTable Combination(CheckReport r)
    {
        var (o, w) = (r.Evaluation.Overall, r.Cycle.Settings.Combination);
        IReadOnlyList<object?[]> rows = o is null ? [] :
        [
            [new Loc("정량 점수", "Quantitative score"), o.Quantitative, w.QuantitativePercent, o.QuantitativeWeightPercent, o.Quantitative * o.QuantitativeWeightPercent / 100m],
            [new Loc("정성 점수", "Qualitative score"), o.Qualitative, w.QualitativePercent, o.QualitativeWeightPercent, o.Qualitative * o.QualitativeWeightPercent / 100m],
            [new Loc("종합 점수", "Overall score"), null, 100m, 100m, o.Score],
        ];
        return new("종합 점수", new("종합 점수: 정량과 정성의 결합", "Overall score: quantitative and qualitative combined"),
        [
            new("구성 요소", "Component"), new("점수", "Score", CellFormat.OneDecimal), new("가중치 (%)", "Weight (%)", CellFormat.OneDecimal),
            new("적용 가중치 (%)", "Weight applied (%)", CellFormat.OneDecimal), new("기여 점수", "Contribution", CellFormat.TwoDecimals),
        ], rows);
    }

    public static ReportTable GradeScaleTable(CheckReport r) => new("등급 기준", new("등급 기준 (점수 이상)", "Grade scale (score at least)"),
        [new("등급", "Grade"), new("최저 점수", "From score", CellFormat.OneDecimal)],
        r.Cycle.Settings.Grades.Bands.Select(b => new object?[] { new Loc(b.Ko, b.En), b.MinScore }).ToList());

    public static ReportTable Lagging(CheckReport r) => new("부진과제", new("부진과제와 사유", "Lagging tasks and why"),
        [new("과제 번호", "Task"), new("과제명", "Name"), new("사유", "Reasons")],
        r.Evaluation.Lagging.Select(l => new object?[]
        {
            l.Task.Report.TaskCode, l.Task.Report.TaskName,
            new Loc(string.Join("; ", l.Reasons.Select(x => x.Ko)), string.Join("; ", l.Reasons.Select(x => x.En))),
        }).ToList());

    public static Loc Component(QuantitativeComponentKind kind) => kind switch
    {
        QuantitativeComponentKind.Tasks => new("과제 점수 평균", "Mean task score"),
        QuantitativeComponentKind.Emissions => new("배출 감축 달성도", "Emissions reduction achieved"),
        _ => new("예산 집행률", "Budget execution"),
    };
}

using Tanso.Core.Checks;

namespace Tanso.Web.Reports;

/// <summary>
/// The report's qualitative findings (정성평가 결과) and improvement opinions with the government's answers (개선의견 및
/// 조치). The qualitative tables appear only for a reader who may see the result (national staff, the cycle's
/// evaluators, and everyone once the result has been shown to the government); evaluators stay anonymous.
/// </summary>
internal static class EvaluationSections
{
    public static IReadOnlyList<ReportTable> Qualitative(CheckReport r) =>
        r.SeesResult ? [Criteria(r), Comments(r), Result(r)] : [];

    public static ReportTable Criteria(CheckReport r)
    {
        var q = r.Result.Qualitative;
        return new("정성평가", new("정성평가 항목별 결과", "Qualitative results by criterion"),
        [
            new("평가 항목", "Criterion"), new("가중치 (%)", "Weight (%)", CellFormat.OneDecimal), new("평가위원 수", "Evaluators", CellFormat.Integer),
            new("평균", "Mean", CellFormat.OneDecimal), new("절사평균", "Trimmed mean", CellFormat.OneDecimal), new("표준편차", "SD", CellFormat.OneDecimal),
            new("범위", "Range", CellFormat.OneDecimal), new("조정 필요", "Needs calibration"), new("기여 점수", "Contribution", CellFormat.TwoDecimals),
        ],
        [
            .. q.Criteria.Select(c => new object?[]
            {
                c.Criterion, c.WeightPercent, c.Scores.Count, c.Mean, c.TrimmedMean, c.StandardDeviation, c.Range, c.NeedsCalibration, c.Contribution,
            }),
            [new Loc("정성 점수", "Qualitative score"), 100m, null, null, null, null, null, null, q.Score],
        ]);
    }

    /// <summary>Each evaluator's level, comment and evidence per criterion, as 평가위원 1, 2, … in assignment order.</summary>
    public static ReportTable Comments(CheckReport r) => new("평가의견", new("평가위원 의견과 근거", "Evaluators' comments and evidence"),
        [new("평가위원", "Evaluator"), new("평가 항목", "Criterion"), new("수준", "Level"), new("점수", "Score", CellFormat.OneDecimal), new("의견", "Comment"), new("근거", "Evidence")],
        r.Result.Sheets.SelectMany((sheet, i) => sheet.Scores.Select(s => new object?[]
        {
            new Loc($"평가위원 {i + 1}", $"Evaluator {i + 1}"), s.Criterion, s.Level, s.Score, s.Comment, s.Evidence,
        })).ToList());

    public static ReportTable Result(CheckReport r)
    {
        var review = r.Result.Review;
        return new("결과·소명", new("평가 결과 통보와 소명", "Result and right of reply"),
        [
            new("단계", "Stage"), new("결과 점수", "Result score", CellFormat.OneDecimal), new("평가 의견", "Evaluators' comment"),
            new("소명 기한", "Reply due", CellFormat.Date), new("소명 내용", "Reply"), new("소명일", "Replied on", CellFormat.Date), new("수정 횟수", "Revisions", CellFormat.Integer),
        ],
        review is null ? [] : [[StageName(review.Stage), review.Score, review.Comment, review.ReplyDueOn, review.Reply, review.RepliedOn, review.RevisionCount]]);
    }

    /// <summary>The opinions the report lists: withdrawn ones were issued by mistake and are not part of the result.</summary>
    public static IReadOnlyList<ImprovementOpinion> ReportedOpinions(CheckReport r) => r.Result.Opinions.Where(o => !o.IsWithdrawn).ToList();

    public static ReportTable Opinions(CheckReport r)
    {
        var tasks = r.Plan.Tasks.ToDictionary(t => t.Id);
        return new("개선의견", new("개선의견과 조치", "Improvement opinions and answers"),
        [
            new("번호", "No.", CellFormat.Integer), new("제시", "Issued by"), new("과제", "Task"), new("의견", "Opinion"), new("제시일", "Issued on", CellFormat.Date),
            new("조치", "Answer"), new("반영 차수 / 사유", "Revision / reason"), new("조치일", "Answered on", CellFormat.Date), new("이월", "Carried over", CellFormat.Integer),
        ],
        ReportedOpinions(r).Select((o, i) => new object?[]
        {
            i + 1,
            o.Issuer == OpinionIssuer.Committee ? new Loc("위원회", "Committee") : new Loc("점검위원", "Evaluator"),
            o.TaskId is { } t && tasks.TryGetValue(t, out var task) ? $"{task.Code} {task.Name}" : null,
            o.Text, o.IssuedOn, ResponseName(o.Response),
            o.Response == OpinionResponse.ReflectedInPlan ? new Loc($"{o.PlanRevision}차 개정", $"revision {o.PlanRevision}") : o.Reason,
            o.RespondedOn, o.TimesCarried,
        }).ToList());
    }

    public static Loc StageName(ReviewStage stage) => stage switch
    {
        ReviewStage.Draft => new("작성 중", "Draft"),
        ReviewStage.ShownToGovernment => new("통보 (소명 기간)", "Shown to the government"),
        ReviewStage.Replied => new("소명 접수", "Replied"),
        _ => new("확정", "Final"),
    };

    public static Loc ResponseName(OpinionResponse? response) => response switch
    {
        null => new("미조치", "Unanswered"),
        OpinionResponse.Accepted => new("수용 (반영 예정)", "Accepted (to be reflected)"),
        OpinionResponse.ReflectedInPlan => new("계획 반영", "Reflected in the plan"),
        _ => new("불수용", "Not accepted"),
    };
}

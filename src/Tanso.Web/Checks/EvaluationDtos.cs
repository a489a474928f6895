using Tanso.Core.Checks;

namespace Tanso.Web.Checks;

internal sealed record WeightsInput(decimal TasksPercent, decimal EmissionsPercent, decimal BudgetPercent);

internal sealed record CombinationInput(decimal QuantitativePercent, decimal QualitativePercent);

internal sealed record QualitativeOptionsInput(int TrimFromEvaluators, decimal MaxStandardDeviation, decimal MaxRange);

internal sealed record SettingsInput(int Version, WeightsInput Quantitative, CombinationInput Combination, IReadOnlyList<GradeBandInput> Grades,
    QualitativeOptionsInput Qualitative, Dictionary<string, DateOnly>? Deadlines, bool RefuseLateReports = false, int? Quorum = null);

internal sealed record RubricInput(int Version, string? Name, IReadOnlyList<RubricCriterionInput> Criteria);

internal sealed record ScoreInput(string Criterion, string Level, string? Comment, string? Evidence);

internal sealed record SheetInput(int Version, IReadOnlyList<ScoreInput> Scores);

internal sealed record ReviewDraftInput(int Version, string? Comment);

internal sealed record ReviewShowInput(int Version, DateOnly ReplyDueOn);

/// <summary>A reply to one score (<c>kind</c> "score", the score entry's id) or one opinion ("opinion", the opinion's id).</summary>
internal sealed record ReplyItemInput(string? Kind, int Id, string? Text);

internal sealed record ReviewReplyInput(int Version, string? Reply, IReadOnlyList<ReplyItemInput>? Items = null);

internal sealed record CalibrationInput(string? Criterion, string? Note);

internal sealed record OpinionInput(string? Text, string? TaskCode);

internal sealed record AnswerInput(int Version, string Response, int? PlanRevision, string? Reason);

internal sealed record WithdrawInput(int Version, string? Reason);

internal sealed record SettingsDto(WeightsInput Quantitative, CombinationInput Combination, IReadOnlyList<GradeBandInput> Grades, QualitativeOptionsInput Qualitative,
    IReadOnlyDictionary<string, DateOnly> Deadlines, bool Locked, int Version, bool RefuseLateReports, int? Quorum);

internal sealed record LevelDto(string Label, string Description, decimal Score);

internal sealed record CriterionDto(string Name, decimal WeightPercent, IReadOnlyList<LevelDto> Levels);

internal sealed record RubricDto(string Name, IReadOnlyList<CriterionDto> Criteria, bool Editable, int Version);

/// <summary>One evaluator's score of a criterion; <c>Reply</c> is the government's reply to it (소명), once sent.</summary>
internal sealed record ScoreEntryDto(string Evaluator, string Level, decimal Score, string Comment, string Evidence, int Id = 0, string? Reply = null);

internal sealed record CriterionResultDto(string Criterion, decimal WeightPercent, IReadOnlyList<ScoreEntryDto> Scores, decimal? Mean, decimal? TrimmedMean,
    decimal? StandardDeviation, decimal? Range, bool NeedsCalibration, decimal? Aggregate, decimal? Contribution, CalibrationDto? Calibration = null);

/// <summary>A calibration recorded by national staff; <c>Standing</c> is false once a score it covered has changed.</summary>
internal sealed record CalibrationDto(string Note, DateOnly ResolvedOn, string ResolvedBy, bool Standing);

/// <summary>Whether the qualitative result is final: the quorum of evaluators has scored every criterion and no calibration flag is open.</summary>
internal sealed record CompletionDto(bool Final, int EvaluatorsScored, int Evaluators, int Quorum, IReadOnlyList<string> Unresolved, string TextKo, string TextEn,
    IReadOnlyList<EvaluatorProgressDto> Progress);

/// <summary>An evaluator's progress, labelled as the caller sees evaluators.</summary>
internal sealed record EvaluatorProgressDto(string Evaluator, int Scored, int ToScore);

internal sealed record QualitativeDto(bool Visible, decimal? Score, int Evaluators, IReadOnlyList<CriterionResultDto> Criteria, IReadOnlyList<string> Unscored,
    IReadOnlyList<string> NeedingCalibration, CompletionDto? Completion = null);

internal sealed record SheetDto(int Version, bool Open, string? ClosedReason, IReadOnlyList<ScoreEntryDto> Scores);

internal sealed record ScoringDto(QualitativeDto Qualitative, SheetDto? Mine);

internal sealed record ReviewDto(string Stage, string StageKo, decimal? Score, string? Grade, string Comment, int RevisionCount, DateOnly? ReplyDueOn,
    string? Reply, DateOnly? RepliedOn, int Version, IReadOnlyList<ReplyItemDto> Items);

/// <summary>The government's reply to one score or opinion.</summary>
internal sealed record ReplyItemDto(string Kind, int Id, string Text);

internal sealed record OpinionDto(int Id, string Issuer, string? TaskCode, string? TaskName, string Text, DateOnly IssuedOn, string? Response, int? PlanRevision,
    string? Reason, DateOnly? RespondedOn, bool IsOpen, bool Answerable, int TimesCarried, int? CarriedFromId, string? CarriedFromPeriod, DateOnly? WithdrawnOn,
    string? WithdrawalReason, bool Withdrawable, int Version, string? Reply = null);

internal sealed record EvaluationStateDto(SettingsDto Settings, RubricDto Rubric, QualitativeDto Qualitative, ReviewDto? Review, IReadOnlyList<OpinionDto> Opinions);

internal static class EvaluationDtoMapping
{
    public static SettingsDto ToSettingsDto(this CheckCycle c)
    {
        var s = c.Settings;
        return new(new(s.Quantitative.TasksPercent, s.Quantitative.EmissionsPercent, s.Quantitative.BudgetPercent),
            new(s.Combination.QuantitativePercent, s.Combination.QualitativePercent), s.Grades.Bands.Select(b => new GradeBandInput(b.Ko, b.En, b.MinScore)).ToList(),
            new(s.Qualitative.TrimFromEvaluators, s.Qualitative.MaxStandardDeviation, s.Qualitative.MaxRange),
            c.Deadlines.ToDictionary(d => d.Stage.ToString(), d => d.DueOn), c.SettingsLocked is not null, c.Version, s.LateReports == LateReportPolicy.Refuse, s.Quorum);
    }

    public static RubricDto ToRubricDto(this CheckCycle c, bool editable) => new(c.Rubric.Name,
        c.Rubric.Criteria.Select(k => new CriterionDto(k.Name, k.WeightPercent, k.Levels.Select(l => new LevelDto(l.Label, l.Description, l.Score)).ToList())).ToList(),
        editable, c.Version);

    public static ReviewDto ToDto(this EvaluationReview r, GradeScale scale) => new(r.Stage.ToString(), Korean(r.Stage), r.Score,
        r.Score is { } s ? scale.GradeOf(s).Ko : null, r.Comment, r.RevisionCount, r.ReplyDueOn, r.Reply, r.RepliedOn, r.Version,
        r.Items.Select(i => new ReplyItemDto(i.Kind == ReplyTargetKind.Score ? "score" : "opinion", i.TargetId, i.Text)).ToList());

    public static string Korean(ReviewStage stage) => stage switch
    {
        ReviewStage.Draft => "작성 중",
        ReviewStage.ShownToGovernment => "통보",
        ReviewStage.Replied => "소명 접수",
        _ => "확정",
    };

    public static string Korean(OpinionResponse response) => response switch
    {
        OpinionResponse.Accepted => "수용",
        OpinionResponse.ReflectedInPlan => "계획 반영",
        _ => "불수용",
    };

    public static string Korean(OpinionIssuer issuer) => issuer == OpinionIssuer.Evaluator ? "점검위원" : "위원회";

    /// <summary>Parses an answer as the API and the form send it: the English name (accepted, reflected-in-plan,
    /// not-accepted) or the Korean one (수용, 계획 반영, 불수용).</summary>
    public static OpinionResponse? ParseResponse(string? value) => value?.Trim().ToLowerInvariant().Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal) switch
    {
        "accepted" or "수용" => OpinionResponse.Accepted,
        "reflectedinplan" or "계획반영" => OpinionResponse.ReflectedInPlan,
        "notaccepted" or "불수용" => OpinionResponse.NotAccepted,
        _ => null,
    };
}

using Tanso.Core.Checks;

namespace Tanso.Web.Checks;

internal sealed record WeightsInput(decimal TasksPercent, decimal EmissionsPercent, decimal BudgetPercent);

internal sealed record CombinationInput(decimal QuantitativePercent, decimal QualitativePercent);

internal sealed record QualitativeOptionsInput(int TrimFromEvaluators, decimal MaxStandardDeviation, decimal MaxRange);

internal sealed record SettingsInput(int Version, WeightsInput Quantitative, CombinationInput Combination, IReadOnlyList<GradeBandInput> Grades,
    QualitativeOptionsInput Qualitative, Dictionary<string, DateOnly>? Deadlines);

internal sealed record RubricInput(int Version, string? Name, IReadOnlyList<RubricCriterionInput> Criteria);

internal sealed record ScoreInput(string Criterion, string Level, string? Comment, string? Evidence);

internal sealed record SheetInput(int Version, IReadOnlyList<ScoreInput> Scores);

internal sealed record ReviewDraftInput(int Version, string? Comment);

internal sealed record ReviewShowInput(int Version, DateOnly ReplyDueOn);

internal sealed record ReviewReplyInput(int Version, string? Reply);

internal sealed record OpinionInput(string? Text, string? TaskCode);

internal sealed record AnswerInput(int Version, string Response, int? PlanRevision, string? Reason);

internal sealed record WithdrawInput(int Version, string? Reason);

internal sealed record SettingsDto(WeightsInput Quantitative, CombinationInput Combination, IReadOnlyList<GradeBandInput> Grades, QualitativeOptionsInput Qualitative,
    IReadOnlyDictionary<string, DateOnly> Deadlines, bool Locked, int Version);

internal sealed record LevelDto(string Label, string Description, decimal Score);

internal sealed record CriterionDto(string Name, decimal WeightPercent, IReadOnlyList<LevelDto> Levels);

internal sealed record RubricDto(string Name, IReadOnlyList<CriterionDto> Criteria, bool Editable, int Version);

internal sealed record ScoreEntryDto(string Evaluator, string Level, decimal Score, string Comment, string Evidence);

internal sealed record CriterionResultDto(string Criterion, decimal WeightPercent, IReadOnlyList<ScoreEntryDto> Scores, decimal? Mean, decimal? TrimmedMean,
    decimal? StandardDeviation, decimal? Range, bool NeedsCalibration, decimal? Aggregate, decimal? Contribution);

internal sealed record QualitativeDto(bool Visible, decimal? Score, int Evaluators, IReadOnlyList<CriterionResultDto> Criteria, IReadOnlyList<string> Unscored,
    IReadOnlyList<string> NeedingCalibration);

internal sealed record SheetDto(int Version, bool Open, string? ClosedReason, IReadOnlyList<ScoreEntryDto> Scores);

internal sealed record ScoringDto(QualitativeDto Qualitative, SheetDto? Mine);

internal sealed record ReviewDto(string Stage, string StageKo, decimal? Score, string? Grade, string Comment, int RevisionCount, DateOnly? ReplyDueOn,
    string? Reply, DateOnly? RepliedOn, int Version);

internal sealed record OpinionDto(int Id, string Issuer, string? TaskCode, string? TaskName, string Text, DateOnly IssuedOn, string? Response, int? PlanRevision,
    string? Reason, DateOnly? RespondedOn, bool IsOpen, bool Answerable, int TimesCarried, int? CarriedFromId, string? CarriedFromPeriod, DateOnly? WithdrawnOn,
    string? WithdrawalReason, bool Withdrawable, int Version);

internal sealed record EvaluationStateDto(SettingsDto Settings, RubricDto Rubric, QualitativeDto Qualitative, ReviewDto? Review, IReadOnlyList<OpinionDto> Opinions);

internal static class EvaluationDtoMapping
{
    public static SettingsDto ToSettingsDto(this CheckCycle c)
    {
        var s = c.Settings;
        return new(new(s.Quantitative.TasksPercent, s.Quantitative.EmissionsPercent, s.Quantitative.BudgetPercent),
            new(s.Combination.QuantitativePercent, s.Combination.QualitativePercent), s.Grades.Bands.Select(b => new GradeBandInput(b.Ko, b.En, b.MinScore)).ToList(),
            new(s.Qualitative.TrimFromEvaluators, s.Qualitative.MaxStandardDeviation, s.Qualitative.MaxRange),
            c.Deadlines.ToDictionary(d => d.Stage.ToString(), d => d.DueOn), c.SettingsLocked is not null, c.Version);
    }

    public static RubricDto ToRubricDto(this CheckCycle c, bool editable) => new(c.Rubric.Name,
        c.Rubric.Criteria.Select(k => new CriterionDto(k.Name, k.WeightPercent, k.Levels.Select(l => new LevelDto(l.Label, l.Description, l.Score)).ToList())).ToList(),
        editable, c.Version);

    public static ReviewDto ToDto(this EvaluationReview r, GradeScale scale) => new(r.Stage.ToString(), Korean(r.Stage), r.Score,
        r.Score is { } s ? scale.GradeOf(s).Ko : null, r.Comment, r.RevisionCount, r.ReplyDueOn, r.Reply, r.RepliedOn, r.Version);

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

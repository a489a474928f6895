namespace Tanso.Core.Checks;

/// <summary>One evaluator's choice of level for one criterion, with the comment and evidence behind it.</summary>
public sealed class CriterionScore
{
    /// <summary>Creates a score.</summary>
    public CriterionScore(string criterion, string level, decimal score, string comment, string evidence) =>
        (Criterion, Level, Score, Comment, Evidence) = (criterion, level, score, comment, evidence);

    /// <summary>Identity.</summary>
    public int Id { get; private set; }

    /// <summary>The sheet.</summary>
    public int SheetId { get; private set; }

    /// <summary>The criterion's name.</summary>
    public string Criterion { get; private set; }

    /// <summary>The chosen level's label.</summary>
    public string Level { get; internal set; }

    /// <summary>The chosen level's score.</summary>
    public decimal Score { get; internal set; }

    /// <summary>Why this level (평가 의견).</summary>
    public string Comment { get; internal set; }

    /// <summary>Evidence references, e.g. document and page (근거 자료).</summary>
    public string Evidence { get; internal set; }
}

/// <summary>
/// An evaluator's score sheet for one cycle: at most one score per criterion of the cycle's rubric. Versioned, so two
/// tabs of the same evaluator cannot overwrite each other silently.
/// </summary>
public sealed class ScoreSheet(int cycleId, string evaluatorId) : IVersioned
{
    /// <summary>Identity.</summary>
    public int Id { get; private set; }

    /// <summary>The cycle.</summary>
    public int CycleId { get; private set; } = cycleId;

    /// <summary>The evaluator's account.</summary>
    public string EvaluatorId { get; private set; } = evaluatorId;

    /// <inheritdoc/>
    public int Version { get; private set; }

    /// <summary>The scores, one per criterion scored.</summary>
    public List<CriterionScore> Scores { get; } = [];

    /// <summary>Why scores cannot be given or changed now, or null: only in evaluation or committee review, and not
    /// while the result is shown to the government or once it is final (after a reply they may change again).</summary>
    public static (string Ko, string En)? WhyClosed(CheckStage stage, ReviewStage? review) => (stage, review) switch
    {
        (not (CheckStage.Evaluation or CheckStage.CommitteeReview), _) =>
            ($"정성평가는 '{CheckCycle.Korean(CheckStage.Evaluation)}' 또는 '{CheckCycle.Korean(CheckStage.CommitteeReview)}' 단계에서만 합니다(현재: {CheckCycle.Korean(stage)}).",
                $"Qualitative scores are given during evaluation or committee review; the cycle is in {stage}."),
        (_, ReviewStage.ShownToGovernment) => ("결과가 지자체에 통보되어 소명을 기다리는 동안에는 점수를 바꿀 수 없습니다.", "Scores cannot change while the result is shown to the government."),
        (_, ReviewStage.Final) => ("결과가 확정되어 점수를 바꿀 수 없습니다.", "The result is final; scores cannot change."),
        _ => null,
    };

    /// <summary>Sets (or changes) the score of a criterion by the label of the chosen level.</summary>
    /// <returns>Null when set; otherwise why not, in Korean and English.</returns>
    public (string Ko, string En)? Set(Rubric rubric, string criterion, string level, string? comment, string? evidence)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        var c = rubric.Criteria.FirstOrDefault(x => x.Name == criterion?.Trim());
        if (c is null)
        {
            return ($"'{criterion}'은(는) 기준표의 평가 항목이 아닙니다.", $"'{criterion}' is not a criterion of the rubric.");
        }
        var l = c.Levels.FirstOrDefault(x => x.Label == level?.Trim());
        if (l is null)
        {
            return ($"'{level}'은(는) '{c.Name}'의 평가 수준이 아닙니다({string.Join(", ", c.Levels.Select(x => x.Label))}).",
                $"'{level}' is not a level of '{c.Name}' ({string.Join(", ", c.Levels.Select(x => x.Label))}).");
        }
        foreach (var (given, ko, en) in new[] { (comment, "의견", "comment"), (evidence, "근거 자료", "evidence") })
        {
            if (TextLimits.Exceeds(given, TextLimits.Paragraph))
            {
                var why = TextLimits.TooLong(given, TextLimits.Paragraph);
                return ($"'{c.Name}'의 {ko}: {why.Ko}", $"The {en} of '{c.Name}': {why.En}");
            }
        }
        var (text, refs) = ((comment ?? "").Trim(), (evidence ?? "").Trim());
        if (Scores.FirstOrDefault(s => s.Criterion == c.Name) is { } existing)
        {
            (existing.Level, existing.Score, existing.Comment, existing.Evidence) = (l.Label, l.Score, text, refs);
        }
        else
        {
            Scores.Add(new CriterionScore(c.Name, l.Label, l.Score, text, refs));
        }
        return null;
    }

    /// <summary>The sheet's scores as inputs of <see cref="QualitativeScoring.Aggregate"/>.</summary>
    public IEnumerable<EvaluatorScore> ToEvaluatorScores() => Scores.Select(s => new EvaluatorScore(EvaluatorId, s.Criterion, s.Score));
}

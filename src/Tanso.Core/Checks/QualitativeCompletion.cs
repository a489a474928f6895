using System.Globalization;

namespace Tanso.Core.Checks;

/// <summary>One evaluator's progress on a cycle's rubric.</summary>
/// <param name="EvaluatorId">The evaluator's account.</param>
/// <param name="Scored">Criteria of the rubric they have scored.</param>
/// <param name="Criteria">Criteria in the rubric.</param>
public sealed record EvaluatorProgress(string EvaluatorId, int Scored, int Criteria)
{
    /// <summary>Criteria still to score.</summary>
    public int ToScore => Criteria - Scored;

    /// <summary>True when every criterion is scored: only then does the evaluator count towards the quorum.</summary>
    public bool IsComplete => Scored >= Criteria;
}

/// <summary>
/// Whether the qualitative result is final: the quorum of assigned evaluators has scored every criterion, and every
/// criterion flagged for calibration is resolved (the spread is back within the thresholds, or national staff recorded
/// the calibration against exactly the scores that stand). Until then it is provisional (잠정).
/// </summary>
/// <param name="Evaluators">Each assigned evaluator's progress, in assignment order.</param>
/// <param name="Quorum">Evaluators who must have scored everything (the cycle's quorum, or all assigned).</param>
/// <param name="Unresolved">Criteria flagged for calibration and not resolved.</param>
public sealed record QualitativeCompletion(IReadOnlyList<EvaluatorProgress> Evaluators, int Quorum, IReadOnlyList<string> Unresolved)
{
    /// <summary>Assigned evaluators who have scored every criterion.</summary>
    public int Complete => Evaluators.Count(e => e.IsComplete);

    /// <summary>True when at least <see cref="Quorum"/> evaluators (and at least one) have scored everything.</summary>
    public bool QuorumMet => Quorum > 0 && Complete >= Quorum;

    /// <summary>Final: quorum met and no calibration flag open.</summary>
    public bool IsFinal => QuorumMet && Unresolved.Count == 0;

    /// <summary>"평가위원 3명 중 1명 채점 완료 (정족수 2명)" and, while open, the flags.</summary>
    public string Korean => $"평가위원 {Evaluators.Count}명 중 {Complete}명 채점 완료 (정족수 {Quorum}명)"
        + (Unresolved.Count > 0 ? $", 조정 필요: {string.Join(", ", Unresolved)}" : "");

    /// <summary>"1 of 3 evaluators scored (quorum 2)" and, while open, the flags.</summary>
    public string English => $"{Complete} of {Evaluators.Count} evaluators scored (quorum {Quorum})"
        + (Unresolved.Count > 0 ? $"; calibration needed: {string.Join(", ", Unresolved)}" : "");

    /// <summary>Works out completion from the rubric, the assigned evaluators (in order), their sheets, the aggregate
    /// (for the flags), the quorum (null: all assigned) and the calibrations recorded.</summary>
    public static QualitativeCompletion Of(Rubric rubric, IReadOnlyList<string> assigned, IEnumerable<ScoreSheet> sheets, QualitativeScore aggregate, int? quorum,
        IEnumerable<CalibrationResolution> resolutions)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(aggregate);
        var criteria = rubric.Criteria.Select(c => c.Name).ToHashSet();
        var bySheet = sheets.ToDictionary(s => s.EvaluatorId);
        var progress = assigned.Select(id => new EvaluatorProgress(id,
            bySheet.TryGetValue(id, out var sheet) ? sheet.Scores.Count(s => criteria.Contains(s.Criterion)) : 0, criteria.Count)).ToList();
        var resolved = resolutions.ToList();
        var unresolved = aggregate.Criteria.Where(c => c.NeedsCalibration && !resolved.Any(r => r.Criterion == c.Criterion && r.Covers(c.Scores)))
            .Select(c => c.Criterion).ToList();
        return new(progress, quorum ?? assigned.Count, unresolved);
    }
}

/// <summary>
/// National staff's record that a criterion's disagreement was calibrated (조정 완료): the panel met, and the spread
/// stands for the reason noted. It covers the scores it was made against; once any of them changes the flag is open again.
/// </summary>
public sealed class CalibrationResolution
{
    /// <summary>Records a resolution of <paramref name="criterion"/> against <paramref name="scores"/>.</summary>
    public CalibrationResolution(int cycleId, string criterion, IEnumerable<decimal> scores, string note, DateOnly resolvedOn, string resolvedBy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        (CycleId, Criterion, Scores, Note, ResolvedOn, ResolvedBy) = (cycleId, criterion, Fingerprint(scores), note.Trim(), resolvedOn, resolvedBy);
    }

    private CalibrationResolution() => (Criterion, Scores, Note, ResolvedBy) = ("", "", "", "");

    /// <summary>Identity.</summary>
    public int Id { get; private set; }

    /// <summary>The cycle.</summary>
    public int CycleId { get; private set; }

    /// <summary>The criterion.</summary>
    public string Criterion { get; private set; }

    /// <summary>The scores it covers, sorted, as text ("20;60;80").</summary>
    public string Scores { get; private set; }

    /// <summary>Why the spread stands (조정 결과).</summary>
    public string Note { get; private set; }

    /// <summary>When.</summary>
    public DateOnly ResolvedOn { get; private set; }

    /// <summary>Who (display name).</summary>
    public string ResolvedBy { get; private set; }

    /// <summary>True when <paramref name="scores"/> are exactly the scores it was made against.</summary>
    public bool Covers(IEnumerable<decimal> scores) => Fingerprint(scores) == Scores;

    private static string Fingerprint(IEnumerable<decimal> scores) =>
        string.Join(";", scores.Order().Select(s => s.ToString("0.####", CultureInfo.InvariantCulture)));
}

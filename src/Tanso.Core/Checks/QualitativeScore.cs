namespace Tanso.Core.Checks;

/// <summary>One evaluator's score for one criterion: the score of the level chosen.</summary>
/// <param name="EvaluatorId">The evaluator (account id).</param>
/// <param name="Criterion">The criterion's name.</param>
/// <param name="Score">The chosen level's score.</param>
public sealed record EvaluatorScore(string EvaluatorId, string Criterion, decimal Score);

/// <summary>How evaluators' scores are aggregated and when they disagree too much.</summary>
public sealed record QualitativeOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="trimFromEvaluators">From this many evaluators on, the single highest and lowest scores are dropped (default 5; at least 3).</param>
    /// <param name="maxStandardDeviation">A criterion whose scores' standard deviation exceeds this needs calibration (default 15).</param>
    /// <param name="maxRange">A criterion whose highest minus lowest score exceeds this needs calibration (default 40).</param>
    /// <exception cref="ArgumentOutOfRangeException">A trim threshold below 3 or a negative spread threshold.</exception>
    public QualitativeOptions(int trimFromEvaluators = 5, decimal maxStandardDeviation = 15m, decimal maxRange = 40m)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(trimFromEvaluators, 3);
        ArgumentOutOfRangeException.ThrowIfNegative(maxStandardDeviation);
        ArgumentOutOfRangeException.ThrowIfNegative(maxRange);
        (TrimFromEvaluators, MaxStandardDeviation, MaxRange) = (trimFromEvaluators, maxStandardDeviation, maxRange);
    }

    /// <summary>5 evaluators, standard deviation 15, range 40.</summary>
    public static QualitativeOptions Default { get; } = new();

    /// <summary>Evaluators needed for the trimmed mean.</summary>
    public int TrimFromEvaluators { get; }

    /// <summary>Largest standard deviation without calibration.</summary>
    public decimal MaxStandardDeviation { get; }

    /// <summary>Largest range without calibration.</summary>
    public decimal MaxRange { get; }
}

/// <summary>A criterion's aggregate over evaluators.</summary>
/// <param name="Criterion">The criterion's name.</param>
/// <param name="WeightPercent">Its weight.</param>
/// <param name="Scores">The evaluators' scores, in the order given.</param>
/// <param name="Mean">Arithmetic mean; null without scores.</param>
/// <param name="TrimmedMean">Mean without the single highest and lowest score; null below the trim threshold.</param>
/// <param name="StandardDeviation">Population standard deviation of all scores; null without scores.</param>
/// <param name="Range">Highest minus lowest score; null without scores.</param>
/// <param name="NeedsCalibration">True when the standard deviation or the range exceeds its threshold (조정 필요).</param>
public sealed record CriterionAggregate(string Criterion, decimal WeightPercent, IReadOnlyList<decimal> Scores, decimal? Mean, decimal? TrimmedMean,
    decimal? StandardDeviation, decimal? Range, bool NeedsCalibration)
{
    /// <summary>The value used: the trimmed mean when there is one, otherwise the mean.</summary>
    public decimal? Aggregate => TrimmedMean ?? Mean;

    /// <summary>Aggregate × weight ÷ 100: the points it adds to the qualitative score.</summary>
    public decimal? Contribution => Aggregate * WeightPercent / 100m;
}

/// <summary>The qualitative score (정성 점수) on 0–100.</summary>
/// <param name="Criteria">Aggregates in the rubric's order.</param>
/// <param name="Score">The sum of contributions; null while any criterion lacks scores.</param>
public sealed record QualitativeScore(IReadOnlyList<CriterionAggregate> Criteria, decimal? Score)
{
    /// <summary>Criteria no evaluator scored (미평가).</summary>
    public IReadOnlyList<string> Unscored => Criteria.Where(c => c.Mean is null).Select(c => c.Criterion).ToList();

    /// <summary>Criteria on which evaluators disagree beyond the thresholds (조정 필요).</summary>
    public IReadOnlyList<string> NeedingCalibration => Criteria.Where(c => c.NeedsCalibration).Select(c => c.Criterion).ToList();
}

/// <summary>The qualitative aggregation rules; see docs/methodology-checks.md §5.</summary>
public static class QualitativeScoring
{
    /// <summary>Aggregates evaluators' scores per criterion and weights them into a score.</summary>
    /// <exception cref="ArgumentException">A score for an unknown criterion, a score that is no level's, or an
    /// evaluator scoring one criterion twice.</exception>
    public static QualitativeScore Aggregate(Rubric rubric, IEnumerable<EvaluatorScore> scores, QualitativeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        options ??= QualitativeOptions.Default;
        var list = scores.ToList();
        foreach (var s in list)
        {
            var criterion = rubric.Criteria.FirstOrDefault(c => c.Name == s.Criterion)
                ?? throw new ArgumentException($"'{s.Criterion}' is not a criterion of rubric '{rubric.Name}'.", nameof(scores));
            if (!criterion.IsLevelScore(s.Score))
            {
                throw new ArgumentException($"{s.Score} is not a level of criterion '{s.Criterion}'.", nameof(scores));
            }
        }
        if (list.GroupBy(s => (s.EvaluatorId, s.Criterion)).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"Evaluator {twice.Key.EvaluatorId} scored '{twice.Key.Criterion}' more than once.", nameof(scores));
        }
        var aggregates = rubric.Criteria.Select(c => Of(c, list.Where(s => s.Criterion == c.Name).Select(s => s.Score).ToList(), options)).ToList();
        var total = aggregates.All(a => a.Aggregate is not null) ? aggregates.Sum(a => a.Contribution!.Value) : (decimal?)null;
        return new(aggregates, total);
    }

    private static CriterionAggregate Of(RubricCriterion criterion, List<decimal> scores, QualitativeOptions options)
    {
        if (scores.Count == 0)
        {
            return new(criterion.Name, criterion.WeightPercent, scores, null, null, null, null, false);
        }
        var mean = scores.Average();
        var trimmed = scores.Count >= options.TrimFromEvaluators ? (scores.Sum() - scores.Max() - scores.Min()) / (scores.Count - 2) : (decimal?)null;
        var sd = DecimalMath.Sqrt(scores.Sum(s => (s - mean) * (s - mean)) / scores.Count);
        var range = scores.Max() - scores.Min();
        return new(criterion.Name, criterion.WeightPercent, scores, mean, trimmed, sd, range, sd > options.MaxStandardDeviation || range > options.MaxRange);
    }
}

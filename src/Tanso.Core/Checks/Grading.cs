namespace Tanso.Core.Checks;

/// <summary>How quantitative and qualitative scores combine, in percent points summing to 100.</summary>
public sealed class CombinationWeights
{
    /// <summary>Creates weights.</summary>
    /// <exception cref="ArgumentException">A negative weight, or weights not summing to 100.</exception>
    public CombinationWeights(decimal quantitativePercent, decimal qualitativePercent)
    {
        if (quantitativePercent < 0m || qualitativePercent < 0m || quantitativePercent + qualitativePercent != 100m)
        {
            throw new ArgumentException($"Combination weights must be zero or more and sum to 100 %, not {quantitativePercent} + {qualitativePercent}.");
        }
        (QuantitativePercent, QualitativePercent) = (quantitativePercent, qualitativePercent);
    }

    /// <summary>60 % quantitative, 40 % qualitative.</summary>
    public static CombinationWeights Default { get; } = new(60m, 40m);

    /// <summary>Weight of the quantitative score (정량).</summary>
    public decimal QuantitativePercent { get; private set; }

    /// <summary>Weight of the qualitative score (정성).</summary>
    public decimal QualitativePercent { get; private set; }
}

/// <summary>A combined score and its grade.</summary>
/// <param name="Quantitative">The quantitative score used, or null.</param>
/// <param name="Qualitative">The qualitative score used, or null.</param>
/// <param name="QuantitativeWeightPercent">The weight applied to it (100 when the qualitative is missing, 0 when it is).</param>
/// <param name="QualitativeWeightPercent">The weight applied to the qualitative score.</param>
/// <param name="Score">quantitative × wq ÷ 100 + qualitative × wl ÷ 100.</param>
/// <param name="Grade">The grade of <paramref name="Score"/>.</param>
public sealed record CombinedScore(decimal? Quantitative, decimal? Qualitative, decimal QuantitativeWeightPercent, decimal QualitativeWeightPercent,
    decimal Score, GradeBand Grade);

/// <summary>Combines scores and grades them, per task, per sector and overall; see docs/methodology-checks.md §7.</summary>
/// <param name="weights">Quantitative and qualitative weights (default 60/40).</param>
/// <param name="scale">The grade scale (default 우수 … 부진).</param>
public sealed class Grader(CombinationWeights? weights = null, GradeScale? scale = null)
{
    /// <summary>The weights used.</summary>
    public CombinationWeights Weights { get; } = weights ?? CombinationWeights.Default;

    /// <summary>The scale used.</summary>
    public GradeScale Scale { get; } = scale ?? GradeScale.Default;

    /// <summary>
    /// Combines two scores on 0–100; when one is missing the other counts alone (its weight becomes 100 %).
    /// Null when both are missing.
    /// </summary>
    public CombinedScore? Combine(decimal? quantitative, decimal? qualitative)
    {
        var (wq, wl) = (quantitative, qualitative) switch
        {
            (null, null) => (0m, 0m),
            (_, null) => (100m, 0m),
            (null, _) => (0m, 100m),
            _ => (Weights.QuantitativePercent, Weights.QualitativePercent),
        };
        if (wq + wl == 0m)
        {
            return null;
        }
        var score = (quantitative ?? 0m) * wq / 100m + (qualitative ?? 0m) * wl / 100m;
        return new(quantitative, qualitative, wq, wl, score, Scale.GradeOf(score));
    }

    /// <summary>A task's grade: its score, with a qualitative score of the task when evaluators gave one. A dropped
    /// task gets no grade.</summary>
    public CombinedScore? Task(TaskScore task, decimal? qualitative = null) =>
        task.Rule == TaskScoreRule.Dropped ? null : Combine(task.Score, qualitative);

    /// <summary>A sector's grade: its emissions score held to 100, with a qualitative score of the sector when given.</summary>
    public CombinedScore? Sector(EmissionsPerformance sector, decimal? qualitative = null) =>
        Combine(sector.ScorePercent is { } s ? Math.Min(s, 100m) : null, qualitative);

    /// <summary>The overall grade: the quantitative score with the qualitative score.</summary>
    public CombinedScore? Overall(QuantitativeScore quantitative, QualitativeScore? qualitative) =>
        Combine(quantitative.Score, qualitative?.Score);
}

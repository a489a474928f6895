namespace Tanso.Core.Checks;

/// <summary>A grade (등급) and the lowest score that earns it.</summary>
public sealed record GradeBand
{
    /// <summary>Creates a band.</summary>
    /// <exception cref="ArgumentException">A blank label or a cut-off outside 0–100.</exception>
    public GradeBand(string ko, string en, decimal minScore)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ko);
        ArgumentException.ThrowIfNullOrWhiteSpace(en);
        if (minScore is < 0m or > 100m)
        {
            throw new ArgumentException($"The cut-off of grade '{ko}' must lie in 0–100, not {minScore}.", nameof(minScore));
        }
        (Ko, En, MinScore) = (ko.Trim(), en.Trim(), minScore);
    }

    /// <summary>Korean label, e.g. 우수.</summary>
    public string Ko { get; }

    /// <summary>English label, e.g. Excellent.</summary>
    public string En { get; }

    /// <summary>Scores at or above this (and below the next band's cut-off) earn the grade.</summary>
    public decimal MinScore { get; }
}

/// <summary>
/// Grades by lower cut-off, highest first; the lowest band's cut-off is 0 so that every score has a grade.
/// Default: 우수 ≥ 90, 양호 ≥ 80, 보통 ≥ 70, 미흡 ≥ 60, 부진 below.
/// </summary>
public sealed class GradeScale
{
    private readonly List<GradeBand> bands = [];

    /// <summary>Creates a scale from bands given highest first.</summary>
    /// <exception cref="ArgumentException">Fewer than two bands, cut-offs not strictly descending, a lowest
    /// cut-off other than 0, or repeated labels.</exception>
    public GradeScale(IEnumerable<GradeBand> bands)
    {
        this.bands.AddRange(bands);
        if (this.bands.Count < 2)
        {
            throw new ArgumentException("A grade scale needs at least two grades.", nameof(bands));
        }
        if (this.bands.Zip(this.bands.Skip(1)).Any(p => p.First.MinScore <= p.Second.MinScore) || this.bands[^1].MinScore != 0m)
        {
            throw new ArgumentException("Grade cut-offs must descend strictly, highest grade first, down to 0 for the lowest.", nameof(bands));
        }
        if (this.bands.Select(b => b.Ko).Distinct().Count() != this.bands.Count || this.bands.Select(b => b.En).Distinct().Count() != this.bands.Count)
        {
            throw new ArgumentException("Grade labels must be distinct.", nameof(bands));
        }
    }

    private GradeScale()
    {
    }

    /// <summary>Identity.</summary>
    public int Id { get; private set; }

    /// <summary>우수 90, 양호 80, 보통 70, 미흡 60, 부진 0.</summary>
    public static GradeScale Default { get; } = new([
        new("우수", "Excellent", 90m), new("양호", "Good", 80m), new("보통", "Fair", 70m), new("미흡", "Poor", 60m), new("부진", "Very poor", 0m),
    ]);

    /// <summary>Bands, highest first.</summary>
    public IReadOnlyList<GradeBand> Bands => bands;

    /// <summary>The grade of <paramref name="score"/>: the first band whose cut-off it reaches (the lowest band for
    /// anything below every cut-off).</summary>
    public GradeBand GradeOf(decimal score) => bands.FirstOrDefault(b => score >= b.MinScore) ?? bands[^1];
}

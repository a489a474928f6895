namespace Tanso.Core.Checks;

/// <summary>A level of a rubric criterion (평가 수준), e.g. 매우 우수 — 100.</summary>
public sealed class RubricLevel
{
    /// <summary>Creates a level.</summary>
    /// <exception cref="ArgumentException">A blank label, or a score outside 0–100.</exception>
    public RubricLevel(string label, string description, decimal score)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        if (score is < 0m or > 100m)
        {
            throw new ArgumentException($"The score of level '{label}' must lie in 0–100, not {score}.", nameof(score));
        }
        (Label, Description, Score) = (label.Trim(), description.Trim(), score);
    }

    /// <summary>Identity.</summary>
    public int Id { get; private set; }

    /// <summary>Short name, e.g. 우수.</summary>
    public string Label { get; private set; }

    /// <summary>What a plan at this level shows (수준 기술).</summary>
    public string Description { get; private set; }

    /// <summary>The score an evaluator gives by choosing the level, 0–100.</summary>
    public decimal Score { get; private set; }
}

/// <summary>A criterion of a qualitative rubric (평가 항목) with its weight and levels.</summary>
public sealed class RubricCriterion
{
    private readonly List<RubricLevel> levels = [];

    /// <summary>Creates a criterion; levels are kept from the highest score to the lowest.</summary>
    /// <exception cref="ArgumentException">A blank name, a weight not above 0, fewer than two levels, or levels
    /// sharing a label or a score.</exception>
    public RubricCriterion(string name, decimal weightPercent, IEnumerable<RubricLevel> levels)
        : this(name, weightPercent)
    {
        this.levels.AddRange(levels.OrderByDescending(l => l.Score));
        if (this.levels.Count < 2)
        {
            throw new ArgumentException($"Criterion '{Name}' needs at least two levels.", nameof(levels));
        }
        if (this.levels.Select(l => l.Score).Distinct().Count() != this.levels.Count || this.levels.Select(l => l.Label).Distinct().Count() != this.levels.Count)
        {
            throw new ArgumentException($"The levels of criterion '{Name}' must have distinct labels and distinct scores.", nameof(levels));
        }
    }

    private RubricCriterion(string name, decimal weightPercent)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (weightPercent <= 0m)
        {
            throw new ArgumentException($"The weight of criterion '{name}' must be above 0, not {weightPercent}.", nameof(weightPercent));
        }
        (Name, WeightPercent) = (name.Trim(), weightPercent);
    }

    /// <summary>Identity.</summary>
    public int Id { get; private set; }

    /// <summary>e.g. 추진체계의 적절성.</summary>
    public string Name { get; private set; }

    /// <summary>Its weight in the rubric, in percent points.</summary>
    public decimal WeightPercent { get; private set; }

    /// <summary>Levels from the highest score to the lowest.</summary>
    public IReadOnlyList<RubricLevel> Levels => levels;

    /// <summary>True when <paramref name="score"/> is the score of one of the levels.</summary>
    public bool IsLevelScore(decimal score) => levels.Any(l => l.Score == score);
}

/// <summary>A qualitative evaluation rubric (정성평가 기준표): criteria whose weights sum to 100.</summary>
public sealed class Rubric
{
    private readonly List<RubricCriterion> criteria = [];

    /// <summary>Creates a rubric.</summary>
    /// <exception cref="ArgumentException">A blank name, no criteria, two criteria with one name, or weights not summing to 100.</exception>
    public Rubric(string name, IEnumerable<RubricCriterion> criteria)
        : this(name)
    {
        this.criteria.AddRange(criteria);
        if (this.criteria.Count == 0 || this.criteria.Select(c => c.Name).Distinct().Count() != this.criteria.Count)
        {
            throw new ArgumentException("A rubric needs criteria with distinct names.", nameof(criteria));
        }
        var sum = this.criteria.Sum(c => c.WeightPercent);
        if (sum != 100m)
        {
            throw new ArgumentException($"The criteria weights of rubric '{Name}' sum to {sum} %, not 100 %.", nameof(criteria));
        }
    }

    private Rubric(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
    }

    /// <summary>Identity.</summary>
    public int Id { get; private set; }

    /// <summary>e.g. 2024년 지자체 기본계획 정성평가.</summary>
    public string Name { get; private set; }

    /// <summary>The criteria.</summary>
    public IReadOnlyList<RubricCriterion> Criteria => criteria;

    /// <summary>Five levels at 100, 80, 60, 40 and 20: 매우 우수, 우수, 보통, 미흡, 매우 미흡, with the given descriptions
    /// (highest first).</summary>
    /// <exception cref="ArgumentException">Not exactly five descriptions.</exception>
    public static IReadOnlyList<RubricLevel> FiveLevels(params string[] descriptions)
    {
        ArgumentNullException.ThrowIfNull(descriptions);
        if (descriptions.Length != 5)
        {
            throw new ArgumentException("Five descriptions are needed, highest level first.", nameof(descriptions));
        }
        string[] labels = ["매우 우수", "우수", "보통", "미흡", "매우 미흡"];
        return labels.Select((l, i) => new RubricLevel(l, descriptions[i], 100m - 20m * i)).ToList();
    }
}

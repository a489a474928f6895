namespace Tanso.Core.Checks;

/// <summary>A proposed level, before validation.</summary>
/// <param name="Label">e.g. 우수.</param>
/// <param name="Description">What a plan at this level shows.</param>
/// <param name="Score">0–100.</param>
public sealed record RubricLevelInput(string? Label, string? Description, decimal Score);

/// <summary>A proposed criterion, before validation.</summary>
/// <param name="Name">e.g. 추진체계.</param>
/// <param name="WeightPercent">Its weight.</param>
/// <param name="Levels">Its levels.</param>
public sealed record RubricCriterionInput(string? Name, decimal WeightPercent, IReadOnlyList<RubricLevelInput> Levels);

/// <summary>Builds a rubric from proposed values, naming every problem by field (criteria[1].levels[0].score), so
/// that a form or an API client learns everything wrong at once; the rules are those of <see cref="Rubric"/>.</summary>
public static class RubricDraft
{
    /// <summary>The rubric, or every problem (nothing is built while there is one).</summary>
    public static (Rubric? Rubric, IReadOnlyList<Problem> Problems) TryCreate(string? name, IReadOnlyList<RubricCriterionInput> criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(new("name", "기준표 이름이 필요합니다.", "The rubric needs a name."));
        }
        problems.AddRange(LengthProblems("name", name, TextLimits.Name));
        if (criteria.Count == 0)
        {
            problems.Add(new("criteria", "평가 항목이 하나 이상 필요합니다.", "A rubric needs at least one criterion."));
        }
        for (var i = 0; i < criteria.Count; i++)
        {
            problems.AddRange(CriterionProblems($"criteria[{i}]", criteria[i]));
        }
        var names = criteria.Select(c => c.Name?.Trim()).Where(n => !string.IsNullOrEmpty(n)).ToList();
        if (names.Distinct().Count() != names.Count)
        {
            problems.Add(new("criteria", "평가 항목 이름은 서로 달라야 합니다.", "Criteria names must be distinct."));
        }
        var sum = criteria.Sum(c => c.WeightPercent);
        if (criteria.Count > 0 && sum != 100m)
        {
            problems.Add(new("criteria", $"평가 항목 가중치의 합이 100이어야 합니다(현재 {sum}).", $"Criteria weights must sum to 100 (they sum to {sum})."));
        }
        if (problems.Count > 0)
        {
            return (null, problems);
        }
        return (new Rubric(name!, criteria.Select(c => new RubricCriterion(c.Name!, c.WeightPercent,
            c.Levels.Select(l => new RubricLevel(l.Label!, l.Description ?? "", l.Score))))), []);
    }

    private static IEnumerable<Problem> CriterionProblems(string at, RubricCriterionInput c)
    {
        var label = string.IsNullOrWhiteSpace(c.Name) ? at : c.Name.Trim();
        if (string.IsNullOrWhiteSpace(c.Name))
        {
            yield return new($"{at}.name", "평가 항목 이름이 필요합니다.", "A criterion needs a name.");
        }
        foreach (var problem in LengthProblems($"{at}.name", c.Name, TextLimits.Name))
        {
            yield return problem;
        }
        if (c.WeightPercent <= 0m)
        {
            yield return new($"{at}.weightPercent", $"'{label}'의 가중치는 0보다 커야 합니다({c.WeightPercent}).", $"The weight of '{label}' must be above 0, not {c.WeightPercent}.");
        }
        if (c.Levels.Count < 2)
        {
            yield return new($"{at}.levels", $"'{label}'에는 평가 수준이 두 개 이상 필요합니다.", $"Criterion '{label}' needs at least two levels.");
        }
        for (var j = 0; j < c.Levels.Count; j++)
        {
            var l = c.Levels[j];
            if (string.IsNullOrWhiteSpace(l.Label))
            {
                yield return new($"{at}.levels[{j}].label", "평가 수준 이름이 필요합니다.", "A level needs a label.");
            }
            foreach (var problem in LengthProblems($"{at}.levels[{j}].label", l.Label, TextLimits.Label)
                .Concat(LengthProblems($"{at}.levels[{j}].description", l.Description, TextLimits.Paragraph)))
            {
                yield return problem;
            }
            if (l.Score is < 0m or > 100m)
            {
                yield return new($"{at}.levels[{j}].score", $"수준 점수는 0~100이어야 합니다({l.Score}).", $"A level's score lies in 0–100, not {l.Score}.");
            }
        }
        var labels = c.Levels.Select(l => l.Label?.Trim()).Where(x => !string.IsNullOrEmpty(x)).ToList();
        if (labels.Distinct().Count() != labels.Count || c.Levels.Select(l => l.Score).Distinct().Count() != c.Levels.Count)
        {
            yield return new($"{at}.levels", $"'{label}'의 평가 수준은 이름과 점수가 서로 달라야 합니다.", $"The levels of '{label}' must have distinct labels and distinct scores.");
        }
    }

    /// <summary>Scores keep the criterion name and level label in columns of their own: longer text is refused here.</summary>
    private static IEnumerable<Problem> LengthProblems(string field, string? text, int limit)
    {
        if (TextLimits.Exceeds(text, limit))
        {
            var (ko, en) = TextLimits.TooLong(text, limit);
            yield return new(field, ko, en);
        }
    }
}

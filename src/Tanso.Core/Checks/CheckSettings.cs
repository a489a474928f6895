namespace Tanso.Core.Checks;

/// <summary>What a cycle does with a report submitted after the reporting deadline.</summary>
public enum LateReportPolicy
{
    /// <summary>Accepted, and recorded with the days late (shown in the report and the national roll-up).</summary>
    AcceptAndRecord,

    /// <summary>Refused: the cycle no longer accepts a report once its deadline has passed.</summary>
    Refuse,
}

/// <summary>One proposed grade band, before validation.</summary>
/// <param name="Ko">Korean label.</param>
/// <param name="En">English label.</param>
/// <param name="MinScore">Lower cut-off.</param>
public sealed record GradeBandInput(string? Ko, string? En, decimal MinScore);

/// <summary>
/// A cycle's evaluation settings (점검 설정): quantitative weights, the quantitative/qualitative combination, the grade
/// scale and the qualitative aggregation options. Each cycle keeps its own, so changing next year's rules leaves a
/// published result as it was computed.
/// </summary>
/// <param name="Quantitative">Tasks / emissions / budget weights.</param>
/// <param name="Combination">Quantitative / qualitative weights.</param>
/// <param name="Grades">The grade scale.</param>
/// <param name="Qualitative">Trim threshold and calibration thresholds.</param>
public sealed record CheckSettings(QuantitativeWeights Quantitative, CombinationWeights Combination, GradeScale Grades, QualitativeOptions Qualitative)
{
    /// <summary>Today's defaults: 50/30/20, 60/40, 우수 90 · 양호 80 · 보통 70 · 미흡 60 · 부진, trimmed from 5 evaluators, SD 15, range 40.</summary>
    public static CheckSettings Default { get; } = new(QuantitativeWeights.Default, CombinationWeights.Default, GradeScale.Default, QualitativeOptions.Default);

    /// <summary>The grader these settings imply.</summary>
    public Grader Grader => new(Combination, Grades);

    /// <summary>What happens to a report submitted after the reporting deadline: accepted and recorded as late
    /// (the default, as the Enforcement Decree sets a deadline but no sanction), or refused.</summary>
    public LateReportPolicy LateReports { get; init; } = LateReportPolicy.AcceptAndRecord;

    /// <summary>How many assigned evaluators must have scored every criterion before the qualitative result is final
    /// (e.g. 2 of 3); null: all of them.</summary>
    public int? Quorum { get; init; }

    /// <summary>Builds settings from proposed values, or lists every problem (nothing is built while there is one).</summary>
    public static (CheckSettings? Settings, IReadOnlyList<Problem> Problems) TryCreate(decimal tasksPercent, decimal emissionsPercent, decimal budgetPercent,
        decimal quantitativePercent, decimal qualitativePercent, IReadOnlyList<GradeBandInput> grades, int trimFromEvaluators, decimal maxStandardDeviation, decimal maxRange,
        LateReportPolicy lateReports = LateReportPolicy.AcceptAndRecord, int? quorum = null)
    {
        var problems = new List<Problem>();
        if (quorum is < 1)
        {
            problems.Add(new("quorum", $"정족수는 1명 이상이어야 합니다(입력: {quorum}).", $"A quorum is at least one evaluator, not {quorum}."));
        }
        if (tasksPercent < 0m || emissionsPercent < 0m || budgetPercent < 0m || tasksPercent + emissionsPercent + budgetPercent != 100m)
        {
            problems.Add(new("quantitative", $"정량 가중치(과제·배출·예산)는 0 이상이고 합이 100이어야 합니다(현재 합 {tasksPercent + emissionsPercent + budgetPercent}).",
                $"Quantitative weights (tasks, emissions, budget) must be zero or more and sum to 100 (they sum to {tasksPercent + emissionsPercent + budgetPercent})."));
        }
        if (quantitativePercent < 0m || qualitativePercent < 0m || quantitativePercent + qualitativePercent != 100m)
        {
            problems.Add(new("combination", $"정량·정성 반영 비율은 0 이상이고 합이 100이어야 합니다(현재 합 {quantitativePercent + qualitativePercent}).",
                $"The quantitative and qualitative weights must be zero or more and sum to 100 (they sum to {quantitativePercent + qualitativePercent})."));
        }
        problems.AddRange(GradeProblems(grades));
        if (trimFromEvaluators < 3)
        {
            problems.Add(new("qualitative.trimFromEvaluators", "최고·최저점 제외는 평가위원 3명 이상부터 적용할 수 있습니다.", "Trimming needs at least 3 evaluators."));
        }
        if (maxStandardDeviation < 0m)
        {
            problems.Add(new("qualitative.maxStandardDeviation", "표준편차 기준은 0 이상이어야 합니다.", "The standard deviation threshold must be zero or more."));
        }
        if (maxRange < 0m)
        {
            problems.Add(new("qualitative.maxRange", "점수 범위 기준은 0 이상이어야 합니다.", "The range threshold must be zero or more."));
        }
        if (problems.Count > 0)
        {
            return (null, problems);
        }
        var scale = new GradeScale(grades.Select(g => new GradeBand(g.Ko!, g.En!, g.MinScore)));
        return (new CheckSettings(new QuantitativeWeights(tasksPercent, emissionsPercent, budgetPercent), new CombinationWeights(quantitativePercent, qualitativePercent), scale,
            new QualitativeOptions(trimFromEvaluators, maxStandardDeviation, maxRange)) { LateReports = lateReports, Quorum = quorum }, []);
    }

    private static IEnumerable<Problem> GradeProblems(IReadOnlyList<GradeBandInput> grades)
    {
        if (grades.Count < 2)
        {
            yield return new("grades", "등급은 두 개 이상이어야 합니다.", "A grade scale needs at least two grades.");
            yield break;
        }
        for (var i = 0; i < grades.Count; i++)
        {
            var g = grades[i];
            if (string.IsNullOrWhiteSpace(g.Ko) || string.IsNullOrWhiteSpace(g.En))
            {
                yield return new($"grades[{i}]", "등급마다 한국어와 영어 이름이 필요합니다.", "Every grade needs a Korean and an English label.");
            }
            if (g.MinScore is < 0m or > 100m)
            {
                yield return new($"grades[{i}].minScore", $"하한 점수는 0~100이어야 합니다({g.MinScore}).", $"A cut-off lies in 0–100, not {g.MinScore}.");
            }
            else if (i > 0 && g.MinScore >= grades[i - 1].MinScore)
            {
                yield return new($"grades[{i}].minScore", "하한 점수는 높은 등급부터 차례로 낮아져야 합니다.", "Cut-offs must descend strictly, highest grade first.");
            }
        }
        if (grades[^1].MinScore != 0m)
        {
            yield return new($"grades[{grades.Count - 1}].minScore", "가장 낮은 등급의 하한은 0이어야 합니다(모든 점수에 등급이 있도록).",
                "The lowest grade's cut-off must be 0, so that every score has a grade.");
        }
        var ko = grades.Select(g => g.Ko?.Trim()).Where(l => !string.IsNullOrEmpty(l)).ToList();
        var en = grades.Select(g => g.En?.Trim()).Where(l => !string.IsNullOrEmpty(l)).ToList();
        if (ko.Distinct().Count() != ko.Count || en.Distinct().Count() != en.Count)
        {
            yield return new("grades", "등급 이름은 서로 달라야 합니다.", "Grade labels must be distinct.");
        }
    }
}

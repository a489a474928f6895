using Tanso.Core.Checks;

namespace Tanso.Core.Tests.Checks;

public sealed class QualitativeScoreTests
{
    private static RubricCriterion Criterion(string name, decimal weight) =>
        new(name, weight, Rubric.FiveLevels("탁월", "충실", "보통", "부족", "매우 부족"));

    private static Rubric TwoCriteria() => new("2024 정성평가", [Criterion("추진체계", 40m), Criterion("성과", 60m)]);

    private static IEnumerable<EvaluatorScore> Scores(string criterion, params decimal[] scores) =>
        scores.Select((s, i) => new EvaluatorScore($"e{i + 1}", criterion, s));

    [Fact]
    public void FromFiveEvaluators_TheHighestAndLowestAreDropped_AndTheSpreadFlagsDisagreement()
    {
        // 추진체계 100, 80, 60, 60, 20: mean 64; trimmed (80 + 60 + 60) / 3 = 66.67;
        //   deviations 36, 16, −4, −4, −44 → squares sum 3520, / 5 = 704, √704 = 26.53 > 15; range 80 > 40 → 조정 필요
        // 성과 80, 80, 60, 80, 80: mean 76; trimmed (80 + 80 + 80) / 3 = 80; deviations 4, 4, −16, 4, 4 → 320 / 5 = 64, √64 = 8; range 20
        // score 66.67 × 0.4 + 80 × 0.6 = 26.67 + 48 = 74.67
        var q = QualitativeScoring.Aggregate(TwoCriteria(), [.. Scores("추진체계", 100m, 80m, 60m, 60m, 20m), .. Scores("성과", 80m, 80m, 60m, 80m, 80m)]);

        var (a, b) = (q.Criteria[0], q.Criteria[1]);
        Assert.Equal((64m, 66.67m, 26.5330m, 80m, true), (a.Mean, Math.Round(a.TrimmedMean!.Value, 2), Math.Round(a.StandardDeviation!.Value, 4), a.Range, a.NeedsCalibration));
        Assert.Equal((76m, 80m, 8m, 20m, false), (b.Mean, b.TrimmedMean, b.StandardDeviation, b.Range, b.NeedsCalibration));
        Assert.Equal(a.TrimmedMean, a.Aggregate);
        Assert.Equal(74.67m, Math.Round(q.Score!.Value, 2));
        Assert.Equal(["추진체계"], q.NeedingCalibration);
    }

    [Fact]
    public void BelowFiveEvaluators_TheArithmeticMeanIsUsed()
    {
        // 추진체계 100, 80, 60, 60: mean 75; deviations 25, 5, −15, −15 → 1100 / 4 = 275, √275 = 16.58 > 15 (range 40 is not above 40)
        // 성과 80, 80, 80, 60: mean 75; √(300 / 4) = 8.66. Score 75 × 0.4 + 75 × 0.6 = 75
        var q = QualitativeScoring.Aggregate(TwoCriteria(), [.. Scores("추진체계", 100m, 80m, 60m, 60m), .. Scores("성과", 80m, 80m, 80m, 60m)]);

        Assert.Null(q.Criteria[0].TrimmedMean);
        Assert.Equal(75m, q.Criteria[0].Aggregate);
        Assert.Equal(16.58m, Math.Round(q.Criteria[0].StandardDeviation!.Value, 2));
        Assert.True(q.Criteria[0].NeedsCalibration);
        Assert.False(q.Criteria[1].NeedsCalibration);
        Assert.Equal(75m, q.Score);
    }

    [Fact]
    public void TheThresholds_AreConfigurable_AndOnlyExceedingThemFlags()
    {
        var options = new QualitativeOptions(trimFromEvaluators: 5, maxStandardDeviation: 30m, maxRange: 80m);

        var q = QualitativeScoring.Aggregate(TwoCriteria(), [.. Scores("추진체계", 100m, 80m, 60m, 60m, 20m), .. Scores("성과", 80m, 80m, 80m, 80m, 80m)], options);

        Assert.Empty(q.NeedingCalibration); // √704 = 26.5 ≤ 30 and range 80 is not above 80
        Assert.Equal((80m, 0m), (q.Criteria[1].TrimmedMean, q.Criteria[1].StandardDeviation)); // ties: one 80 dropped each side
    }

    [Fact]
    public void AnUnscoredCriterion_LeavesTheScoreOpen()
    {
        var q = QualitativeScoring.Aggregate(TwoCriteria(), Scores("성과", 80m, 60m));

        Assert.Null(q.Score);
        Assert.Equal(["추진체계"], q.Unscored);
        Assert.Equal(70m, q.Criteria[1].Mean);
    }

    [Fact]
    public void ScoresMustBeLevelsOfKnownCriteria_GivenOnceByEachEvaluator()
    {
        var rubric = TwoCriteria();

        Assert.Throws<ArgumentException>(() => QualitativeScoring.Aggregate(rubric, Scores("홍보", 80m)));
        Assert.Throws<ArgumentException>(() => QualitativeScoring.Aggregate(rubric, Scores("성과", 70m)));
        Assert.Throws<ArgumentException>(() => QualitativeScoring.Aggregate(rubric, [new("e1", "성과", 80m), new("e1", "성과", 60m)]));
    }

    public static TheoryData<string, Func<Rubric>> InvalidRubrics() => new()
    {
        { "weights sum to 90", () => new Rubric("r", [Criterion("a", 40m), Criterion("b", 50m)]) },
        { "two criteria named alike", () => new Rubric("r", [Criterion("a", 50m), Criterion("a", 50m)]) },
        { "no criteria", () => new Rubric("r", []) },
        { "a weight of zero", () => new Rubric("r", [Criterion("a", 100m), Criterion("b", 0m)]) },
        { "levels sharing a score", () => new Rubric("r", [new RubricCriterion("a", 100m, [new("상", "", 100m), new("중", "", 100m)])]) },
        { "levels sharing a label", () => new Rubric("r", [new RubricCriterion("a", 100m, [new("상", "", 100m), new("상", "", 50m)])]) },
        { "a single level", () => new Rubric("r", [new RubricCriterion("a", 100m, [new("상", "", 100m)])]) },
        { "a level above 100", () => new Rubric("r", [new RubricCriterion("a", 100m, [new("상", "", 120m), new("하", "", 0m)])]) },
    };

    [Theory]
    [MemberData(nameof(InvalidRubrics))]
    public void AnInvalidRubric_CannotBeBuilt(string why, Func<Rubric> build)
    {
        Assert.NotEmpty(why);
        Assert.Throws<ArgumentException>(build);
    }

    [Fact]
    public void FiveLevels_RunFrom100To20_HighestFirst()
    {
        var levels = Criterion("a", 100m).Levels;

        Assert.Equal([100m, 80m, 60m, 40m, 20m], levels.Select(l => l.Score));
        Assert.Equal(("매우 우수", "탁월"), (levels[0].Label, levels[0].Description));
    }
}

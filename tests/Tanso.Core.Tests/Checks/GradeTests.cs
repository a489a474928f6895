using Tanso.Core.Checks;
using Tanso.Core.Quantities;
using static Tanso.Core.Tests.Checks.CheckFactory;

namespace Tanso.Core.Tests.Checks;

public sealed class GradeTests
{
    [Theory]
    [InlineData(100, "우수", "Excellent")]
    [InlineData(90, "우수", "Excellent")]
    [InlineData(89.999, "양호", "Good")]
    [InlineData(80, "양호", "Good")]
    [InlineData(79.99, "보통", "Fair")]
    [InlineData(70, "보통", "Fair")]
    [InlineData(69.999, "미흡", "Poor")]
    [InlineData(60, "미흡", "Poor")]
    [InlineData(59.999, "부진", "Very poor")]
    [InlineData(0, "부진", "Very poor")]
    public void TheDefaultScale_GradesByLowerCutOff(decimal score, string ko, string en)
    {
        var grade = GradeScale.Default.GradeOf(score);

        Assert.Equal((ko, en), (grade.Ko, grade.En));
    }

    public static TheoryData<string, Func<GradeScale>> InvalidScales() => new()
    {
        { "cut-offs rising", () => new GradeScale([new("A", "A", 50m), new("B", "B", 80m), new("C", "C", 0m)]) },
        { "a cut-off repeated", () => new GradeScale([new("A", "A", 80m), new("B", "B", 80m), new("C", "C", 0m)]) },
        { "no band from 0", () => new GradeScale([new("A", "A", 80m), new("B", "B", 40m)]) },
        { "a label repeated", () => new GradeScale([new("A", "A", 80m), new("A", "B", 0m)]) },
        { "a single band", () => new GradeScale([new("A", "A", 0m)]) },
        { "a cut-off above 100", () => new GradeScale([new("A", "A", 110m), new("B", "B", 0m)]) },
    };

    [Theory]
    [MemberData(nameof(InvalidScales))]
    public void AnInvalidScale_CannotBeBuilt(string why, Func<GradeScale> build)
    {
        Assert.NotEmpty(why);
        Assert.Throws<ArgumentException>(build);
    }

    [Fact]
    public void ACustomScale_UsesItsOwnLabelsAndCutOffs()
    {
        var scale = new GradeScale([new("가", "A", 85m), new("나", "B", 50m), new("다", "C", 0m)]);

        Assert.Equal(("가", "나", "나", "다"), (scale.GradeOf(85m).Ko, scale.GradeOf(84.9m).Ko, scale.GradeOf(50m).Ko, scale.GradeOf(49.9m).Ko));
    }

    [Theory]
    [InlineData(75, 80.0, 60, 40, 77, "보통")]    // 75 × 0.6 + 80 × 0.4 = 45 + 32
    [InlineData(75, 80.0, 70, 30, 76.5, "보통")]  // 52.5 + 24
    [InlineData(85, 95.0, 60, 40, 89, "양호")]    // 51 + 38
    [InlineData(75, null, 60, 40, 75, "보통")]    // no qualitative score: the quantitative counts alone
    public void TheCombinedScore_WeightsQuantitativeAndQualitative(decimal quantitative, double? qualitative, decimal wq, decimal wl, decimal score, string grade)
    {
        var combined = new Grader(new CombinationWeights(wq, wl)).Combine(quantitative, (decimal?)qualitative)!;

        Assert.Equal(score, combined.Score);
        Assert.Equal(grade, combined.Grade.Ko);
        Assert.Equal(qualitative is null ? 100m : wq, combined.QuantitativeWeightPercent);
    }

    [Fact]
    public void GradesApplyPerTaskPerSectorAndOverall()
    {
        var grader = new Grader();
        var sector = EmissionsPerformance.Of(new EmissionsReading(null, 2024, new TonnesCo2e(1000m), new TonnesCo2e(900m), new TonnesCo2e(850m), 1));

        Assert.Equal(89m, grader.Task(Scored(85m), 95m)!.Score);          // 51 + 38
        Assert.Equal(88m, grader.Sector(sector, 70m)!.Score);             // 150 % → capped 120 → held to 100: 60 + 28
        Assert.Null(grader.Task(Scored(85m, TaskProgressStatus.Dropped), 90m)); // dropped: no grade
        Assert.Equal(90m, grader.Task(TaskScoring.Score(Report()), 90m)!.Score); // no KPI: the qualitative score alone
        var overall = grader.Overall(new QuantitativeScore([], 75m, []), new QualitativeScore([], 80m))!;
        Assert.Equal((77m, "보통"), (overall.Score, overall.Grade.Ko));
    }

    [Theory]
    [InlineData(60, 30)]
    [InlineData(110, -10)]
    public void CombinationWeights_MustSumTo100(decimal wq, decimal wl) =>
        Assert.Throws<ArgumentException>(() => new CombinationWeights(wq, wl));
}

using Tanso.Core.Checks;

namespace Tanso.Core.Tests.Checks;

public sealed class CycleSettingsTests
{
    private static readonly GradeBandInput[] DefaultBands = [new("우수", "Excellent", 90m), new("양호", "Good", 80m), new("보통", "Fair", 70m), new("미흡", "Poor", 60m), new("부진", "Very poor", 0m)];

    private static CheckCycle InStage(CheckStage stage)
    {
        var cycle = new CheckCycle(planId: 5, CheckPeriod.OfYear(2024));
        for (var s = CheckStage.Open + 1; s <= stage; s++)
        {
            cycle.MoveTo(s);
        }
        return cycle;
    }

    [Fact]
    public void ANewCycle_HasTodaysDefaults_AndTanso_sDefaultRubricWeightedTo100()
    {
        var cycle = InStage(CheckStage.Open);
        Assert.Equal(CheckSettings.Default, cycle.Settings);
        Assert.Equal(100m, cycle.Rubric.Criteria.Sum(c => c.WeightPercent));
        Assert.All(cycle.Rubric.Criteria, c => Assert.Equal([100m, 80m, 60m, 40m, 20m], c.Levels.Select(l => l.Score)));
        Assert.Equal("2024 정성평가 기준표 (Tanso 기본값)", cycle.Rubric.Name);
    }

    public static TheoryData<decimal, decimal, decimal, decimal, decimal, int, decimal, decimal, string[]> Proposals() => new()
    {
        { 50, 30, 20, 60, 40, 5, 15, 40, [] },
        { 100, 0, 0, 100, 0, 3, 0, 0, [] },
        { 50, 30, 30, 60, 40, 5, 15, 40, ["quantitative"] },
        { -10, 90, 20, 60, 40, 5, 15, 40, ["quantitative"] },
        { 50, 30, 20, 60, 30, 5, 15, 40, ["combination"] },
        { 50, 30, 20, 60, 40, 2, -1, -1, ["qualitative.trimFromEvaluators", "qualitative.maxStandardDeviation", "qualitative.maxRange"] },
    };

    [Theory]
    [MemberData(nameof(Proposals))]
    public void Settings_AreBuiltOnlyWhenEveryFieldIsValid(decimal tasks, decimal emissions, decimal budget, decimal quantitative, decimal qualitative, int trim, decimal sd, decimal range, string[] fields)
    {
        var (settings, problems) = CheckSettings.TryCreate(tasks, emissions, budget, quantitative, qualitative, DefaultBands, trim, sd, range);
        Assert.Equal(fields, problems.Select(p => p.Field));
        Assert.Equal(fields.Length == 0, settings is not null);
        Assert.All(problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Ko) || string.IsNullOrWhiteSpace(p.En)));
    }

    public static TheoryData<GradeBandInput[], string[]> Scales() => new()
    {
        { [new("통과", "Pass", 50m), new("미달", "Fail", 0m)], [] },
        { [new("통과", "Pass", 0m)], ["grades"] },
        { [new("상", "High", 50m), new("하", "Low", 60m), new("최하", "Lowest", 0m)], ["grades[1].minScore"] },
        { [new("상", "High", 50m), new("하", "Low", 10m)], ["grades[1].minScore"] },
        { [new("상", "High", 150m), new("상", "Low", 0m)], ["grades[0].minScore", "grades"] },
        { [new("", "High", 50m), new("하", "Low", 0m)], ["grades[0]"] },
    };

    [Theory]
    [MemberData(nameof(Scales))]
    public void AGradeScale_NamesEachBadBand(GradeBandInput[] bands, string[] fields) =>
        Assert.Equal(fields, CheckSettings.TryCreate(50, 30, 20, 60, 40, bands, 5, 15, 40).Problems.Select(p => p.Field));

    [Fact]
    public void Configure_ReplacesSettingsAndDeadlinesTogether_OrNothingWhenADeadlineIsOutOfOrder()
    {
        var cycle = InStage(CheckStage.Evaluation);
        var settings = CheckSettings.TryCreate(100, 0, 0, 70, 30, DefaultBands, 5, 15, 40).Settings!;

        var refused = cycle.Configure(settings, new Dictionary<CheckStage, DateOnly> { [CheckStage.Reporting] = new(2025, 6, 30), [CheckStage.Evaluation] = new(2025, 5, 1) });
        Assert.Equal(["deadlines.Evaluation"], refused.Select(p => p.Field));
        Assert.Equal(CheckSettings.Default, cycle.Settings);
        Assert.Equal(new DateOnly(2025, 5, 31), cycle.DueOn(CheckStage.Reporting));

        Assert.Empty(cycle.Configure(settings, new Dictionary<CheckStage, DateOnly> { [CheckStage.Reporting] = new(2025, 6, 30), [CheckStage.Published] = new(2025, 10, 1) }));
        Assert.Equal(70m, cycle.Settings.Combination.QuantitativePercent);
        Assert.Equal([CheckStage.Reporting, CheckStage.Published], cycle.Deadlines.Select(d => d.Stage));
        Assert.Equal(["deadlines.Reporting"], cycle.DeadlineProblems(new Dictionary<CheckStage, DateOnly> { [CheckStage.Reporting] = new(2024, 12, 30) }).Select(p => p.Field));
    }

    [Fact]
    public void SettingsAndTheRubric_LockAtCommitteeReview_AndTheRubricOnceScored()
    {
        var rubric = RubricDraft.TryCreate("시험", [new RubricCriterionInput("계획", 100m, [new("상", "", 100m), new("하", "", 0m)])]).Rubric!;
        var evaluating = InStage(CheckStage.Evaluation);
        Assert.NotNull(evaluating.ReplaceRubric(rubric, anyScored: true));
        Assert.Null(evaluating.ReplaceRubric(rubric, anyScored: false));
        Assert.Equal("시험", evaluating.Rubric.Name);

        var committee = InStage(CheckStage.CommitteeReview);
        Assert.NotNull(committee.SettingsLocked);
        Assert.NotNull(committee.ReplaceRubric(rubric, anyScored: false));
        Assert.Equal([""], committee.Configure(CheckSettings.Default, new Dictionary<CheckStage, DateOnly>()).Select(p => p.Field));
    }

    [Fact]
    public void ARubricDraft_NamesEveryProblemByField()
    {
        var (rubric, problems) = RubricDraft.TryCreate(" ", [
            new RubricCriterionInput("계획", 0m, [new("상", "", 100m)]),
            new RubricCriterionInput("계획", 50m, [new("상", "", 100m), new("", "", 120m), new("상", "", 100m)]),
        ]);
        Assert.Null(rubric);
        Assert.Equal(["name", "criteria[0].weightPercent", "criteria[0].levels", "criteria[1].levels[1].label", "criteria[1].levels[1].score", "criteria[1].levels", "criteria", "criteria"],
            problems.Select(p => p.Field));
    }

    [Fact]
    public void ARubricDraft_RefusesNamesAndLabelsLongerThanAScoreKeeps()
    {
        var (rubric, problems) = RubricDraft.TryCreate(new string('기', 201), [
            new RubricCriterionInput(new string('계', 201), 100m, [new(new string('상', 101), new string('설', 4001), 100m), new("하", "", 0m)]),
        ]);
        Assert.Null(rubric);
        Assert.Equal(["name", "criteria[0].name", "criteria[0].levels[0].label", "criteria[0].levels[0].description"], problems.Select(p => p.Field));
        Assert.Contains("201", problems[1].Ko, StringComparison.Ordinal);
        Assert.NotNull(RubricDraft.TryCreate(new string('기', 200), [
            new RubricCriterionInput(new string('계', 200), 100m, [new(new string('상', 100), "", 100m), new("하", "", 0m)]),
        ]).Rubric);
    }

    public static TheoryData<ReviewStage?, CheckStage, bool> ScoringWindows() => new()
    {
        { null, CheckStage.Reporting, false },
        { null, CheckStage.Evaluation, true },
        { ReviewStage.Draft, CheckStage.CommitteeReview, true },
        { ReviewStage.ShownToGovernment, CheckStage.Evaluation, false },
        { ReviewStage.Replied, CheckStage.CommitteeReview, true },
        { ReviewStage.Final, CheckStage.CommitteeReview, false },
        { ReviewStage.Final, CheckStage.Published, false },
    };

    [Theory]
    [MemberData(nameof(ScoringWindows))]
    public void Scores_ChangeDuringEvaluation_ExceptWhileShownOrFinal(ReviewStage? review, CheckStage stage, bool open) =>
        Assert.Equal(open, ScoreSheet.WhyClosed(stage, review) is null);

    [Fact]
    public void AScoreSheet_KeepsOneScorePerCriterion_ByLevelLabel()
    {
        var rubric = DefaultRubric.Named("시험");
        var sheet = new ScoreSheet(1, "ev");
        Assert.Null(sheet.Set(rubric, "추진체계", "우수", " 근거 충분 ", "회의록 p.2"));
        Assert.Null(sheet.Set(rubric, "추진체계", "보통", "", ""));
        Assert.NotNull(sheet.Set(rubric, "추진체계", "훌륭함", "", ""));
        Assert.NotNull(sheet.Set(rubric, "없는 항목", "우수", "", ""));
        Assert.NotNull(sheet.Set(rubric, "추진체계", "우수", new string('가', 4001), "")); // longer than the column
        Assert.NotNull(sheet.Set(rubric, "추진체계", "우수", "", new string('가', 4001)));
        var score = Assert.Single(sheet.Scores);
        Assert.Equal(("보통", 60m), (score.Level, score.Score));
        Assert.Equal([new EvaluatorScore("ev", "추진체계", 60m)], sheet.ToEvaluatorScores());
    }
}

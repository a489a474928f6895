using Tanso.Core.Checks;

namespace Tanso.Core.Tests.Checks;

public sealed class QualitativeCompletionTests
{
    private static readonly Rubric TwoCriteria = new("정성평가", [
        new RubricCriterion("추진체계", 40m, Rubric.FiveLevels("탁월", "충실", "보통", "부족", "매우 부족")),
        new RubricCriterion("성과", 60m, Rubric.FiveLevels("탁월", "충실", "보통", "부족", "매우 부족"))]);

    private static ScoreSheet Sheet(string evaluator, params (string Criterion, string Level)[] levels)
    {
        var sheet = new ScoreSheet(1, evaluator);
        foreach (var (criterion, level) in levels)
        {
            Assert.Null(sheet.Set(TwoCriteria, criterion, level, null, null));
        }
        return sheet;
    }

    private static QualitativeCompletion Of(IReadOnlyList<string> assigned, IReadOnlyList<ScoreSheet> sheets, int? quorum, params CalibrationResolution[] resolutions) =>
        QualitativeCompletion.Of(TwoCriteria, assigned, sheets, QualitativeScoring.Aggregate(TwoCriteria, sheets.SelectMany(s => s.ToEvaluatorScores())), quorum, resolutions);

    [Fact]
    public void OneOfTwoEvaluatorsScoringEverything_IsProvisional_WhenBothAreNeeded()
    {
        // The old rule counted this as complete: every criterion had a score.
        var c = Of(["ev1", "ev2"], [Sheet("ev1", ("추진체계", "우수"), ("성과", "우수"))], quorum: null);

        Assert.Equal((1, 2, false, false), (c.Complete, c.Quorum, c.QuorumMet, c.IsFinal));
        Assert.Equal("평가위원 2명 중 1명 채점 완료 (정족수 2명)", c.Korean);
        Assert.Equal("1 of 2 evaluators scored (quorum 2)", c.English);
    }

    [Fact]
    public void TwoOfThree_IsFinal_WithAQuorumOfTwo_AndAgreement()
    {
        var c = Of(["ev1", "ev2", "ev3"], [Sheet("ev1", ("추진체계", "우수"), ("성과", "우수")), Sheet("ev2", ("추진체계", "우수"), ("성과", "보통")),
            Sheet("ev3", ("추진체계", "보통"))], quorum: 2);

        Assert.Equal([(2, 0), (2, 0), (1, 1)], c.Evaluators.Select(e => (e.Scored, e.ToScore)));
        Assert.True(c.IsFinal);
        Assert.Equal("2 of 3 evaluators scored (quorum 2)", c.English);
    }

    [Fact]
    public void ASheetMissingOneCriterion_DoesNotCountTowardsTheQuorum()
    {
        var c = Of(["ev1", "ev2"], [Sheet("ev1", ("추진체계", "우수"), ("성과", "우수")), Sheet("ev2", ("성과", "우수"))], quorum: 2);

        Assert.False(c.QuorumMet);
        Assert.Equal([true, false], c.Evaluators.Select(e => e.IsComplete));
    }

    [Fact]
    public void NoEvaluatorsAssigned_IsNeverFinal()
    {
        var c = Of([], [], quorum: null);

        Assert.Equal((0, false), (c.Quorum, c.IsFinal));
    }

    [Fact]
    public void ACalibrationFlag_KeepsItProvisional_UntilResolvedAgainstTheStandingScores()
    {
        // 추진체계 매우 우수 (100) and 미흡 (40): range 60 > 40 → 조정 필요.
        ScoreSheet[] sheets = [Sheet("ev1", ("추진체계", "매우 우수"), ("성과", "우수")), Sheet("ev2", ("추진체계", "미흡"), ("성과", "우수"))];
        var open = Of(["ev1", "ev2"], sheets, quorum: 2);
        Assert.Equal((true, false), (open.QuorumMet, open.IsFinal));
        Assert.Equal(["추진체계"], open.Unresolved);
        Assert.Equal("2 of 2 evaluators scored (quorum 2); calibration needed: 추진체계", open.English);

        var resolution = new CalibrationResolution(1, "추진체계", [40m, 100m], "평가위원 협의 결과 현 점수를 유지함", new DateOnly(2025, 7, 1), "nat");
        Assert.True(Of(["ev1", "ev2"], sheets, 2, resolution).IsFinal);

        // ev2 changes the score: the resolution no longer covers the scores, and the flag is open again.
        Assert.Null(sheets[1].Set(TwoCriteria, "추진체계", "매우 미흡", null, null));
        Assert.Equal(["추진체계"], Of(["ev1", "ev2"], sheets, 2, resolution).Unresolved);
    }

    [Fact]
    public void AQuorumBelowOne_IsRefusedWithItsField()
    {
        var (settings, problems) = CheckSettings.TryCreate(50, 30, 20, 60, 40, [new("우수", "Excellent", 90), new("부진", "Poor", 0)], 5, 15, 40, quorum: 0);

        Assert.Null(settings);
        Assert.Equal(["quorum"], problems.Select(p => p.Field));
    }
}

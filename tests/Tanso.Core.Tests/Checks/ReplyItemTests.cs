using Tanso.Core.Checks;

namespace Tanso.Core.Tests.Checks;

public sealed class ReplyItemTests
{
    private static readonly HashSet<ReplyTarget> Repliable = [new(ReplyTargetKind.Score, 11), new(ReplyTargetKind.Score, 12), new(ReplyTargetKind.Opinion, 7)];

    private static EvaluationReview Shown()
    {
        var review = new EvaluationReview(1, 26, ReviewScope.Whole);
        review.Revise(74m, "초안");
        Assert.True(review.Show(new DateOnly(2025, 8, 20), new DateOnly(2025, 8, 1)).Allowed);
        return review;
    }

    [Fact]
    public void AGovernment_RepliesToOneScoreAndOneOpinion_WithoutAnOverallReply()
    {
        var review = Shown();

        var t = review.ReplyWith(null, [(new(ReplyTargetKind.Score, 12), " 근거 자료 p.14를 보지 않았습니다. "), (new(ReplyTargetKind.Opinion, 7), "이미 반영했습니다.")],
            Repliable, new DateOnly(2025, 8, 10));

        Assert.True(t.Allowed);
        Assert.Equal(ReviewStage.Replied, review.Stage);
        Assert.Equal("", review.Reply);
        Assert.Equal([(ReplyTargetKind.Score, 12, "근거 자료 p.14를 보지 않았습니다."), (ReplyTargetKind.Opinion, 7, "이미 반영했습니다.")],
            review.Items.Select(i => (i.Kind, i.TargetId, i.Text)));
    }

    [Fact]
    public void EveryProblemOfAReply_IsListedWithItsField()
    {
        var problems = ReplyItem.Problems(" ", [(new(ReplyTargetKind.Score, 99), "다른 지자체 점수"), (new(ReplyTargetKind.Score, 11), " "),
            (new(ReplyTargetKind.Opinion, 7), "한 번"), (new(ReplyTargetKind.Opinion, 7), "두 번")], Repliable);

        Assert.Equal(["items[0].id", "items[1].text", "items[3].id"], problems.Select(p => p.Field));
        Assert.Equal("There is no score 99 in this result.", problems[0].En);
        Assert.Equal(["reply"], ReplyItem.Problems("", [], Repliable).Select(p => p.Field));
    }

    [Fact]
    public void ItemRepliesAfterTheDeadline_AreRefused_AndNothingIsKept()
    {
        var review = Shown();

        var t = review.ReplyWith("늦은 소명", [(new(ReplyTargetKind.Score, 11), "점수 이의")], Repliable, new DateOnly(2025, 8, 21));

        Assert.False(t.Allowed);
        Assert.Empty(review.Items);
        Assert.Equal(ReviewStage.ShownToGovernment, review.Stage);
    }
}

using Tanso.Core.Checks;

namespace Tanso.Core.Tests.Checks;

public sealed class EvaluationReviewTests
{
    private static readonly DateOnly ShownOn = new(2025, 7, 1);
    private static readonly DateOnly Due = new(2025, 7, 10);
    private static readonly DateOnly AfterDue = new(2025, 7, 11);

    public enum Move
    {
        Revise,
        Show,
        Reply,
        FinaliseBeforeDue,
        FinaliseAfterDue,
    }

    private static EvaluationReview InStage(ReviewStage stage)
    {
        var review = new EvaluationReview(1, 26, ReviewScope.Qualitative);
        if (stage == ReviewStage.Draft)
        {
            return review;
        }
        review.Revise(72m, "추진체계 보완 필요");
        review.Show(Due, ShownOn);
        if (stage == ReviewStage.Replied)
        {
            review.ReplyWith("예산 확보 지연 사유 소명", Due);
        }
        if (stage == ReviewStage.Final)
        {
            review.Finalise(AfterDue);
        }
        Assert.Equal(stage, review.Stage);
        return review;
    }

    private static ReviewTransition Do(EvaluationReview review, Move move) => move switch
    {
        Move.Revise => review.Revise(76m, "소명 반영"),
        Move.Show => review.Show(Due, ShownOn),
        Move.Reply => review.ReplyWith("소명", Due),
        Move.FinaliseBeforeDue => review.Finalise(Due),
        _ => review.Finalise(AfterDue),
    };

    [Theory]
    [InlineData(ReviewStage.Draft, Move.Revise, true, ReviewStage.Draft)]
    [InlineData(ReviewStage.Draft, Move.Show, false, ReviewStage.Draft)]            // nothing scored yet
    [InlineData(ReviewStage.Draft, Move.Reply, false, ReviewStage.Draft)]
    [InlineData(ReviewStage.Draft, Move.FinaliseAfterDue, false, ReviewStage.Draft)] // never shown: no right of reply given
    [InlineData(ReviewStage.ShownToGovernment, Move.Revise, false, ReviewStage.ShownToGovernment)]
    [InlineData(ReviewStage.ShownToGovernment, Move.Show, false, ReviewStage.ShownToGovernment)]
    [InlineData(ReviewStage.ShownToGovernment, Move.Reply, true, ReviewStage.Replied)]                 // on the deadline day
    [InlineData(ReviewStage.ShownToGovernment, Move.FinaliseBeforeDue, false, ReviewStage.ShownToGovernment)]
    [InlineData(ReviewStage.ShownToGovernment, Move.FinaliseAfterDue, true, ReviewStage.Final)]       // no reply by the deadline
    [InlineData(ReviewStage.Replied, Move.Revise, true, ReviewStage.Replied)]
    [InlineData(ReviewStage.Replied, Move.Reply, false, ReviewStage.Replied)]                         // one reply
    [InlineData(ReviewStage.Replied, Move.FinaliseBeforeDue, true, ReviewStage.Final)]
    [InlineData(ReviewStage.Final, Move.Revise, false, ReviewStage.Final)]
    [InlineData(ReviewStage.Final, Move.Reply, false, ReviewStage.Final)]
    [InlineData(ReviewStage.Final, Move.FinaliseAfterDue, false, ReviewStage.Final)]
    public void TheRightOfReply_AllowsOnlyItsMoves(ReviewStage from, Move move, bool allowed, ReviewStage to)
    {
        var review = InStage(from);
        var before = (review.Score, review.Reply);

        var t = Do(review, move);

        Assert.Equal(allowed, t.Allowed);
        Assert.Equal(to, t.Stage);
        Assert.Equal(to, review.Stage);
        if (!allowed)
        {
            Assert.Equal(before, (review.Score, review.Reply));
            Assert.False(string.IsNullOrWhiteSpace(t.Refusal!.Value.Ko));
            Assert.False(string.IsNullOrWhiteSpace(t.Refusal.Value.En));
        }
    }

    [Fact]
    public void AReplyAfterTheDeadline_IsRefusedWithTheDeadline()
    {
        var review = InStage(ReviewStage.ShownToGovernment);

        var t = review.ReplyWith("늦은 소명", AfterDue);

        Assert.Equal(("소명 기한이 지났습니다(기한: 2025-07-10).", "The reply deadline 2025-07-10 has passed."), t.Refusal);
        Assert.Null(review.Reply);
    }

    [Fact]
    public void EvaluatorsRevisingAfterAReply_IsCounted_AndTheReplyIsKept()
    {
        var review = InStage(ReviewStage.Replied);

        review.Revise(76m, "소명 반영");

        Assert.Equal((76m, "소명 반영", 1), (review.Score, review.Comment, review.RevisionCount));
        Assert.Equal(("예산 확보 지연 사유 소명", Due), (review.Reply, review.RepliedOn));
        Assert.True(review.Finalise(Due).Allowed);
    }

    [Fact]
    public void ADeadlineAlreadyPast_CannotBeGiven_AndScoresStayWithin0To100()
    {
        var review = InStage(ReviewStage.Draft);
        review.Revise(70m, "");

        Assert.False(review.Show(new DateOnly(2025, 6, 30), ShownOn).Allowed);
        Assert.Throws<ArgumentOutOfRangeException>(() => review.Revise(101m, ""));
    }
}

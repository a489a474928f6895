using Tanso.Core.Checks;

namespace Tanso.Core.Tests.Checks;

public sealed class OpinionTests
{
    private static readonly DateOnly Issued = new(2025, 8, 20);
    private static readonly DateOnly Answered = new(2025, 10, 1);

    private static ImprovementOpinion Opinion(int? taskId = 12, string text = "건물 부문 성과지표를 감축량 기반으로 보완") =>
        new(cycleId: 1, governmentId: 26, taskId, OpinionIssuer.Committee, text, Issued);

    [Theory]
    [InlineData(OpinionResponse.Accepted, null, null, true, true)]
    [InlineData(OpinionResponse.ReflectedInPlan, 3, null, true, false)]
    [InlineData(OpinionResponse.ReflectedInPlan, null, null, false, true)] // which revision?
    [InlineData(OpinionResponse.ReflectedInPlan, 0, null, false, true)]
    [InlineData(OpinionResponse.NotAccepted, null, "국비 미확보로 2026년 재검토", true, false)]
    [InlineData(OpinionResponse.NotAccepted, null, " ", false, true)]       // why not?
    public void AnAnswer_NeedsARevisionWhenReflected_AndAReasonWhenNotAccepted(OpinionResponse response, int? revision, string? reason,
        bool recorded, bool open)
    {
        var opinion = Opinion();

        var refusal = opinion.Respond(response, Answered, revision, reason);

        Assert.Equal(recorded, refusal is null);
        Assert.Equal(recorded ? response : null, opinion.Response);
        Assert.Equal(open, opinion.IsOpen);
    }

    [Fact]
    public void AnAcceptedOpinion_IsLaterReflected_AndThenCannotBeAnsweredAgain()
    {
        var opinion = Opinion();
        opinion.Respond(OpinionResponse.Accepted, Answered);

        Assert.Null(opinion.Respond(OpinionResponse.ReflectedInPlan, Answered.AddMonths(2), planRevision: 2));
        Assert.Equal((2, false), (opinion.PlanRevision, opinion.IsOpen));
        Assert.Equal("The opinion is already reflected in the plan.", opinion.Respond(OpinionResponse.NotAccepted, Answered, reason: "x")!.Value.En);
        Assert.Equal(OpinionResponse.ReflectedInPlan, opinion.Response);
    }

    [Fact]
    public void OpenOpinions_CarryIntoTheNextCycle_LinkedToTheirOriginal()
    {
        var unanswered = Opinion(text: "a");
        var accepted = Opinion(text: "b");
        accepted.Respond(OpinionResponse.Accepted, Answered);
        var reflected = Opinion(text: "c");
        reflected.Respond(OpinionResponse.ReflectedInPlan, Answered, planRevision: 2);
        var refused = Opinion(text: "d");
        refused.Respond(OpinionResponse.NotAccepted, Answered, reason: "사유");

        var carried = OpinionCarryOver.Carry([unanswered, accepted, reflected, refused], nextCycleId: 2);

        Assert.Equal(["a", "b"], carried.Select(o => o.Text));
        Assert.All(carried, o => Assert.Equal((2, 26, 12, Issued, 1), (o.CycleId, o.GovernmentId, o.TaskId, o.IssuedOn, o.TimesCarried)));
        Assert.Same(unanswered, carried[0].CarriedFrom);
        Assert.Null(carried[0].Response);
        Assert.Equal(OpinionResponse.Accepted, carried[1].Response); // only the reflection is still owed
    }

    [Fact]
    public void AnOpinionCarriedTwice_StillLeadsBackToTheOriginal()
    {
        var original = Opinion(taskId: null);

        var third = OpinionCarryOver.Carry(OpinionCarryOver.Carry([original], 2), 3).Single();

        Assert.Same(original, third.Original);
        Assert.Equal((3, 2, null), (third.CycleId, third.TimesCarried, third.TaskId));
        Assert.Null(third.CarriedFromId); // ids come once saved; the link is the navigation until then
    }

    private static readonly DateOnly Withdrawn = new(2025, 9, 1);

    [Theory]
    [InlineData(null, "중복 제시", true)]
    [InlineData(null, "  과제 번호 착오  ", true)]
    [InlineData(null, " ", false)]                                 // why?
    [InlineData(null, "", false)]
    [InlineData(OpinionResponse.Accepted, "중복 제시", false)]      // answered: the answer stands
    [InlineData(OpinionResponse.NotAccepted, "중복 제시", false)]
    [InlineData(OpinionResponse.ReflectedInPlan, "중복 제시", false)]
    public void AnOpinion_IsWithdrawnWithAReason_OnlyWhileUnanswered(OpinionResponse? answeredWith, string reason, bool withdrawn)
    {
        var opinion = Opinion();
        if (answeredWith is { } answer)
        {
            Assert.Null(opinion.Respond(answer, Answered, planRevision: 2, reason: "국비 미확보"));
        }
        var wasOpen = opinion.IsOpen;

        var refusal = opinion.Withdraw(Withdrawn, reason);

        Assert.Equal(withdrawn, refusal is null);
        Assert.Equal(withdrawn, opinion.IsWithdrawn);
        Assert.Equal(withdrawn ? Withdrawn : null, opinion.WithdrawnOn);
        Assert.Equal(withdrawn ? reason.Trim() : null, opinion.WithdrawalReason);
        Assert.Equal(!withdrawn && wasOpen, opinion.IsOpen);
        Assert.Equal(answeredWith, opinion.Response);
    }

    [Fact]
    public void AWithdrawnOpinion_CannotBeAnsweredOrWithdrawnAgain()
    {
        var opinion = Opinion();
        Assert.Null(opinion.Withdraw(Withdrawn, "중복 제시"));

        Assert.Equal("The opinion was withdrawn; it is not answered.", opinion.Respond(OpinionResponse.Accepted, Answered)!.Value.En);
        Assert.Null(opinion.Response);
        Assert.Equal("The opinion is already withdrawn.", opinion.Withdraw(Answered, "다른 사유")!.Value.En);
        Assert.Equal((Withdrawn, "중복 제시"), (opinion.WithdrawnOn, opinion.WithdrawalReason));
    }

    [Fact]
    public void AWithdrawnOpinion_IsNotCarriedIntoTheNextCycle()
    {
        var standing = Opinion(text: "a");
        var withdrawn = Opinion(text: "b");
        withdrawn.Withdraw(Withdrawn, "착오");

        var carried = OpinionCarryOver.Carry([standing, withdrawn], nextCycleId: 2);

        Assert.Equal(["a"], carried.Select(o => o.Text));
    }
}

using Tanso.Core.Plans;
using Tanso.Core.Quantities;

namespace Tanso.Core.Tests.Plans;

public sealed class PlanReviewTests
{
    private static readonly DateTime At = new(2024, 4, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2024, 4, 1);
    private static readonly PlanActor Officer = new("officer-1", "부산 담당자");
    private static readonly PlanActor Reviewer = new("national-1", "환경부 담당자");

    private static Plan Submitted()
    {
        var plan = new Plan(26, "부산광역시 탄소중립 녹색성장 기본계획", 2024, 2033, 2018, new TonnesCo2e(16_628_000m), "계획서");
        Assert.True(plan.RecordCommittee(new DateOnly(2024, 3, 20), CommitteeDecision.AdoptedWithChanges, "제2차 위원회 회의록.pdf", Today).Allowed);
        Assert.True(plan.Submit(Officer, At).Allowed);
        return plan;
    }

    [Fact]
    public void ASubmittedPlan_WaitsForTheReviewers_AndRecordsWhoSubmittedIt()
    {
        var plan = Submitted();

        Assert.Equal((PlanStatus.Submitted, PlanParty.Reviewers), (plan.Status, plan.WaitingFor));
        Assert.Equal(("officer-1", "부산 담당자", At), (plan.SubmittedById, plan.SubmittedByName, plan.SubmittedAtUtc));
        Assert.Equal((new DateOnly(2024, 3, 20), CommitteeDecision.AdoptedWithChanges), (plan.CommitteeDate, plan.CommitteeDecision));
    }

    [Fact]
    public void ThePersonWhoSubmitted_CannotReceiveOrApproveIt()
    {
        var plan = Submitted();

        var receive = plan.Receive(Officer);
        Assert.False(receive.Allowed);
        Assert.Equal("계획을 제출한 사람은 그 계획을 '접수'할 수 없습니다: 다른 검토자가 해야 합니다.", receive.Reason!.Value.Ko);
        Assert.True(plan.Receive(Reviewer).Allowed);
        Assert.False(plan.Approve(Officer, At).Allowed);
        Assert.Equal(PlanStatus.UnderReview, plan.Status);
    }

    [Fact]
    public void AnOpinion_MakesThePlanWaitForTheGovernment_AndBlocksApprovalUntilAnswered()
    {
        var plan = Submitted();
        plan.Receive(Reviewer);

        Assert.True(plan.Opine(Reviewer, fromProvince: false, "2030 수송 부문 목표의 산정 근거를 보완하십시오.", At).Allowed);
        Assert.Equal(PlanParty.Government, plan.WaitingFor);
        var refused = plan.Approve(Reviewer, At);
        Assert.Equal("1 review opinion(s) still await the government's answer; the review ends once all are answered.", refused.Reason!.Value.En);

        Assert.True(plan.Answer(plan.Opinions[0].Id, Officer, "부록 3에 산정 근거를 더했습니다.", At).Allowed);
        Assert.Equal(PlanParty.Reviewers, plan.WaitingFor);
        Assert.True(plan.Approve(Reviewer, At.AddDays(3)).Allowed);
        Assert.Equal((PlanStatus.Approved, PlanParty.Government, "환경부 담당자"), (plan.Status, plan.WaitingFor, plan.ReviewerName));
        Assert.True(plan.Publish(At.AddDays(5)).Allowed);
        Assert.Equal(PlanParty.Nobody, plan.WaitingFor);
    }

    [Fact]
    public void AReturnedPlan_IsADraftAgain_WithTheReason_AndMustPassTheCommitteeAgain()
    {
        var plan = Submitted();

        Assert.True(plan.Return(Reviewer, "기준연도 배출량이 인벤토리와 다릅니다.", At).Allowed);

        Assert.Equal((PlanStatus.Draft, PlanParty.Government), (plan.Status, plan.WaitingFor));
        Assert.Equal("기준연도 배출량이 인벤토리와 다릅니다.", plan.ReturnReason);
        Assert.Null(plan.CommitteeDate);
        Assert.False(plan.Submit(Officer, At).Allowed);
    }

    [Theory]
    [InlineData(2024, 4, 2, "minutes.pdf", "The committee date 2024-04-02 is after today (2024-04-01).")]
    [InlineData(2024, 3, 2, " ", "Attach the committee's minutes.")]
    public void ACommitteeRecord_NeedsAPastDateAndTheMinutes(int y, int m, int d, string minutes, string reason)
    {
        var plan = new Plan(26, "계획", 2024, 2033, 2018, new TonnesCo2e(1m), "s");

        var verdict = plan.RecordCommittee(new DateOnly(y, m, d), CommitteeDecision.Adopted, minutes, Today);

        Assert.Equal(reason, verdict.Reason!.Value.En);
        Assert.Equal(PlanStatus.Draft, plan.Status);
    }

    [Fact]
    public void ARefusedStep_ChangesNothing()
    {
        var plan = new Plan(26, "계획", 2024, 2033, 2018, new TonnesCo2e(1m), "s");

        var verdict = plan.Publish(At);

        Assert.False(verdict.Allowed);
        Assert.Equal((PlanStatus.Draft, null), (plan.Status, plan.PublishedAtUtc));
    }
}

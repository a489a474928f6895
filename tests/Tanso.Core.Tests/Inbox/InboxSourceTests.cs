using Tanso.Core.Access;
using Tanso.Core.Checks;
using Tanso.Core.Inbox;
using static Tanso.Core.Tests.Inbox.InboxWorld;

namespace Tanso.Core.Tests.Inbox;

public sealed class InboxSourceTests
{
    [Fact]
    public void AnUnsubmittedReport_IsDueForTheGovernmentsOwnOfficer_OnTheReportingDeadline_AndNobodyElses()
    {
        var facts = Facts(cycles: [Cycle(7, Busan, CheckStage.Reporting, reportDue: new(2026, 5, 31))]);

        var item = Assert.Single(Core.Inbox.Inbox.For(facts, BusanOfficer));

        Assert.Equal((InboxKind.ReportDue, "report:7", "/checks/7", new DateOnly(2026, 5, 31)), (item.Kind, item.Key, item.Link, item.DueOn));
        Assert.Equal("부산광역시 2025년 이행실적 보고", item.TitleKo);
        Assert.Equal(169, item.DaysLate(Today)); // 31 May to 16 November
        Assert.Equal(("169일 지남", "169 days late"), item.Countdown(Today));
        Assert.Empty(Core.Inbox.Inbox.For(facts, DaeguOfficer));
        Assert.Empty(Core.Inbox.Inbox.For(facts, Ev1));
        Assert.Empty(Core.Inbox.Inbox.For(facts, Actor.Public));
    }

    [Fact]
    public void ASubmittedReport_LeavesTheInbox()
    {
        var facts = Facts(cycles: [Cycle(7, Busan, CheckStage.Reporting, reportDue: new(2027, 5, 31), submitted: Today)]);

        Assert.Empty(Core.Inbox.Inbox.For(facts, BusanOfficer));
    }

    [Theory]
    [InlineData(CheckStage.Open, 0)]
    [InlineData(CheckStage.Reporting, 0)]
    [InlineData(CheckStage.Evaluation, 2)] // still missing the scores of ev1 (3 of 5) and ev2 (none)
    [InlineData(CheckStage.CommitteeReview, 2)]
    [InlineData(CheckStage.Published, 0)]
    public void Evaluators_SeeScoresToGive_OnlyWhileTheCycleTakesScores(CheckStage stage, int expected)
    {
        var cycle = Cycle(3, Daegu, stage, evaluationDue: new(2026, 11, 20), submitted: Today, evaluators: ["ev1", "ev2"], scored: new() { ["ev1"] = 3 });

        var items = new[] { Ev1, Ev2 }.SelectMany(e => Core.Inbox.Inbox.For(Facts(cycles: [cycle]), e)).Where(i => i.Kind == InboxKind.ScoresToGive).ToList();

        Assert.Equal(expected, items.Count);
        if (expected > 0)
        {
            Assert.Equal("대구광역시 2025년 정성평가 점수 매기기(3/5 항목 완료)", items[0].TitleKo);
            Assert.Equal("/checks/3/scoring", items[0].Link);
            Assert.Equal(4, items[0].DaysLeft(Today));
        }
    }

    [Fact]
    public void AnEvaluatorWhoScoredEveryCriterion_OrWasNotAssigned_HasNothingToScore()
    {
        var cycle = Cycle(3, Daegu, CheckStage.Evaluation, evaluators: ["ev1"], scored: new() { ["ev1"] = 5 });

        Assert.Empty(Core.Inbox.Inbox.For(Facts(cycles: [cycle]), Ev1));
        Assert.Empty(Core.Inbox.Inbox.For(Facts(cycles: [cycle]), Ev2));
    }

    [Fact]
    public void AResultShownToTheGovernment_IsClosedToScoring_AndOpenForTheGovernmentsReply()
    {
        var cycle = Cycle(4, Busan, CheckStage.Evaluation, evaluators: ["ev1"], review: new(ReviewStage.ShownToGovernment, new(2026, 11, 30), null));
        var facts = Facts(cycles: [cycle]);

        Assert.Empty(Core.Inbox.Inbox.For(facts, Ev1));
        var reply = Assert.Single(Core.Inbox.Inbox.For(facts, BusanOfficer));
        Assert.Equal((InboxKind.ResultToReply, "/checks/4/review", 14), (reply.Kind, reply.Link, reply.DaysLeft(Today)));
    }

    [Fact]
    public void AReplyPosted_IsToReadForTheCyclesEvaluatorsAndNationalStaff()
    {
        var cycle = Cycle(4, Busan, CheckStage.Evaluation, evaluators: ["ev1"], review: new(ReviewStage.Replied, new(2026, 11, 30), Today));
        var facts = Facts(cycles: [cycle]);

        Assert.Contains(Core.Inbox.Inbox.For(facts, Ev1), i => i.Kind == InboxKind.ReplyToRead && i.Since == Today);
        Assert.DoesNotContain(Core.Inbox.Inbox.For(facts, Ev2), i => i.Kind == InboxKind.ReplyToRead);
        Assert.Contains(Core.Inbox.Inbox.For(facts, NationalOfficer), i => i.Kind == InboxKind.ReplyToRead && i.Link == "/checks/4/review");
        Assert.DoesNotContain(Core.Inbox.Inbox.For(facts, BusanOfficer), i => i.Kind == InboxKind.ReplyToRead);
    }

    [Fact]
    public void NationalStaff_TakeCyclesInEvaluationAndCommitteeReviewForward()
    {
        var facts = Facts(cycles: [Cycle(1, Busan, CheckStage.Evaluation, evaluationDue: new(2026, 7, 31)), Cycle(2, Daegu, CheckStage.CommitteeReview), Cycle(5, Daegu, CheckStage.Reporting)]);

        var items = Core.Inbox.Inbox.For(facts, NationalOfficer);

        Assert.Equal(["stage:1:Evaluation", "stage:2:CommitteeReview"], items.Select(i => i.Key));
        Assert.Equal(108, items[0].DaysLate(Today));
        Assert.DoesNotContain(Core.Inbox.Inbox.For(facts, DaeguOfficer), i => i.Kind == InboxKind.StageDue);
    }

    [Fact]
    public void UnansweredOpinions_AreTheGovernmentsToAnswer_QuotedShort()
    {
        var text = new string('가', 80);
        var facts = Facts(opinions: [new(11, 7, CheckPeriod.OfYear(2025), Busan, text, Today.AddDays(-3))]);

        var item = Assert.Single(Core.Inbox.Inbox.For(facts, BusanOfficer));

        Assert.Equal((InboxKind.OpinionToAnswer, "/checks/7/opinions"), (item.Kind, item.Link));
        Assert.EndsWith(new string('가', 60) + "…", item.TitleKo, StringComparison.Ordinal);
        Assert.Empty(Core.Inbox.Inbox.For(facts, DaeguOfficer));
        Assert.Empty(Core.Inbox.Inbox.For(facts, NationalOfficer)); // a regional government answers its own opinions
    }

    [Fact]
    public void PendingFeedback_IsModeratedByTheGovernmentsEditorsAndNationalStaff()
    {
        var facts = Facts(feedback: [new(Busan, 3, Today.AddDays(-1)), new(Daegu, 0, Today)]);

        var item = Assert.Single(Core.Inbox.Inbox.For(facts, BusanOfficer));
        Assert.Equal(("부산광역시 시민 의견 3건 검토", "/community/moderation"), (item.TitleKo, item.Link));
        Assert.Single(Core.Inbox.Inbox.For(facts, Admin));
        Assert.Empty(Core.Inbox.Inbox.For(facts, DaeguOfficer));
        Assert.Empty(Core.Inbox.Inbox.For(facts, Ev1));
    }

    [Fact]
    public void SubmittedPlans_WaitForNationalStaff()
    {
        var facts = Facts(plans: [Submitted(40, Busan)]);

        var item = Assert.Single(Core.Inbox.Inbox.For(facts, NationalOfficer));
        Assert.Equal((InboxKind.PlanToReview, "/plans/40", "부산광역시 계획 검토: 2050 탄소중립 기본계획(2차)"), (item.Kind, item.Link, item.TitleKo));
        Assert.Empty(Core.Inbox.Inbox.For(facts, BusanOfficer));
    }

    [Fact]
    public void TheInbox_PutsTheLatestWorkFirst_ThenTheNearestDeadline_ThenWorkWithoutOne()
    {
        var facts = Facts(
            cycles: [Cycle(1, Busan, CheckStage.Reporting, reportDue: Today.AddDays(10)), Cycle(2, Busan, CheckStage.Open, reportDue: Today.AddDays(-2))],
            opinions: [new(11, 1, CheckPeriod.OfYear(2025), Busan, "의견", Today)]);

        Assert.Equal(["report:2", "report:1", "opinion:11"], Core.Inbox.Inbox.For(facts, BusanOfficer).Select(i => i.Key));
    }
}

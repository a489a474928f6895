using Tanso.Core.Access;
using Tanso.Core.Inbox;
using Tanso.Core.Plans;
using static Tanso.Core.Tests.Inbox.InboxWorld;

namespace Tanso.Core.Tests.Inbox;

/// <summary>The government's own moves on its plan, and an uploader's previewed files, as inbox items.</summary>
public sealed class GovernmentSideSourceTests
{
    private static InboxFacts With(GovernmentPlanFact[]? plans = null, PendingUploadFact[]? uploads = null) =>
        Facts() with { GovernmentPlans = plans, PendingUploads = uploads };

    [Fact]
    public void ReviewOpinionsOnAPlan_AreTheGovernmentsOfficersToAnswer_NotTheSupportCentresNorAnotherRegions()
    {
        var facts = With(plans: [new(5, Busan, 2, "2050 탄소중립 기본계획", PlanStatus.UnderReview, OpenOpinionId: 41, Since: Today)]);
        var centre = Person("centre", Role.SupportCentre, 26);

        var item = Assert.Single(Core.Inbox.Inbox.For(facts, BusanOfficer));

        Assert.Equal((InboxKind.PlanToFinish, "plan-opinion:5:41", "/plans/5#review-title", Today), (item.Kind, item.Key, item.Link, item.Since));
        Assert.Equal("부산광역시 계획 검토 의견 답변: 2050 탄소중립 기본계획(2차)", item.TitleKo);
        Assert.Empty(Core.Inbox.Inbox.For(facts, centre));
        Assert.Empty(Core.Inbox.Inbox.For(facts, DaeguOfficer));
        Assert.Empty(Core.Inbox.Inbox.For(facts, NationalOfficer));
        Assert.Single(Core.Inbox.Inbox.For(facts, Admin));
    }

    [Fact]
    public void ANewRoundOfOpinions_IsNewWork_WithAKeyOfItsOwn()
    {
        var first = Core.Inbox.Inbox.For(With(plans: [new(5, Busan, 2, "계획", PlanStatus.UnderReview, 41, Today)]), BusanOfficer).Single();
        var second = Core.Inbox.Inbox.For(With(plans: [new(5, Busan, 2, "계획", PlanStatus.UnderReview, 57, Today)]), BusanOfficer).Single();

        Assert.NotEqual(first.Key, second.Key);
    }

    [Fact]
    public void AnApprovedPlan_IsTheGovernmentsToPublish()
    {
        var item = Assert.Single(Core.Inbox.Inbox.For(With(plans: [new(5, Busan, 2, "계획", PlanStatus.Approved, null, Today.AddDays(-1))]), BusanOfficer));

        Assert.Equal(("plan-publish:5", "/plans/5", "부산광역시 계획 공개: 계획(2차) 검토 완료"), (item.Key, item.Link, item.TitleKo));
    }

    [Fact]
    public void APreviewedUpload_IsOnlyItsUploadersToConfirm_DueTheDayItExpires_AndNeverAnnouncedAsNew()
    {
        var id = Guid.Parse("0b7c5a52-55f4-4c52-9d0e-2b1f0c1f4a11");
        var facts = With(uploads: [new(id, BusanOfficer.UserId!, "busan-2025.xlsx", "busan-2025", Today.AddDays(1))]);

        var item = Assert.Single(Core.Inbox.Inbox.For(facts, BusanOfficer));

        Assert.Equal((InboxKind.UploadToConfirm, $"/inventory/import?upload={id}", Today.AddDays(1)), (item.Kind, item.Link, item.DueOn));
        Assert.Equal("확인 대기 중인 업로드: busan-2025.xlsx (busan-2025)", item.TitleKo);
        Assert.DoesNotContain(NoticeKind.New, new ReminderRules().Due(item, Today));
        Assert.Empty(Core.Inbox.Inbox.For(facts, Admin));
        Assert.Empty(Core.Inbox.Inbox.For(facts, DaeguOfficer));
    }
}

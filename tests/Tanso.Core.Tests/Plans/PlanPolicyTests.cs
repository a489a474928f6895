using Tanso.Core.Access;
using Tanso.Core.Governments;
using Tanso.Core.Plans;

namespace Tanso.Core.Tests.Plans;

/// <summary>Who may take which step: every role and tie against every step, for a 시·군·구 plan (Haeundae, under Busan)
/// and for the national plan. Columns follow <see cref="PlanStep"/>: Edit, RecordCommittee, Reopen, Submit, Receive,
/// Opine, Answer, Return, Approve, Publish, Revise.</summary>
public sealed class PlanPolicyTests
{
    private const int Nation = 1, Busan = 26, Haeundae = 2635, Daegu = 27, SupportedElsewhere = 2711;

    private static readonly PlanGovernment Municipality = new(Haeundae, GovernmentLevel.Municipality, Busan);
    private static readonly PlanGovernment National = new(Nation, GovernmentLevel.National, null);

    private static Actor Person(Role? role, params int[] governments) =>
        new("u", "someone", role is { } r ? new HashSet<Role> { r } : [], governments.ToHashSet());

    public static TheoryData<string, string> MunicipalPlan() => new()
    {
        { "admin", "YYYYYYYYYYY" },
        { "national-officer", "NNNNYYNYYNN" },
        { "regional-officer of Haeundae", "YYYYNNYNNYY" },
        { "regional-officer of Busan (its 시·도)", "NNNNNYNNNNN" },
        { "regional-officer of Daegu", "NNNNNNNNNNN" },
        { "support-centre for Haeundae", "YNNNNNNNNNY" },
        { "support-centre elsewhere", "NNNNNNNNNNN" },
        { "evaluator", "NNNNNNNNNNN" },
        { "public", "NNNNNNNNNNN" },
    };

    private static Actor Named(string who) => who switch
    {
        "admin" => Person(Role.SystemAdmin),
        "national-officer" => Person(Role.NationalOfficer),
        "regional-officer of Haeundae" => Person(Role.RegionalOfficer, Haeundae),
        "regional-officer of Busan (its 시·도)" => Person(Role.RegionalOfficer, Busan),
        "regional-officer of Daegu" => Person(Role.RegionalOfficer, Daegu),
        "support-centre for Haeundae" => Person(Role.SupportCentre, Haeundae),
        "support-centre elsewhere" => Person(Role.SupportCentre, SupportedElsewhere),
        "evaluator" => Person(Role.Evaluator),
        _ => Actor.Public,
    };

    [Theory]
    [MemberData(nameof(MunicipalPlan))]
    public void OnAMunicipalPlan_EachPerson_MayTakeExactlyTheirSteps(string who, string expected) =>
        AssertMatrix(Named(who), Municipality, expected);

    [Theory]
    [InlineData(Role.NationalOfficer, "YYYYYYYYYYY")]
    [InlineData(Role.RegionalOfficer, "NNNNNNNNNNN")]
    [InlineData(Role.SupportCentre, "NNNNNNNNNNN")]
    public void OnTheNationalPlan_NationalStaffAreBothSides_AndNobodyElseActs(Role role, string expected) =>
        AssertMatrix(Person(role, Busan), National, expected);

    [Fact]
    public void SupportCentreStaff_AreToldTheySupport_NotDecide()
    {
        var verdict = PlanPolicy.Decide(Named("support-centre for Haeundae"), Municipality, PlanStep.Submit);

        Assert.Equal("탄소중립지원센터는 계획 작성만 돕습니다: '제출'은(는) 지자체 담당자가 합니다.", verdict.Reason!.Value.Ko);
        Assert.Equal("Support-centre staff help draft the plan; to submit is for the government's officers.", verdict.Reason.Value.En);
    }

    [Fact]
    public void TheOwnOfficer_IsToldReviewIsForNationalStaff()
    {
        var verdict = PlanPolicy.Decide(Named("regional-officer of Haeundae"), Municipality, PlanStep.Approve);

        Assert.Equal("'검토 완료'은(는) 계획을 제출받는 중앙부처(환경부) 담당자가 합니다.", verdict.Reason!.Value.Ko);
    }

    [Theory]
    [InlineData("regional-officer of Haeundae", PlanStatus.Draft, true)]
    [InlineData("support-centre for Haeundae", PlanStatus.Deliberated, true)]
    [InlineData("national-officer", PlanStatus.Deliberated, false)]
    [InlineData("national-officer", PlanStatus.Submitted, true)]
    [InlineData("regional-officer of Busan (its 시·도)", PlanStatus.Draft, false)]
    [InlineData("regional-officer of Busan (its 시·도)", PlanStatus.UnderReview, true)]
    [InlineData("regional-officer of Daegu", PlanStatus.Approved, false)]
    [InlineData("public", PlanStatus.Approved, false)]
    [InlineData("public", PlanStatus.Published, true)]
    public void Drafts_AreSeenByTheGovernmentSide_AndReviewersSeeFromSubmissionOn(string who, PlanStatus status, bool sees) =>
        Assert.Equal(sees, PlanPolicy.CanSee(Named(who), Municipality, status));

    [Fact]
    public void NextSteps_AreThoseBothThePolicyAndTheStateAllow()
    {
        Assert.Equal([PlanStep.Reopen, PlanStep.Submit], PlanPolicy.Next(Named("regional-officer of Haeundae"), Municipality, PlanStatus.Deliberated));
        Assert.Equal([PlanStep.Receive, PlanStep.Opine, PlanStep.Return], PlanPolicy.Next(Named("national-officer"), Municipality, PlanStatus.Submitted));
        Assert.Empty(PlanPolicy.Next(Named("support-centre for Haeundae"), Municipality, PlanStatus.Submitted));
    }

    private static void AssertMatrix(Actor actor, PlanGovernment government, string expected)
    {
        var actual = string.Concat(Enum.GetValues<PlanStep>().Select(s => PlanPolicy.Decide(actor, government, s).Allowed ? 'Y' : 'N'));
        Assert.Equal(expected, actual);
        foreach (var refused in Enum.GetValues<PlanStep>().Where(s => !PlanPolicy.Decide(actor, government, s).Allowed))
        {
            var reason = PlanPolicy.Decide(actor, government, refused).Reason!.Value;
            Assert.NotEmpty(reason.Ko);
            Assert.NotEmpty(reason.En);
        }
    }
}

using Tanso.Core.Plans;

namespace Tanso.Core.Tests.Plans;

public sealed class WorkflowTests
{
    [Theory]
    [InlineData(PlanStatus.Draft, PlanAction.Submit, PlanStatus.Submitted)]
    [InlineData(PlanStatus.Submitted, PlanAction.Return, PlanStatus.Draft)]
    [InlineData(PlanStatus.Submitted, PlanAction.Approve, PlanStatus.Approved)]
    [InlineData(PlanStatus.Approved, PlanAction.Publish, PlanStatus.Published)]
    public void LegalMoves_Happen(PlanStatus from, PlanAction action, PlanStatus to)
    {
        var t = PlanWorkflow.Apply(from, action);
        Assert.True(t.Allowed);
        Assert.Equal(to, t.Status);
    }

    public static TheoryData<PlanStatus, PlanAction> IllegalMoves()
    {
        var data = new TheoryData<PlanStatus, PlanAction>();
        var legal = new HashSet<(PlanStatus, PlanAction)>
        {
            (PlanStatus.Draft, PlanAction.Submit), (PlanStatus.Submitted, PlanAction.Return),
            (PlanStatus.Submitted, PlanAction.Approve), (PlanStatus.Approved, PlanAction.Publish),
        };
        foreach (var s in Enum.GetValues<PlanStatus>())
        {
            foreach (var a in Enum.GetValues<PlanAction>().Where(a => !legal.Contains((s, a))))
            {
                data.Add(s, a);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(IllegalMoves))]
    public void EveryOtherMove_IsRefusedWithAReasonInBothLanguages(PlanStatus from, PlanAction action)
    {
        var t = PlanWorkflow.Apply(from, action);

        Assert.False(t.Allowed);
        Assert.Equal(from, t.Status);
        Assert.Contains("할 수 없습니다", t.Refusal!.Value.Ko, StringComparison.Ordinal);
        Assert.Contains("cannot be", t.Refusal.Value.En, StringComparison.Ordinal);
    }

    [Fact]
    public void PublishingTwice_SaysANewVersionIsTheWayToChangeIt()
    {
        var t = PlanWorkflow.Apply(PlanStatus.Published, PlanAction.Publish);

        Assert.Equal("A plan that is published cannot be published. Possible: new version.", t.Refusal!.Value.En);
        Assert.Equal("공개 상태의 계획은 '공개'할 수 없습니다. 가능한 작업: 새 버전 만들기.", t.Refusal.Value.Ko);
    }

    [Theory]
    [InlineData(PlanStatus.Draft, true, false)]
    [InlineData(PlanStatus.Submitted, false, false)]
    [InlineData(PlanStatus.Approved, false, true)]
    [InlineData(PlanStatus.Published, false, true)]
    public void OnlyDraftsAreEdited_AndApprovedPlansChangeThroughANewVersion(PlanStatus status, bool editable, bool revisable)
    {
        Assert.Equal(editable, PlanWorkflow.IsEditable(status));
        Assert.Equal(revisable, PlanWorkflow.CanRevise(status));
    }
}

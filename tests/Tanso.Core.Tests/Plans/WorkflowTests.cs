using Tanso.Core.Plans;

namespace Tanso.Core.Tests.Plans;

public sealed class WorkflowTests
{
    private static readonly HashSet<(PlanStatus, PlanStep, PlanStatus)> Legal =
    [
        (PlanStatus.Draft, PlanStep.Edit, PlanStatus.Draft),
        (PlanStatus.Draft, PlanStep.RecordCommittee, PlanStatus.Deliberated),
        (PlanStatus.Deliberated, PlanStep.Reopen, PlanStatus.Draft),
        (PlanStatus.Deliberated, PlanStep.Submit, PlanStatus.Submitted),
        (PlanStatus.Submitted, PlanStep.Receive, PlanStatus.UnderReview),
        (PlanStatus.Submitted, PlanStep.Opine, PlanStatus.Submitted),
        (PlanStatus.Submitted, PlanStep.Answer, PlanStatus.Submitted),
        (PlanStatus.Submitted, PlanStep.Return, PlanStatus.Draft),
        (PlanStatus.UnderReview, PlanStep.Opine, PlanStatus.UnderReview),
        (PlanStatus.UnderReview, PlanStep.Answer, PlanStatus.UnderReview),
        (PlanStatus.UnderReview, PlanStep.Return, PlanStatus.Draft),
        (PlanStatus.UnderReview, PlanStep.Approve, PlanStatus.Approved),
        (PlanStatus.Approved, PlanStep.Publish, PlanStatus.Published),
        (PlanStatus.Approved, PlanStep.Revise, PlanStatus.Approved),
        (PlanStatus.Published, PlanStep.Revise, PlanStatus.Published),
    ];

    public static TheoryData<PlanStatus, PlanStep> EveryStateAndStep()
    {
        var data = new TheoryData<PlanStatus, PlanStep>();
        foreach (var s in Enum.GetValues<PlanStatus>())
        {
            foreach (var a in Enum.GetValues<PlanStep>())
            {
                data.Add(s, a);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStateAndStep))]
    public void EachStep_LeadsWhereTheLawSays_OrIsRefusedInBothLanguages(PlanStatus from, PlanStep step)
    {
        var (next, verdict) = PlanWorkflow.Move(from, step);
        var legal = Legal.Where(l => l.Item1 == from && l.Item2 == step).Select(l => (PlanStatus?)l.Item3).SingleOrDefault();

        if (legal is { } to)
        {
            Assert.True(verdict.Allowed);
            Assert.Equal(to, next);
        }
        else
        {
            Assert.False(verdict.Allowed);
            Assert.Equal(from, next);
            Assert.Contains("할 수 없습니다", verdict.Reason!.Value.Ko, StringComparison.Ordinal);
            Assert.Contains("cannot be", verdict.Reason.Value.En, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void PublishingTwice_SaysWhatIsPossibleInstead()
    {
        var (_, verdict) = PlanWorkflow.Move(PlanStatus.Published, PlanStep.Publish);

        Assert.Equal("A plan that is published cannot be published. Possible: start a new revision.", verdict.Reason!.Value.En);
        Assert.Equal("공개 상태의 계획은 '공개'할 수 없습니다. 가능한 작업: 새 개정판 만들기.", verdict.Reason.Value.Ko);
    }

    [Theory]
    [InlineData(PlanStatus.Draft, true, false)]
    [InlineData(PlanStatus.Deliberated, false, false)]
    [InlineData(PlanStatus.Submitted, false, false)]
    [InlineData(PlanStatus.UnderReview, false, false)]
    [InlineData(PlanStatus.Approved, false, true)]
    [InlineData(PlanStatus.Published, false, true)]
    public void OnlyDraftsAreEdited_AndReviewedPlansChangeThroughANewRevision(PlanStatus status, bool editable, bool revisable)
    {
        Assert.Equal(editable, PlanWorkflow.IsEditable(status));
        Assert.Equal(revisable, PlanWorkflow.CanRevise(status));
    }
}

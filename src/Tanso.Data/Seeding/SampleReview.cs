using Tanso.Core.Plans;

namespace Tanso.Data.Seeding;

/// <summary>
/// Takes a plan through the review the Framework Act prescribes (committee, submission, national review) with named
/// sample people, so that sample plans, and the tests that need a reviewed or published plan, reach that state the
/// way a real one does. The people and dates are sample data, labelled as such.
/// </summary>
public static class SampleReview
{
    /// <summary>Shown as the submitter of sample plans.</summary>
    public static readonly PlanActor Officer = new(null, "예시 데이터: 지자체 담당자 (sample officer)");

    /// <summary>Shown as the reviewer of sample plans.</summary>
    public static readonly PlanActor Reviewer = new(null, "예시 데이터: 환경부 검토자 (sample reviewer)");

    /// <summary>Committee → submitted → received → reviewed, dated <paramref name="atUtc"/>; throws if the plan is not a draft.</summary>
    public static Plan Approve(Plan plan, DateTime atUtc)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var day = DateOnly.FromDateTime(atUtc);
        Ensure(plan.RecordCommittee(day, CommitteeDecision.Adopted, "[예시] 탄소중립녹색성장위원회 회의록 (sample minutes)", day));
        Ensure(plan.Submit(Officer, atUtc));
        Ensure(plan.Receive(Reviewer));
        Ensure(plan.Approve(Reviewer, atUtc));
        return plan;
    }

    /// <summary><see cref="Approve"/>, then published.</summary>
    public static Plan Publish(Plan plan, DateTime atUtc)
    {
        Approve(plan, atUtc);
        Ensure(plan.Publish(atUtc));
        return plan;
    }

    private static void Ensure(Verdict verdict)
    {
        if (!verdict.Allowed)
        {
            throw new InvalidOperationException(verdict.Reason!.Value.En);
        }
    }
}

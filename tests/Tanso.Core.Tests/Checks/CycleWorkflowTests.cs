using Tanso.Core.Access;
using Tanso.Core.Checks;

namespace Tanso.Core.Tests.Checks;

public sealed class CycleWorkflowTests
{
    private const CycleParty G = CycleParty.GovernmentEditor;
    private const CycleParty N = CycleParty.NationalStaff;
    private const CycleParty E = CycleParty.AssignedEvaluator;
    private const CycleParty O = CycleParty.GovernmentOfficer;
    private const CycleParty GO = G | O; // the government's officer: edits and acts in its name
    private const CycleParty Nobody = CycleParty.None;

    /// <summary>Who may do what: one row per action, the parties that may (G edits the government's data — its officers
    /// and its support centre; O acts in its name — its officers only; N national; E evaluator).</summary>
    public static TheoryData<CycleAction, CycleParty> Matrix() => new()
    {
        { CycleAction.EnterProgress, G },
        { CycleAction.StartReporting, O | N },
        { CycleAction.SubmitReport, O | N },
        { CycleAction.StartCommitteeReview, N },
        { CycleAction.Publish, N },
        { CycleAction.AssignEvaluator, N },
        { CycleAction.Configure, N },
        { CycleAction.Score, E },
        { CycleAction.ResolveCalibration, N },
        { CycleAction.ManageResult, N },
        { CycleAction.Reply, O },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public void EachAction_IsOpenToExactlyItsParties(CycleAction action, CycleParty allowed)
    {
        foreach (var party in new[] { Nobody, G, O, N, E })
        {
            Assert.Equal((allowed & party) != 0, CycleWorkflow.May(party, action));
        }
    }

    [Fact]
    public void TheMatrix_CoversEveryAction() =>
        Assert.Equal(Enum.GetValues<CycleAction>().Order(), Matrix().Select(r => (CycleAction)r[0]).Order());

    [Fact]
    public void NobodyScoresTheirOwnGovernment_OrRepliesForTheEvaluators()
    {
        Assert.False(CycleWorkflow.May(GO | N, CycleAction.Score));
        Assert.False(CycleWorkflow.May(E | N, CycleAction.Reply));
        Assert.False(CycleWorkflow.May(E, CycleAction.ManageResult));
    }

    public static TheoryData<CheckStage, CycleAction?, CheckStage?> Moves() => new()
    {
        { CheckStage.Open, CycleAction.StartReporting, CheckStage.Reporting },
        { CheckStage.Reporting, CycleAction.SubmitReport, CheckStage.Evaluation },
        { CheckStage.Evaluation, CycleAction.StartCommitteeReview, CheckStage.CommitteeReview },
        { CheckStage.CommitteeReview, CycleAction.Publish, CheckStage.Published },
        { CheckStage.Published, null, null },
    };

    [Theory]
    [MemberData(nameof(Moves))]
    public void EachStage_HasOneMoveOut_ToTheNextStage(CheckStage stage, CycleAction? move, CheckStage? to)
    {
        Assert.Equal(move, CycleWorkflow.NextMove(stage));
        if (move is { } m)
        {
            var cycle = InStage(stage);
            var t = cycle.Do(m, GO | N, new DateOnly(2025, 3, 1), resultFinal: true);
            Assert.True(t.Allowed);
            Assert.Equal(to, cycle.Stage);
        }
    }

    public static TheoryData<CycleAction, CheckStage> EveryActionInEveryStage()
    {
        var data = new TheoryData<CycleAction, CheckStage>();
        foreach (var a in Enum.GetValues<CycleAction>())
        {
            foreach (var s in Enum.GetValues<CheckStage>())
            {
                data.Add(a, s);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryActionInEveryStage))]
    public void AnAction_OutsideItsStages_IsRefusedForTheStage_AndChangesNothing(CycleAction action, CheckStage stage)
    {
        var cycle = InStage(stage);
        var everyone = GO | N | E;

        var refusal = cycle.WhyNot(action, everyone);

        Assert.Equal(!CycleWorkflow.Rules[action].In.Contains(stage), refusal is not null);
        Assert.False(refusal?.Forbidden ?? false);
        if (refusal is not null)
        {
            Assert.False(cycle.Do(action, everyone, new DateOnly(2025, 3, 1), resultFinal: true).Allowed);
            Assert.Equal(stage, cycle.Stage);
        }
    }

    [Fact]
    public void AMoveByTheWrongParty_IsForbidden_AndTheCycleStays()
    {
        var cycle = InStage(CheckStage.Evaluation);

        var t = cycle.Do(CycleAction.StartCommitteeReview, G, new DateOnly(2025, 8, 1));

        Assert.True(t.Forbidden);
        Assert.Equal("위원회 심의 회부 권한이 없습니다.", t.Refusal!.Value.Ko);
        Assert.Equal(CheckStage.Evaluation, cycle.Stage);
    }

    [Fact]
    public void Publishing_WaitsForTheFinalResult()
    {
        var cycle = InStage(CheckStage.CommitteeReview);

        var t = cycle.Do(CycleAction.Publish, N, new DateOnly(2025, 9, 1), resultFinal: false);

        Assert.False(t.Allowed);
        Assert.Equal("The check cannot be published before its result is final (the right of reply is over).", t.Refusal!.Value.En);
        Assert.Equal(CheckStage.CommitteeReview, cycle.Stage);
    }

    public static TheoryData<Role[], int[], bool, CycleParty> Parties() => new()
    {
        { [Role.RegionalOfficer], [26], false, GO },
        { [Role.SupportCentre], [26], false, G },              // drafts for the government, never in its name
        { [Role.RegionalOfficer], [11], false, Nobody },       // another government's officer
        { [Role.NationalOfficer], [], false, N },
        { [Role.NationalOfficer], [], true, GO | N },         // the nation's own plan
        { [Role.SystemAdmin], [], false, GO | N },
        { [Role.Evaluator], [], false, E },
        { [Role.Evaluator, Role.RegionalOfficer], [26], false, GO | E },
    };

    [Theory]
    [MemberData(nameof(Parties))]
    public void APerson_StandsToACycle_ByRoleGovernmentAndAssignment(Role[] roles, int[] governments, bool national, CycleParty expected)
    {
        var actor = new Actor("me", "me", roles.ToHashSet(), governments.ToHashSet());

        Assert.Equal(expected, CycleWorkflow.PartyOf(actor, 26, national, ["other", "me"]));
        Assert.Equal(CycleParty.None, CycleWorkflow.PartyOf(Actor.Public, 26, national, ["me"]));
    }

    [Fact]
    public void AnEvaluator_NamedTwice_IsAssignedOnce()
    {
        var cycle = InStage(CheckStage.Evaluation);

        Assert.True(cycle.AssignEvaluator("ev1"));
        Assert.False(cycle.AssignEvaluator("ev1"));

        Assert.Equal(["ev1"], cycle.Evaluators.Select(e => e.UserId));
    }

    private static CheckCycle InStage(CheckStage stage)
    {
        var cycle = new CheckCycle(planId: 5, CheckPeriod.OfYear(2024));
        for (var s = CheckStage.Open + 1; s <= stage; s++)
        {
            cycle.MoveTo(s);
        }
        return cycle;
    }
}

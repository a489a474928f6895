using Tanso.Core.Checks;

namespace Tanso.Core.Tests.Checks;

public sealed class CheckCycleTests
{
    private static CheckCycle InStage(CheckStage stage)
    {
        var cycle = new CheckCycle(planId: 5, CheckPeriod.OfYear(2024));
        for (var s = CheckStage.Open + 1; s <= stage; s++)
        {
            cycle.MoveTo(s);
        }
        Assert.Equal(stage, cycle.Stage);
        return cycle;
    }

    public static TheoryData<CheckStage, CheckStage> EveryPair()
    {
        var data = new TheoryData<CheckStage, CheckStage>();
        foreach (var from in Enum.GetValues<CheckStage>())
        {
            foreach (var to in Enum.GetValues<CheckStage>())
            {
                data.Add(from, to);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void ACycle_MovesForwardOneStageAtATime_AndRefusesEverythingElse(CheckStage from, CheckStage to)
    {
        var cycle = InStage(from);

        var t = cycle.MoveTo(to);

        Assert.Equal(to == from + 1, t.Allowed);
        Assert.Equal(t.Allowed ? to : from, cycle.Stage);
        Assert.Equal(t.Allowed, t.Refusal is null);
    }

    [Fact]
    public void ARefusal_NamesTheNextStageInBothLanguages()
    {
        var t = InStage(CheckStage.Reporting).MoveTo(CheckStage.Published);

        Assert.Equal("'실적 보고' 단계에서 '공표' 단계로 갈 수 없습니다. 점검은 한 단계씩 앞으로만 진행합니다(다음: 점검·평가).", t.Refusal!.Value.Ko);
        Assert.Equal("A cycle in Reporting cannot move to Published: cycles move forward one stage at a time (next: Evaluation).", t.Refusal.Value.En);
    }

    [Theory]
    [InlineData(2024, null, CheckStage.Reporting, "2025-05-31")]   // local reports by 31 May of the next year
    [InlineData(2024, null, CheckStage.Evaluation, "2025-07-31")]  // national consolidation by 31 July
    [InlineData(2024, null, CheckStage.CommitteeReview, null)]
    [InlineData(2024, 2, CheckStage.Reporting, "2024-02-29")]      // a task-force month: its last day
    [InlineData(2024, 2, CheckStage.Evaluation, null)]
    public void DefaultDeadlines_FollowTheEnforcementDecree(int year, int? month, CheckStage stage, string? due)
    {
        var period = month is { } m ? CheckPeriod.OfMonth(year, m) : CheckPeriod.OfYear(year);

        Assert.Equal(due, new CheckCycle(1, period).DueOn(stage)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Deadlines_AreConfigurable_WithinTheOrderOfStagesAndAfterThePeriod()
    {
        var cycle = InStage(CheckStage.Open);

        Assert.Null(cycle.SetDeadline(CheckStage.Reporting, new DateOnly(2025, 6, 15)));
        Assert.Null(cycle.SetDeadline(CheckStage.CommitteeReview, new DateOnly(2025, 9, 30)));
        Assert.NotNull(cycle.SetDeadline(CheckStage.Evaluation, new DateOnly(2025, 6, 1)));       // before the reports are due
        Assert.NotNull(cycle.SetDeadline(CheckStage.CommitteeReview, new DateOnly(2025, 7, 1))); // before the consolidation
        Assert.NotNull(cycle.SetDeadline(CheckStage.Reporting, new DateOnly(2024, 12, 30)));     // before the year is over

        Assert.Equal([CheckStage.Reporting, CheckStage.Evaluation, CheckStage.CommitteeReview], cycle.Deadlines.Select(d => d.Stage));
        Assert.Equal(new DateOnly(2025, 6, 15), cycle.DueOn(CheckStage.Reporting));
    }

    [Fact]
    public void GovernmentsAreLate_WhenTheySubmittedAfterTheDeadline_OrHaveNotAndItHasPassed()
    {
        var cycle = InStage(CheckStage.Reporting); // reports due 2025-05-31
        ReportSubmission[] submissions =
        [
            new(1, new DateOnly(2025, 5, 30)),
            new(2, new DateOnly(2025, 5, 31)),  // on the day: in time
            new(3, new DateOnly(2025, 6, 2)),   // 2 days late
            new(4, null),                       // missing on 5 June: 5 days late
        ];

        var late = cycle.LateReports(submissions, new DateOnly(2025, 6, 5));

        Assert.Equal([(4, 5, true), (3, 2, false)], late.Select(l => (l.GovernmentId, l.DaysLate, l.IsMissing)));
        Assert.Empty(cycle.LateReports([new(4, null)], new DateOnly(2025, 5, 31))); // due today: not late yet
    }

    [Fact]
    public void APeriod_IsAYearOrAMonthWithinTheAcceptedYears()
    {
        Assert.Equal(("2024", "2024-03"), (CheckPeriod.OfYear(2024).ToString(), CheckPeriod.OfMonth(2024, 3).ToString()));
        Assert.Throws<ArgumentOutOfRangeException>(() => CheckPeriod.OfMonth(2024, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => CheckPeriod.OfYear(1900));
    }
}

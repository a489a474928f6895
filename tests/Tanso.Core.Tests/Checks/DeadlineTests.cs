using Tanso.Core.Checks;

namespace Tanso.Core.Tests.Checks;

public sealed class DeadlineTests
{
    private static CheckCycle Reporting(int year = 2024, LateReportPolicy late = LateReportPolicy.AcceptAndRecord)
    {
        var cycle = new CheckCycle(planId: 5, CheckPeriod.OfYear(year));
        if (late != LateReportPolicy.AcceptAndRecord)
        {
            var settings = CheckSettings.TryCreate(50, 30, 20, 60, 40, [new("우수", "Excellent", 90), new("부진", "Poor", 0)], 5, 15, 40, late).Settings!;
            Assert.Empty(cycle.Configure(settings, cycle.Deadlines.ToDictionary(d => d.Stage, d => d.DueOn)));
        }
        cycle.MoveTo(CheckStage.Reporting);
        return cycle;
    }

    [Theory]
    [InlineData("2025-05-28", 3, 0, "D-3 (3일 남음)", "3 days left")]
    [InlineData("2025-05-30", 1, 0, "D-1 (1일 남음)", "1 day left")]
    [InlineData("2025-05-31", 0, 0, "D-day (오늘 마감)", "due today")]
    [InlineData("2025-06-01", -1, 1, "기한 1일 지남", "1 day overdue")]
    [InlineData("2026-12-04", -552, 552, "기한 552일 지남", "552 days overdue")]
    public void ADeadline_CountsDaysLeftUntilItsOwnDay_AndDaysLateAfter(string today, int left, int late, string ko, string en)
    {
        var status = new DeadlineStatus(new DateOnly(2025, 5, 31), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal((left, late, late > 0), (status.DaysLeft, status.DaysLate, status.IsOverdue));
        Assert.Equal((ko, en), (status.Korean, status.English));
    }

    [Theory]
    // 31 May 23:59:59 in Korea is 14:59:59 UTC: still on time. One second later it is 1 June in Korea, though 31 May in UTC.
    [InlineData("2025-05-31T14:59:59Z", 0)]
    [InlineData("2025-05-31T15:00:00Z", 1)]
    // Just after midnight in Korea on 31 May it is still 30 May in UTC: the report is on time by the Korean date.
    [InlineData("2025-05-30T15:00:00Z", 0)]
    [InlineData("2025-06-01T14:59:59Z", 1)]
    [InlineData("2025-06-01T15:00:00Z", 2)]
    public void DaysLate_AreCountedInKoreanDates_AtTheDayBoundary(string instant, int daysLate)
    {
        var cycle = Reporting();
        var day = KoreanTime.DateOf(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Null(cycle.SubmitReport(day));

        Assert.Equal(daysLate, cycle.ReportDaysLate);
        Assert.Equal(day, cycle.ReportSubmittedOn);
    }

    [Fact]
    public void AReport552DaysLate_IsAcceptedAndRecordedAsLate_WhenTheCycleAcceptsLateReports()
    {
        var cycle = Reporting(2024);

        var moved = cycle.Do(CycleAction.SubmitReport, CycleParty.GovernmentEditor | CycleParty.GovernmentOfficer, new DateOnly(2026, 12, 4));

        Assert.True(moved.Allowed);
        Assert.Equal(CheckStage.Evaluation, cycle.Stage);
        Assert.Equal(552, cycle.ReportDaysLate);
        Assert.Equal(new DateOnly(2026, 12, 4), cycle.ReportSubmittedOn);
    }

    [Fact]
    public void AReport552DaysLate_IsRefused_AndNothingRecorded_WhenTheCycleRefusesLateReports()
    {
        var cycle = Reporting(2024, LateReportPolicy.Refuse);

        var moved = cycle.Do(CycleAction.SubmitReport, CycleParty.GovernmentEditor | CycleParty.GovernmentOfficer, new DateOnly(2026, 12, 4));

        Assert.False(moved.Allowed);
        Assert.False(moved.Forbidden);
        Assert.Equal("실적 보고 기한(2025-05-31)이 552일 지나 제출할 수 없습니다. 이 점검은 기한이 지난 제출을 받지 않습니다.", moved.Refusal!.Value.Ko);
        Assert.Equal((CheckStage.Reporting, (DateOnly?)null, (int?)null), (cycle.Stage, cycle.ReportSubmittedOn, cycle.ReportDaysLate));
    }

    [Fact]
    public void ACycleRefusingLateReports_StillTakesOneOnTheDeadlineDay()
    {
        var cycle = Reporting(2024, LateReportPolicy.Refuse);

        Assert.True(cycle.Do(CycleAction.SubmitReport, CycleParty.GovernmentEditor | CycleParty.GovernmentOfficer, new DateOnly(2025, 5, 31)).Allowed);
        Assert.Equal(0, cycle.ReportDaysLate);
    }

    [Fact]
    public void DaysLate_StayAsRecorded_WhenTheDeadlineMovesAfterwards()
    {
        var cycle = Reporting(2024);
        Assert.True(cycle.Do(CycleAction.SubmitReport, CycleParty.NationalStaff, new DateOnly(2025, 6, 10)).Allowed);

        Assert.Null(cycle.SetDeadline(CheckStage.Reporting, new DateOnly(2025, 6, 30)));

        Assert.Equal(10, cycle.ReportDaysLate);
    }

    [Fact]
    public void EveryStageDeadline_IsShownWithItsDaysLeft()
    {
        var cycle = Reporting(2024);

        var on = cycle.DeadlinesOn(new DateOnly(2025, 6, 2));

        Assert.Equal([(CheckStage.Reporting, -2), (CheckStage.Evaluation, 59)], on.Select(d => (d.Stage, d.Status.DaysLeft)));
    }
}

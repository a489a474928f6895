using Tanso.Core.Checks;
using static Tanso.Core.Checks.TaskProgressStatus;

namespace Tanso.Core.Tests.Checks;

public sealed class TaskForceComparisonTests
{
    private const string Env = "환경부";
    private const string Industry = "산업통상자원부";
    private const string Land = "국토교통부";
    private const string Finance = "기획재정부";
    private static readonly DateOnly Today = new(2025, 4, 15);

    private static NationalTaskStatus T(string code, string ministry, TaskProgressStatus status, string? due = null) =>
        new(code, $"과제 {code}", ministry, status, due is null ? null : DateOnly.ParseExact(due, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    private static readonly NationalTaskStatus[] LastMonth =
    [
        T("T1", Env, OnTrack), T("T2", Env, OnTrack), T("T3", Industry, Delayed), T("T4", Industry, Delayed),
        T("T6", Land, Dropped), T("T7", Industry, Done), T("T8", Land, OnTrack), T("T9", Finance, OnTrack),
    ];

    private static readonly NationalTaskStatus[] ThisMonth =
    [
        T("T1", Env, Done),
        T("T2", Env, Delayed, "2025-03-31"),     // worse, and overdue
        T("T3", Industry, Delayed, "2025-06-30"), // unchanged, not yet due
        T("T5", Land, OnTrack, "2025-04-01"),     // new, and overdue
        T("T6", Land, Delayed, "2025-01-01"),     // resumed after being dropped: better, but overdue
        T("T7", Industry, Done, "2025-01-01"),    // done: never overdue
        T("T8", Land, Dropped, "2025-01-01"),     // dropped: worse, not overdue
    ];

    private static MinistryMonth Of(string ministry) =>
        TaskForceComparison.Compare(ThisMonth, LastMonth, Today).Single(m => m.Ministry == ministry);

    [Fact]
    public void Ministries_AreListedInOrder_IncludingOnesWhoseTasksAllWentMissing()
    {
        Assert.Equal([Land, Finance, Industry, Env], TaskForceComparison.Compare(ThisMonth, LastMonth, Today).Select(m => m.Ministry));
    }

    [Theory]
    [InlineData(Env, 0, 1, 1, 0, 1, 1, 0, 0, "T2", "")]
    [InlineData(Industry, 0, 1, 1, 0, 0, 0, 2, 0, "", "T4")]
    [InlineData(Land, 1, 1, 0, 1, 1, 1, 0, 1, "T5,T6", "")]
    [InlineData(Finance, 0, 0, 0, 0, 0, 0, 0, 0, "", "T9")]
    public void EachMinistry_GetsCountsPerStatus_ChangesSinceLastMonth_OverdueAndMissingTasks(string ministry,
        int onTrack, int delayed, int done, int dropped, int improved, int worsened, int unchanged, int added, string overdue, string missing)
    {
        var m = Of(ministry);

        Assert.Equal((onTrack, delayed, done, dropped), (m.Counts[OnTrack], m.Counts[Delayed], m.Counts[Done], m.Counts[Dropped]));
        Assert.Equal((improved, worsened, unchanged, added),
            (m.CountOf(StatusChange.Improved), m.CountOf(StatusChange.Worsened), m.CountOf(StatusChange.Unchanged), m.CountOf(StatusChange.New)));
        Assert.Equal(overdue, string.Join(",", m.Overdue.Select(t => t.TaskCode)));
        Assert.Equal(missing, string.Join(",", m.Missing.Select(t => t.TaskCode)));
    }

    [Fact]
    public void AChange_KeepsLastMonthsStatus()
    {
        var t6 = Of(Land).Changes.Single(c => c.Current.TaskCode == "T6");
        var t5 = Of(Land).Changes.Single(c => c.Current.TaskCode == "T5");

        Assert.Equal((Dropped, Delayed, StatusChange.Improved), (t6.Previous!.Value, t6.Current.Status, t6.Change));
        Assert.Equal((null, StatusChange.New), (t5.Previous, t5.Change));
    }

    [Fact]
    public void ATaskListedTwiceInAMonth_IsABug()
    {
        Assert.Throws<ArgumentException>(() => TaskForceComparison.Compare([T("T1", Env, Done), T("T1", Env, Delayed)], [], Today));
    }

    [Theory]
    [InlineData(Dropped, Delayed, true)]
    [InlineData(Delayed, OnTrack, true)]
    [InlineData(OnTrack, Done, true)]
    [InlineData(Done, Dropped, false)]
    public void StatusesRank_DroppedDelayedOnTrackDone(TaskProgressStatus worse, TaskProgressStatus better, bool expected) =>
        Assert.Equal(expected, worse.Rank() < better.Rank());
}

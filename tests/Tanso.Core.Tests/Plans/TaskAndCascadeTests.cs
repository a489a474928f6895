using Tanso.Core.Plans;
using Tanso.Core.Quantities;

namespace Tanso.Core.Tests.Plans;

public sealed class TaskAndCascadeTests
{
    [Fact]
    public void CostPerTonne_UsesOnlyYearsWithBothBudgetAndReduction()
    {
        var years = new[]
        {
            new TaskYear(2024, 1_000_000_000m, new TonnesCo2e(2_000m)),
            new TaskYear(2025, 1_000_000_000m, new TonnesCo2e(3_000m)),
            new TaskYear(2026, 500_000_000m, null),   // no estimate: left out
            new TaskYear(2027, null, new TonnesCo2e(9_000m)), // no budget: left out
        };

        Assert.Equal(400_000m, TaskFinance.CostPerTonne(years)); // 2,000,000,000 KRW / 5,000 t
        Assert.Null(TaskFinance.CostPerTonne([new TaskYear(2024, 1m, null)]));
        Assert.Null(TaskFinance.CostPerTonne([new TaskYear(2024, 1m, TonnesCo2e.Zero)]));
    }

    [Fact]
    public void SubProjects_RollUpPerYear()
    {
        var rolled = TaskFinance.RollUp([
            [new TaskYear(2024, 10m, new TonnesCo2e(1m)), new TaskYear(2025, 10m, null)],
            [new TaskYear(2024, 5m, new TonnesCo2e(2m))],
        ]);

        Assert.Equal([new TaskYear(2024, 15m, new TonnesCo2e(3m)), new TaskYear(2025, 10m, null)], rolled);
    }

    [Theory]
    [InlineData(KpiDirection.Increase, 100, 120, null)]
    [InlineData(KpiDirection.Increase, 100, 90, "targets of 2030 go the wrong way for a KPI that should rise from 100")]
    [InlineData(KpiDirection.Decrease, 100, 80, null)]
    [InlineData(KpiDirection.Decrease, 100, 110, "targets of 2030 go the wrong way for a KPI that should fall from 100")]
    public void Kpi_TargetsMustMoveTheRightWay(KpiDirection direction, decimal baseValue, decimal target, string? problem) =>
        Assert.Equal(problem, new Kpi("전기차 보급", "대", direction, baseValue, new Dictionary<int, decimal> { [2030] = target }).Problem());

    [Fact]
    public void Cascade_SumsTheMembersAgainstTheUpperTarget_AndNamesThoseWithoutATarget()
    {
        var result = Cascade.Check(new TonnesCo2e(100m), [new CascadeMember(1, new TonnesCo2e(60m)), new CascadeMember(2, new TonnesCo2e(55m)), new CascadeMember(3, null)]);

        Assert.Equal(115m, result.SumOfMembers.Value);
        Assert.Equal(15m, result.Gap.Value);
        Assert.Equal(0.15m, result.GapShare!.Value.Fraction);
        Assert.Equal([3], result.MissingMembers);
        Assert.False(result.AddsUp);
        Assert.True(Cascade.Check(new TonnesCo2e(100m), [new CascadeMember(1, new TonnesCo2e(40m)), new CascadeMember(2, new TonnesCo2e(50m))]).AddsUp);
    }
}

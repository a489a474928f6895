using Tanso.Core.Inventory;
using Tanso.Core.Plans;
using Tanso.Core.Sectors;
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

    private static readonly EmissionsBasis Net1996 = new(BasisKind.Net, BasisAdjustments.None, IpccGuidelines.Ipcc1996);
    private static readonly EmissionsBasis Gross1996 = new(BasisKind.Gross, BasisAdjustments.None, IpccGuidelines.Ipcc1996);
    private static readonly EmissionsBasis Net2006 = new(BasisKind.Net, BasisAdjustments.None, IpccGuidelines.Ipcc2006);

    private static CascadeMember Member(int id, decimal? target, EmissionsBasis basis) => new(id, target is { } t ? new TonnesCo2e(t) : null, basis);

    [Fact]
    public void Cascade_SumsTheMembersAgainstTheUpperTarget_AndNamesThoseWithoutATarget()
    {
        var result = Cascade.Check(new TonnesCo2e(100m), Net1996, null, [Member(1, 60m, Net1996), Member(2, 55m, Net1996), Member(3, null, Net1996)]);

        Assert.Equal(115m, result.SumOfMembers.Value);
        Assert.Equal(15m, result.Gap.Value);
        Assert.Equal(0.15m, result.GapShare!.Value.Fraction);
        Assert.Equal([3], result.MissingMembers);
        Assert.Empty(result.OtherBasisMembers);
        Assert.False(result.AddsUp);
        Assert.True(Cascade.Check(new TonnesCo2e(100m), Net1996, null, [Member(1, 40m, Net1996), Member(2, 50m, Net1996)]).AddsUp);
    }

    [Fact]
    public void Cascade_NeverAddsAGrossTotal_OrOtherGuidelines_ToNetOnes_AndDoesNotCallThatAddingUp()
    {
        var result = Cascade.Check(new TonnesCo2e(100m), Net1996, null, [Member(1, 40m, Net1996), Member(2, 30m, Gross1996), Member(3, 20m, Net2006)]);

        Assert.Equal(40m, result.SumOfMembers.Value);
        Assert.Equal([2, 3], result.OtherBasisMembers);
        Assert.False(result.AddsUp); // the sum is below the target only because two members could not be added
    }

    [Fact]
    public void Cascade_OfASector_AddsGrossAndNetPlans_ButNotOtherGuidelines()
    {
        var transport = SectorCode.Parse("transport");
        var result = Cascade.Check(new TonnesCo2e(100m), Net1996, transport, [Member(1, 40m, Net1996), Member(2, 30m, Gross1996), Member(3, 20m, Net2006)]);

        Assert.Equal(70m, result.SumOfMembers.Value);
        Assert.Equal([3], result.OtherBasisMembers);
    }

    [Fact]
    public void Cascade_AddsAPlanThatStatesNoGuidelines_AndSaysTheyWereNotChecked()
    {
        var unstated = new EmissionsBasis(BasisKind.Net, BasisAdjustments.None, IpccGuidelines.Unknown);
        var result = Cascade.Check(new TonnesCo2e(100m), Net1996, null, [Member(1, 40m, Net1996), Member(2, 30m, unstated)]);

        Assert.Equal(70m, result.SumOfMembers.Value);
        Assert.Equal([2], result.UnstatedGuidelinesMembers);
        Assert.True(result.AddsUp);
    }
}

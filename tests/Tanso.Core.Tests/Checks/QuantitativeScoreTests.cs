using Tanso.Core.Checks;
using Tanso.Core.Quantities;
using static Tanso.Core.Tests.Checks.CheckFactory;

namespace Tanso.Core.Tests.Checks;

public sealed class QuantitativeScoreTests
{
    private static EmissionsPerformance Emissions(decimal actual) =>
        EmissionsPerformance.Of(new EmissionsReading(null, 2024, new TonnesCo2e(1000m), new TonnesCo2e(900m), new TonnesCo2e(actual), 1));

    private static List<TaskScore> Tasks() =>
    [
        Scored(80m, budget: new BudgetExecution(1000m, 900m), code: "1"),
        Scored(70m, budget: new BudgetExecution(1000m, 800m), code: "2"),
        Scored(90m, code: "3"),
        Scored(10m, TaskProgressStatus.Dropped, new BudgetExecution(1000m, 0m), code: "4"), // left out of tasks and budget
    ];

    [Fact]
    public void TheScore_WeightsTasksEmissionsAndBudget_AndShowsEachContribution()
    {
        // tasks (80 + 70 + 90) / 3 = 80; emissions (1000 − 940) / 100 = 60; budget 1700 / 2000 = 85
        // 80 × 0.5 + 60 × 0.3 + 85 × 0.2 = 40 + 18 + 17 = 75
        var q = QuantitativeScoring.Compute(Tasks(), Emissions(940m), QuantitativeWeights.Default);

        Assert.Equal(75m, q.Score);
        Assert.Equal((80m, 40m), (q[QuantitativeComponentKind.Tasks].Value, q[QuantitativeComponentKind.Tasks].Contribution));
        Assert.Equal((60m, 18m), (q[QuantitativeComponentKind.Emissions].Value, q[QuantitativeComponentKind.Emissions].Contribution));
        Assert.Equal((85m, 17m), (q[QuantitativeComponentKind.Budget].Value, q[QuantitativeComponentKind.Budget].Contribution));
        Assert.Equal(["4"], q.ExcludedTasks.Select(t => t.Report.TaskCode));
    }

    [Fact]
    public void AMissingComponent_SharesItsWeightOutInProportion()
    {
        // no emissions: tasks 50 / 70 = 71.43 %, budget 20 / 70 = 28.57 %; 80 × 5/7 + 85 × 2/7 = 570 / 7 = 81.43
        var q = QuantitativeScoring.Compute(Tasks(), null, QuantitativeWeights.Default);

        Assert.Equal(81.43m, Math.Round(q.Score!.Value, 2));
        Assert.Equal(71.43m, Math.Round(q[QuantitativeComponentKind.Tasks].EffectiveWeightPercent, 2));
        Assert.Equal(0m, q[QuantitativeComponentKind.Emissions].EffectiveWeightPercent);
        Assert.Equal(30m, q[QuantitativeComponentKind.Emissions].WeightPercent);
    }

    [Fact]
    public void OverAchievedEmissions_AndOverspentBudgets_CountAtMost100()
    {
        // emissions 150 % capped 120 → 100; budget 1500 / 1000 → 100; tasks 60: 30 + 30 + 20
        var q = QuantitativeScoring.Compute([Scored(60m, budget: new BudgetExecution(1000m, 1500m))], Emissions(850m), QuantitativeWeights.Default);

        Assert.Equal(80m, q.Score);
    }

    [Fact]
    public void WithNothingToScore_ThereIsNoScore()
    {
        var q = QuantitativeScoring.Compute([Scored(50m, TaskProgressStatus.Dropped)], null, QuantitativeWeights.Default);

        Assert.Null(q.Score);
        Assert.All(q.Components, c => Assert.Equal(0m, c.Contribution));
    }

    [Theory]
    [InlineData(50, 30, 30)]
    [InlineData(50, 60, -10)]
    [InlineData(33.3, 33.3, 33.3)]
    public void Weights_MustBeNonNegativeAndSumTo100(decimal tasks, decimal emissions, decimal budget) =>
        Assert.Throws<ArgumentException>(() => new QuantitativeWeights(tasks, emissions, budget));

    [Fact]
    public void CustomWeights_AreUsed()
    {
        // 80 × 0.2 + 60 × 0.6 + 85 × 0.2 = 16 + 36 + 17 = 69
        Assert.Equal(69m, QuantitativeScoring.Compute(Tasks(), Emissions(940m), new QuantitativeWeights(20m, 60m, 20m)).Score);
    }
}

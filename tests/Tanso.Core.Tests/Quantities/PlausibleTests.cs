using Tanso.Core.Checks;
using Tanso.Core.Quantities;

namespace Tanso.Core.Tests.Quantities;

public sealed class PlausibleTests
{
    [Theory]
    [InlineData("1000000000000", true)]
    [InlineData("-1000000000000", true)]
    [InlineData("1000000000001", false)]
    [InlineData("79000000000000000000000000000", false)]
    public void EmissionsBeyondATrillionTonnes_AreImplausible(string tonnes, bool plausible)
    {
        var value = decimal.Parse(tonnes, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(plausible, new TonnesCo2e(value).IsPlausible);
        Assert.Equal(plausible, Plausible.Tonnes("baseEmissionsTCo2eq", value) is null);
    }

    [Fact]
    public void ARefusal_NamesTheField_InBothLanguages()
    {
        var problem = Plausible.Krw("budgetKrw", 7.9e28m)!;

        Assert.Equal("budgetKrw", problem.Field);
        Assert.StartsWith("budgetKrw: ", problem.En, StringComparison.Ordinal);
        Assert.StartsWith("budgetKrw: ", problem.Ko, StringComparison.Ordinal);
    }

    [Fact]
    public void SummingStoredAbsurdAmounts_SaturatesInsteadOfOverflowing()
    {
        var sum = TonnesCo2e.Sum([new(7.9e28m), new(7.9e28m), new(1m)]);

        Assert.Equal(decimal.MaxValue, sum.Value);
        Assert.False(sum.IsPlausible);
        Assert.Equal(decimal.MinValue, (new TonnesCo2e(-7.9e28m) - new TonnesCo2e(7.9e28m)).Value);
    }

    [Fact]
    public void ABudgetLineStoredBeyondTheRange_HasNoRate_AndTotalsDoNotOverflow()
    {
        var absurd = new BudgetExecution(7.9e28m, 7.9e28m);
        var total = BudgetExecution.Total([absurd, new BudgetExecution(1m, 7.9e28m)]);

        Assert.Null(absurd.RatePercent);
        Assert.False(total.IsPlausible);
        Assert.Equal(50m, new BudgetExecution(200m, 100m).RatePercent);
    }

    [Fact]
    public void AChangeFromATinyBase_DoesNotOverflow()
    {
        Assert.Equal(decimal.MaxValue, Percentage.Change(new TonnesCo2e(0.0000000000000000000000000001m), new TonnesCo2e(1e12m))!.Value.Fraction);
    }
}

using Tanso.Core.Quantities;

namespace Tanso.Core.Plans;

/// <summary>A task's plan for one year.</summary>
public sealed class PlanTaskYear(int year, decimal? budgetKrw, TonnesCo2e? expectedReduction)
{
    /// <summary>Identity.</summary>
    public int Id { get; private set; }

    /// <summary>The task.</summary>
    public int TaskId { get; private set; }

    /// <summary>The year.</summary>
    public int Year { get; private set; } = year;

    /// <summary>Planned budget (KRW).</summary>
    public decimal? BudgetKrw { get; private set; } = budgetKrw;

    /// <summary>Expected reduction (tCO2eq).</summary>
    public TonnesCo2e? ExpectedReduction { get; private set; } = expectedReduction;

    /// <summary>As the finance arithmetic wants it.</summary>
    public TaskYear ToTaskYear() => new(Year, BudgetKrw, ExpectedReduction);

    internal void Set(decimal? budgetKrw, TonnesCo2e? expectedReduction) => (BudgetKrw, ExpectedReduction) = (budgetKrw, expectedReduction);
}

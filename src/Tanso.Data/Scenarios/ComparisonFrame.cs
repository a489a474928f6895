using Tanso.Core.Pathways;
using Tanso.Core.Quantities;

namespace Tanso.Data.Scenarios;

/// <summary>
/// How two to four scenarios are measured alike: the cumulative total over the span they share, each one's
/// required rate from its base year to 2030 (or its end), and one budget counted from a common year (the first
/// shared year unless given). The web's compare page and API and the CLI's <c>scenario compare</c> build it here.
/// </summary>
/// <param name="SpanFrom">First shared year: the latest base year.</param>
/// <param name="SpanTo">Last shared year: the earliest end year.</param>
/// <param name="Budget">A carbon budget, or null.</param>
/// <param name="BudgetFrom">The year the budget is counted from.</param>
public sealed record ComparisonFrame(int SpanFrom, int SpanTo, TonnesCo2e? Budget, int BudgetFrom)
{
    /// <summary>Fewest scenarios compared.</summary>
    public const int MinScenarios = 2;

    /// <summary>Most scenarios compared.</summary>
    public const int MaxScenarios = 4;

    /// <summary>The problem with comparing <paramref name="distinctCount"/> different scenarios, if any.</summary>
    public static (string Field, string Ko, string En)? CountProblem(int distinctCount) =>
        distinctCount is < MinScenarios or > MaxScenarios ? ("ids", "서로 다른 시나리오 2–4개를 고르십시오.", "Choose two to four different scenarios.") : null;

    /// <summary>The frame for the scenarios, or the problems (field, Korean, English) that prevent one.</summary>
    public static (ComparisonFrame? Frame, IReadOnlyList<(string Field, string Ko, string En)> Problems) Of(
        IReadOnlyList<Scenario> scenarios, decimal? budgetTCo2eq, int? budgetFrom)
    {
        var from = scenarios.Max(s => s.BaseYear);
        var to = scenarios.Min(s => s.EndYear);
        if (to < from)
        {
            return (null, [("ids", "시나리오들의 기간이 겹치지 않습니다.", "The scenarios' spans do not overlap.")]);
        }
        var problems = new List<(string, string, string)>();
        var budgetYear = budgetFrom ?? from;
        if (budgetYear < from || budgetYear > to)
        {
            problems.Add(("budgetFrom", $"예산 시작연도는 공통 기간 {from}–{to} 안이어야 합니다.", $"The budget's first year must lie in the common span {from}–{to}."));
        }
        if (budgetTCo2eq is <= 0)
        {
            problems.Add(("budgetTCo2eq", "탄소예산은 0보다 커야 합니다.", "A carbon budget must be positive."));
        }
        return problems.Count > 0
            ? (null, problems)
            : (new ComparisonFrame(from, to, budgetTCo2eq is { } b ? new TonnesCo2e(b) : null, budgetYear), []);
    }

    /// <summary>What to measure on one of the scenarios' pathways.</summary>
    public MetricsRequest RequestFor(ScenarioPathway pathway) =>
        MetricsRequest.For(pathway) with { SpanFrom = SpanFrom, SpanTo = SpanTo, Budget = Budget, BudgetFrom = BudgetFrom };
}

using Tanso.Core.Plans;
using Tanso.Core.Quantities;

namespace Tanso.Core.Pathways;

/// <summary>What to measure: the span of the cumulative total, the two years of the required rate, and a
/// carbon budget counted from a year.</summary>
/// <param name="SpanFrom">First year counted in the cumulative total.</param>
/// <param name="SpanTo">Last year counted in the cumulative total.</param>
/// <param name="RateFrom">Start of the required reduction rate.</param>
/// <param name="RateTo">End of the required reduction rate.</param>
/// <param name="Budget">A carbon budget, or null.</param>
/// <param name="BudgetFrom">The year the budget is counted from.</param>
public sealed record MetricsRequest(int SpanFrom, int SpanTo, int RateFrom, int RateTo, TonnesCo2e? Budget, int BudgetFrom)
{
    /// <summary>The whole span; the rate from the base year to 2030 (or the end year when it comes first).</summary>
    public static MetricsRequest For(ScenarioPathway p, TonnesCo2e? budget = null) =>
        new(p.BaseYear, p.EndYear, p.BaseYear, Math.Min(2030, p.EndYear) > p.BaseYear ? Math.Min(2030, p.EndYear) : p.EndYear, budget, p.BaseYear);

    /// <summary>Field problems against a pathway's span, in Korean and English; empty when the request fits.</summary>
    public IReadOnlyList<(string Field, string Ko, string En)> Problems(ScenarioPathway p)
    {
        var problems = new List<(string, string, string)>();
        void Year(string field, int year)
        {
            if (!p.Covers(year))
            {
                problems.Add((field, $"{year}년은 시나리오 기간({p.BaseYear}–{p.EndYear}) 밖입니다.", $"{year} lies outside the scenario's {p.BaseYear}–{p.EndYear}."));
            }
        }
        Year("spanFrom", SpanFrom);
        Year("spanTo", SpanTo);
        Year("rateFrom", RateFrom);
        Year("rateTo", RateTo);
        Year("budgetFrom", BudgetFrom);
        if (SpanTo < SpanFrom)
        {
            problems.Add(("spanTo", "누적 기간의 끝이 시작보다 앞섭니다.", "The span ends before it starts."));
        }
        if (RateTo <= RateFrom)
        {
            problems.Add(("rateTo", "감축률의 끝 연도는 시작 연도보다 뒤여야 합니다.", "The rate's end year must come after its start year."));
        }
        if (Budget is { Value: <= 0 })
        {
            problems.Add(("budget", "탄소예산은 0보다 커야 합니다.", "A carbon budget must be positive."));
        }
        return problems;
    }
}

/// <summary>
/// Every measure of a pathway at once. Rates are counted the NDC's way (gross in the base year, net after it,
/// see <see cref="ScenarioPathway.HeadlineIn"/>); the cumulative total, the budget and the net-zero year use net
/// emissions.
/// </summary>
/// <param name="Request">What was asked.</param>
/// <param name="Cumulative">Net emissions added up over the span (the budget it uses).</param>
/// <param name="RateFromValue">The value the rate starts from.</param>
/// <param name="RateToValue">The value the rate ends at.</param>
/// <param name="CompoundRate">Average yearly reduction, compound (정률); null when a value is not positive.</param>
/// <param name="StraightLineRate">Average yearly reduction as a share of the start value (정액).</param>
/// <param name="EndNet">Net emissions in the end year.</param>
/// <param name="EndVsBase">Change of the end year's net from the base year's gross.</param>
/// <param name="NetZeroYear">First year net emissions are zero or below.</param>
/// <param name="BudgetRunOutYear">First year the budget is exceeded; null without a budget or when it holds.</param>
/// <param name="BudgetUsed">Net emissions from the budget's year to the end year.</param>
/// <param name="Gap">Latest inventory year both have: actual net − pathway net (positive: above the path).</param>
public sealed record ScenarioMetrics(
    MetricsRequest Request, TonnesCo2e Cumulative, TonnesCo2e RateFromValue, TonnesCo2e RateToValue, Percentage? CompoundRate,
    Percentage? StraightLineRate, TonnesCo2e EndNet, Percentage? EndVsBase, int? NetZeroYear, int? BudgetRunOutYear,
    TonnesCo2e BudgetUsed, (int Year, TonnesCo2e Gap)? Gap)
{
    /// <summary>Measures a pathway.</summary>
    /// <param name="pathway">The pathway.</param>
    /// <param name="request">What to measure; its years must lie in the pathway (see <see cref="MetricsRequest.Problems"/>).</param>
    /// <param name="actualNet">Net emissions of the inventory, for the gap; may be empty.</param>
    public static ScenarioMetrics Measure(ScenarioPathway pathway, MetricsRequest request, IEnumerable<YearValue> actualNet)
    {
        if (request.Problems(pathway) is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join(" ", problems.Select(p => p.En)), nameof(request));
        }
        var net = pathway.Net;
        var from = pathway.HeadlineIn(request.RateFrom);
        var to = pathway.HeadlineIn(request.RateTo);
        var years = request.RateTo - request.RateFrom;
        return new ScenarioMetrics(
            request,
            PathwayMetrics.Cumulative(net, request.SpanFrom, request.SpanTo),
            from,
            to,
            ReductionRates.Compound(from, to, years),
            ReductionRates.StraightLine(from, to, years),
            pathway.NetIn(pathway.EndYear),
            Percentage.Change(pathway.HeadlineIn(pathway.BaseYear), pathway.NetIn(pathway.EndYear)),
            PathwayMetrics.NetZeroYear(net),
            request.Budget is { } budget ? PathwayMetrics.BudgetRunOutYear(net, request.BudgetFrom, budget) : null,
            PathwayMetrics.Cumulative(net, request.BudgetFrom, pathway.EndYear),
            PathwayMetrics.GapToPath(actualNet, net));
    }
}

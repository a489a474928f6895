using System.Security.Claims;
using Tanso.Core.Pathways;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;
using Tanso.Data;
using Tanso.Data.Scenarios;
using Tanso.Web.Infrastructure;
using Tanso.Web.Plans;

namespace Tanso.Web.Scenarios;

/// <summary>
/// What to measure and which what-if to run: every field optional. A what-if either sets one sector's value in a
/// year (sector, year, valueTCo2eq) or applies a plan's tasks' expected reductions to the BAU (planId).
/// </summary>
// Sector is an oblivious string with a null default: the request delegate generator writes typeof(string?) for an
// annotated one, which does not compile.
#nullable disable
internal sealed record AnalysisQuery(int? SpanFrom = null, int? SpanTo = null, int? RateFrom = null, int? RateTo = null, decimal? BudgetTCo2eq = null,
    int? BudgetFrom = null, int? BauYears = null, string Sector = null, int? Year = null, decimal? ValueTCo2eq = null, int? PlanId = null)
#nullable restore
{
    public bool HasMilestoneWhatIf => Sector is not null || Year is not null || ValueTCo2eq is not null;
}

/// <summary>The scenario measured, and the what-if beside it when one was asked for.</summary>
internal sealed record Evaluation(ScenarioAnalysis Analysis, ScenarioAnalysis? WhatIf, (string Ko, string En)? WhatIfLabel, Dictionary<string, string[]> Errors)
{
    public string? WhatIfText => WhatIfLabel is { } l ? Text.T(l.Ko, l.En) : null;
}

internal static class ScenarioEvaluation
{
    public static async Task<Evaluation> RunAsync(TansoDb db, ClaimsPrincipal user, Scenario scenario, AnalysisQuery q, CancellationToken ct)
    {
        var pathway = scenario.Definition.Compute();
        var errors = new Dictionary<string, string[]>();
        var defaults = MetricsRequest.For(pathway);
        var request = new MetricsRequest(q.SpanFrom ?? defaults.SpanFrom, q.SpanTo ?? defaults.SpanTo, q.RateFrom ?? defaults.RateFrom, q.RateTo ?? defaults.RateTo,
            q.BudgetTCo2eq is { } b ? new TonnesCo2e(b) : null, q.BudgetFrom ?? defaults.BudgetFrom);
        foreach (var (field, ko, en) in request.Problems(pathway))
        {
            errors[field] = [Text.T(ko, en)];
        }
        var bauYears = q.BauYears ?? ScenarioAnalysis.DefaultBauYears;
        if (ScenarioAnalysis.BauYearsProblem(bauYears) is { } bauProblem)
        {
            errors[bauProblem.Field] = [Text.T(bauProblem.Ko, bauProblem.En)];
            bauYears = ScenarioAnalysis.DefaultBauYears;
        }
        if (errors.Count > 0)
        {
            request = defaults;
        }
        var history = await db.InventoryHistoryAsync(scenario.GovernmentId, scenario.Basis, ct);
        var analysis = ScenarioAnalysis.Of(scenario, pathway, request, history, bauYears);
        var (whatIf, label) = await WhatIfAsync(db, user, scenario, q, analysis, errors, ct);
        return new Evaluation(analysis, whatIf is null ? null : analysis.WithPathway(whatIf), label, errors);
    }

    private static async Task<(ScenarioPathway? Pathway, (string, string)? Label)> WhatIfAsync(TansoDb db, ClaimsPrincipal user, Scenario scenario, AnalysisQuery q,
        ScenarioAnalysis analysis, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        if (q.PlanId is { } planId)
        {
            var plan = await PlanAccess.LoadAsync(db, planId, ct);
            if (plan is null || !await PlanAccess.CanSeeAsync(user, plan, db, ct))
            {
                errors["planId"] = [Text.T("그런 계획이 없거나 볼 수 없습니다.", "No such plan, or you may not see it.")];
                return (null, null);
            }
            if (analysis.Bau is null)
            {
                errors["planId"] = [Text.T("인벤토리가 없어 BAU를 그릴 수 없습니다: 계획 효과는 BAU에서 뺍니다.", "There is no inventory to draw the BAU from; a plan's effect is taken off the BAU.")];
                return (null, null);
            }
            return (PlanEffect.Apply(analysis.Bau, plan.Tasks),
                ($"BAU − 「{plan.Title}」 {plan.Revision}차 과제의 예상 감축량", $"BAU minus the expected reductions of the tasks of “{plan.Title}” (revision {plan.Revision})"));
        }
        if (!q.HasMilestoneWhatIf)
        {
            return (null, null);
        }
        var sector = SectorTaxonomy.Find(q.Sector ?? "");
        if (sector is null)
        {
            errors["sector"] = [Text.T("부문을 고르십시오.", "Choose a sector.")];
        }
        if (q.Year is not { } year || !analysis.Pathway.Covers(year))
        {
            errors["year"] = [Text.T($"연도는 {scenario.BaseYear}–{scenario.EndYear} 안이어야 합니다.", $"The year must lie in {scenario.BaseYear}–{scenario.EndYear}.")];
        }
        if (q.ValueTCo2eq is null)
        {
            errors["value"] = [Text.T("값을 입력하십시오.", "Enter a value.")];
        }
        if (sector is null || q.Year is null || q.ValueTCo2eq is null || errors.ContainsKey("year"))
        {
            return (null, null);
        }
        var value = new TonnesCo2e(q.ValueTCo2eq.Value);
        return (scenario.Definition.WithPoint(sector.Code, q.Year.Value, value).Compute(),
            ($"{sector.NameKo} {q.Year}년 값을 {Fmt.Mt(value.ToMegatonnes().Value)} Mt로 바꾸면", $"With {sector.NameEn} in {q.Year} at {Fmt.Mt(value.ToMegatonnes().Value)} Mt"));
    }
}

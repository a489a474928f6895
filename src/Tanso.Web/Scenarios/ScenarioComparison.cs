using System.Security.Claims;
using Tanso.Core.Pathways;
using Tanso.Core.Quantities;
using Tanso.Data;
using Tanso.Data.Inventory;
using Tanso.Data.Scenarios;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Scenarios;

/// <summary>
/// Two to four scenarios measured alike: the cumulative total over the span they share, each one's required rate
/// from its base year to 2030 (or its end), and one budget counted from a common year.
/// </summary>
internal static class ScenarioComparison
{
    public static async Task<(IReadOnlyList<(ScenarioAnalysis Analysis, string GovernmentName)> Items, Dictionary<string, string[]> Errors, bool Found)> LoadAsync(
        TansoDb db, ClaimsPrincipal user, int[] ids, decimal? budget, int? budgetFrom, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var distinct = ids.Distinct().ToList();
        if (distinct.Count is < 2 or > 4)
        {
            errors["ids"] = [Text.T("서로 다른 시나리오 2–4개를 고르십시오.", "Choose two to four different scenarios.")];
            return ([], errors, true);
        }
        var scenarios = new List<Scenario>();
        foreach (var id in distinct)
        {
            var s = await db.LoadScenarioAsync(id, ct);
            if (s is null || !await ScenarioAccess.CanSeeAsync(user, s, db, ct))
            {
                return ([], errors, false);
            }
            scenarios.Add(s);
        }
        var from = scenarios.Max(s => s.BaseYear);
        var to = scenarios.Min(s => s.EndYear);
        if (to < from)
        {
            errors["ids"] = [Text.T("시나리오들의 기간이 겹치지 않습니다.", "The scenarios' spans do not overlap.")];
            return ([], errors, true);
        }
        var budgetYear = budgetFrom ?? from;
        if (budgetYear < from || budgetYear > to)
        {
            errors["budgetFrom"] = [Text.T($"예산 시작연도는 공통 기간 {from}–{to} 안이어야 합니다.", $"The budget's first year must lie in the common span {from}–{to}.")];
        }
        if (budget is <= 0)
        {
            errors["budgetTCo2eq"] = [Text.T("탄소예산은 0보다 커야 합니다.", "A carbon budget must be positive.")];
        }
        if (errors.Count > 0)
        {
            return ([], errors, true);
        }
        var directory = await GovernmentDirectory.LoadAsync(db, ct);
        var items = new List<(ScenarioAnalysis, string)>();
        foreach (var s in scenarios)
        {
            var pathway = s.Definition.Compute();
            var request = MetricsRequest.For(pathway) with { SpanFrom = from, SpanTo = to, Budget = budget is { } b ? new TonnesCo2e(b) : null, BudgetFrom = budgetYear };
            var government = (await db.Governments.FindAsync([s.GovernmentId], ct))!;
            items.Add((ScenarioAnalysis.Of(s, pathway, request, await db.InventoryHistoryAsync(s.GovernmentId, ct), ScenarioAnalysis.DefaultBauYears),
                Text.IsEnglish ? government.NameEn : directory.FullName(government)));
        }
        return (items, errors, true);
    }
}

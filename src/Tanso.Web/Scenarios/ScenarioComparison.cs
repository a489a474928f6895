using System.Security.Claims;
using Tanso.Core.Pathways;
using Tanso.Data;
using Tanso.Data.Inventory;
using Tanso.Data.Scenarios;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Scenarios;

/// <summary>Two to four scenarios the user may see, measured alike (see <see cref="ComparisonFrame"/>).</summary>
internal static class ScenarioComparison
{
    public static async Task<(IReadOnlyList<(ScenarioAnalysis Analysis, string GovernmentName)> Items, Dictionary<string, string[]> Errors, bool Found)> LoadAsync(
        TansoDb db, ClaimsPrincipal user, int[] ids, decimal? budget, int? budgetFrom, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var distinct = ids.Distinct().ToList();
        if (ComparisonFrame.CountProblem(distinct.Count) is { } countProblem)
        {
            errors[countProblem.Field] = [Text.T(countProblem.Ko, countProblem.En)];
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
        var (frame, problems) = ComparisonFrame.Of(scenarios, budget, budgetFrom);
        foreach (var (field, ko, en) in problems)
        {
            errors[field] = [Text.T(ko, en)];
        }
        if (frame is null)
        {
            return ([], errors, true);
        }
        var directory = await GovernmentDirectory.LoadAsync(db, ct);
        var items = new List<(ScenarioAnalysis, string)>();
        foreach (var s in scenarios)
        {
            var pathway = s.Definition.Compute();
            var request = frame.RequestFor(pathway);
            var government = (await db.Governments.FindAsync([s.GovernmentId], ct))!;
            items.Add((ScenarioAnalysis.Of(s, pathway, request, await db.InventoryHistoryAsync(s, ct), ScenarioAnalysis.DefaultBauYears),
                Text.IsEnglish ? government.NameEn : directory.FullName(government)));
        }
        return (items, errors, true);
    }
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Pathways;
using Tanso.Data;
using Tanso.Web.Accounts;
using Tanso.Web.Plans;

namespace Tanso.Web.Scenarios;

/// <summary>Who sees and edits which scenario: public ones (the official scenarios among them) everyone; private
/// ones those who may see the government's drafts. Official scenarios nobody edits; they are copied.</summary>
internal static class ScenarioAccess
{
    public static async Task<bool> CanSeeAsync(ClaimsPrincipal user, Scenario scenario, TansoDb db, CancellationToken ct) =>
        scenario.IsPublic || user.ToActor().CanSeeDrafts(scenario.GovernmentId, await PlanAccess.IsNationalAsync(db, scenario.GovernmentId, ct));

    public static async Task<bool> CanEditAsync(ClaimsPrincipal user, Scenario scenario, TansoDb db, CancellationToken ct) =>
        !scenario.IsOfficial && await PlanAccess.CanEditAsync(user, scenario.GovernmentId, db, ct);

    /// <summary>The scenarios the user may see, newest first within each government.</summary>
    public static async Task<IReadOnlyList<Scenario>> VisibleAsync(ClaimsPrincipal user, TansoDb db, int? governmentId, CancellationToken ct)
    {
        var nation = await db.Governments.Where(g => g.Level == Core.Governments.GovernmentLevel.National).Select(g => g.Id).SingleAsync(ct);
        var actor = user.ToActor();
        var query = db.Scenarios.AsNoTracking();
        if (governmentId is { } g)
        {
            query = query.Where(s => s.GovernmentId == g);
        }
        return (await query.OrderByDescending(s => s.IsOfficial).ThenBy(s => s.GovernmentId).ThenByDescending(s => s.Id).ToListAsync(ct))
            .Where(s => s.IsPublic || actor.CanSeeDrafts(s.GovernmentId, s.GovernmentId == nation)).ToList();
    }

    /// <summary>The governments the user may create scenarios for, nation and 시·도 first.</summary>
    public static async Task<IReadOnlyList<Core.Governments.Government>> EditableGovernmentsAsync(ClaimsPrincipal user, TansoDb db, CancellationToken ct)
    {
        var actor = user.ToActor();
        return (await db.Governments.AsNoTracking().ToListAsync(ct))
            .Where(g => actor.CanEditGovernment(g.Id, g.Level == Core.Governments.GovernmentLevel.National))
            .OrderBy(g => g.Level).ThenBy(g => g.Id).ToList();
    }
}

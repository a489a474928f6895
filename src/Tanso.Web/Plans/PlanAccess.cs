using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Access;
using Tanso.Core.Governments;
using Tanso.Core.Plans;
using Tanso.Data;
using Tanso.Web.Accounts;

namespace Tanso.Web.Plans;

/// <summary>Who sees and changes which plan, asked of <see cref="PlanPolicy"/> (the rules live there): everyone sees
/// published revisions; reviewers (national staff, the 시·도 of a 시·군·구) see them from submission on; the government
/// side (its officers and support centre) sees every revision of its own plans.</summary>
internal static class PlanAccess
{
    public static async Task<Plan?> LoadAsync(TansoDb db, int id, CancellationToken ct) =>
        await db.Plans.Include(p => p.Targets)
            .Include(p => p.Tasks).ThenInclude(t => t.Years)
            .Include(p => p.Tasks).ThenInclude(t => t.Kpis).ThenInclude(k => k.Targets)
            .Include(p => p.ManualPoints)
            .Include(p => p.Opinions)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == id, ct);

    public static async Task<bool> IsNationalAsync(TansoDb db, int governmentId, CancellationToken ct) =>
        await db.Governments.AnyAsync(g => g.Id == governmentId && g.Level == GovernmentLevel.National, ct);

    /// <summary>The plan's government as the policy needs it (its level and its 시·도).</summary>
    public static async Task<PlanGovernment> GovernmentAsync(TansoDb db, int governmentId, CancellationToken ct) =>
        await db.Governments.Where(g => g.Id == governmentId).Select(g => new PlanGovernment(g.Id, g.Level, g.ParentId)).SingleAsync(ct);

    public static async Task<bool> CanSeeAsync(ClaimsPrincipal user, Plan plan, TansoDb db, CancellationToken ct) =>
        PlanPolicy.CanSee(user.ToActor(), await GovernmentAsync(db, plan.GovernmentId, ct), plan.Status);

    /// <summary>Whether <paramref name="actor"/> sees a revision in <paramref name="status"/> of a government's plan,
    /// for lists that do not load the government's 시·도 (a 시·도 reviewer then finds the plan through its own page).</summary>
    public static bool CanSee(Actor actor, PlanStatus status, int governmentId, bool nationalGovernment) =>
        PlanPolicy.CanSee(actor, new PlanGovernment(governmentId, nationalGovernment ? GovernmentLevel.National : GovernmentLevel.Province, null), status);

    /// <summary>National officers and system administrators.</summary>
    public static bool IsNationalStaff(Actor actor) => actor.Is(Role.SystemAdmin) || actor.Is(Role.NationalOfficer);

    /// <summary>Drafts the government's data: its officers and its support centre.</summary>
    public static async Task<bool> CanEditAsync(ClaimsPrincipal user, int governmentId, TansoDb db, CancellationToken ct) =>
        user.ToActor().CanEditGovernment(governmentId, await IsNationalAsync(db, governmentId, ct));

    /// <summary>Acts in the government's name (submits, answers, replies): its officers, not its support centre.</summary>
    public static async Task<bool> CanDecideAsync(ClaimsPrincipal user, int governmentId, TansoDb db, CancellationToken ct) =>
        user.ToActor().CanDecideFor(governmentId, await IsNationalAsync(db, governmentId, ct));
}

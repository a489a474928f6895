using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Access;
using Tanso.Core.Governments;
using Tanso.Core.Plans;
using Tanso.Data;
using Tanso.Web.Accounts;

namespace Tanso.Web.Plans;

/// <summary>Who sees and edits which plan: everyone sees published revisions; submitted and approved revisions
/// also national officers and administrators (they review and check them); drafts, submitted and approved revisions
/// those who may edit the government (nobody sees another government's drafts).</summary>
internal static class PlanAccess
{
    public static async Task<Plan?> LoadAsync(TansoDb db, int id, CancellationToken ct) =>
        await db.Plans.Include(p => p.Targets)
            .Include(p => p.Tasks).ThenInclude(t => t.Years)
            .Include(p => p.Tasks).ThenInclude(t => t.Kpis).ThenInclude(k => k.Targets)
            .Include(p => p.ManualPoints)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == id, ct);

    public static async Task<bool> IsNationalAsync(TansoDb db, int governmentId, CancellationToken ct) =>
        await db.Governments.AnyAsync(g => g.Id == governmentId && g.Level == GovernmentLevel.National, ct);

    public static async Task<bool> CanSeeAsync(ClaimsPrincipal user, Plan plan, TansoDb db, CancellationToken ct) =>
        CanSee(user.ToActor(), plan.Status, plan.GovernmentId, await IsNationalAsync(db, plan.GovernmentId, ct));

    /// <summary>Whether <paramref name="actor"/> sees a revision in <paramref name="status"/> of a government's plan.</summary>
    public static bool CanSee(Actor actor, PlanStatus status, int governmentId, bool nationalGovernment) =>
        status == PlanStatus.Published
        || (status is PlanStatus.Submitted or PlanStatus.Approved && IsNationalStaff(actor))
        || actor.CanSeeDrafts(governmentId, nationalGovernment);

    /// <summary>National officers and system administrators.</summary>
    public static bool IsNationalStaff(Actor actor) => actor.Is(Role.SystemAdmin) || actor.Is(Role.NationalOfficer);

    public static async Task<bool> CanEditAsync(ClaimsPrincipal user, int governmentId, TansoDb db, CancellationToken ct) =>
        user.ToActor().CanEditGovernment(governmentId, await IsNationalAsync(db, governmentId, ct));
}

using System.Security.Claims;
using Tanso.Core.Community;
using Tanso.Data;
using Tanso.Web.Accounts;
using Tanso.Web.Plans;

namespace Tanso.Web.Community;

/// <summary>
/// Who does what in the community features. News: national officers and administrators. Good practices: the
/// government's editors write and publish them; everyone sees published ones, only the editors see drafts.
/// Campaigns: national staff for any government, a government's editors for their own. Citizen feedback: anyone
/// sends it; the plan's government editors and national staff moderate it.
/// </summary>
internal static class CommunityAccess
{
    private static bool NationalWriter(ClaimsPrincipal user) => PlanAccess.IsNationalStaff(user.ToActor());

    public static bool CanPostNews(ClaimsPrincipal user) => NationalWriter(user);

    public static Task<bool> CanEditPracticeAsync(ClaimsPrincipal user, int governmentId, TansoDb db, CancellationToken ct) =>
        PlanAccess.CanEditAsync(user, governmentId, db, ct);

    public static async Task<bool> CanSeePracticeAsync(ClaimsPrincipal user, GoodPractice practice, TansoDb db, CancellationToken ct) =>
        practice.Status == PracticeStatus.Published
        || user.ToActor().CanSeeDrafts(practice.GovernmentId, await PlanAccess.IsNationalAsync(db, practice.GovernmentId, ct));

    public static async Task<bool> CanManageCampaignAsync(ClaimsPrincipal user, int governmentId, TansoDb db, CancellationToken ct) =>
        NationalWriter(user) || await PlanAccess.CanEditAsync(user, governmentId, db, ct);

    public static async Task<bool> CanModerateAsync(ClaimsPrincipal user, int governmentId, TansoDb db, CancellationToken ct) =>
        NationalWriter(user) || await PlanAccess.CanEditAsync(user, governmentId, db, ct);

    /// <summary>Whether the user moderates some feedback at all (national staff, or an editor of some government).</summary>
    public static bool IsModerator(ClaimsPrincipal user) =>
        NationalWriter(user) || (user.ToActor() is { } a && a.Is(Core.Access.Role.RegionalOfficer) && a.GovernmentIds.Count > 0);
}

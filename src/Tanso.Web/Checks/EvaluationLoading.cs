using System.Security.Claims;
using Tanso.Core.Checks;
using Tanso.Data;
using Tanso.Web.Accounts;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Checks;

/// <summary>Loading a cycle for an evaluation command.</summary>
internal static class EvaluationLoading
{
    /// <summary>The cycle for a write: 404 when the caller cannot see it, 403 when they cannot write at all.</summary>
    public static async Task<(CheckCycle? Cycle, Outcome<object>? Refusal)> ForWriteAsync(TansoDb db, ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var cycle = await CheckAccess.LoadAsync(db, id, ct);
        if (cycle is null || !await CheckAccess.CanSeeAsync(user, cycle, db, ct))
        {
            return (null, Outcome<object>.Refused(404));
        }
        return !user.ToActor().IsAuthenticated ? (null, Outcome<object>.Refused(403)) : (cycle, null);
    }
}

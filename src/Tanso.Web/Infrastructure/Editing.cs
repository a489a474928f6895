using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tanso.Core;
using Tanso.Core.Access;
using Tanso.Data;
using Tanso.Web.Accounts;

namespace Tanso.Web.Infrastructure;

/// <summary>What every edit endpoint shares: who may write, and optimistic concurrency on versions.</summary>
internal static class Editing
{
    /// <summary>The actor, when they may write at all (signed in, not through a read-only token) and
    /// <paramref name="allowed"/> says yes for them; otherwise null.</summary>
    public static Actor? Writer(ClaimsPrincipal user, Func<Actor, bool> allowed)
    {
        var actor = user.ToActor();
        return actor.IsAuthenticated && allowed(actor) ? actor : null;
    }

    /// <summary>
    /// Saves <paramref name="entity"/> if it is still at <paramref name="expectedVersion"/>. The check runs
    /// in the UPDATE itself (WHERE Version = expected), so two concurrent edits cannot both win.
    /// Returns false, with the entity reloaded to its current values, when someone else got there first.
    /// </summary>
    public static async Task<bool> TrySaveAsync<T>(TansoDb db, T entity, int expectedVersion, CancellationToken ct)
        where T : class, IVersioned
    {
        if (entity.Version != expectedVersion)
        {
            await db.Entry(entity).ReloadAsync(ct); // drop the caller's unsaved change
            return false;
        }
        db.Entry(entity).Property(e => e.Version).OriginalValue = expectedVersion;
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            await db.Entry(entity).ReloadAsync(ct);
            return false;
        }
    }

    /// <summary>409 with the current values, so the client can reapply its change and retry.</summary>
    public static ProblemHttpResult Conflict(object current) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The record was changed by someone else.",
        detail: "Nothing was saved. Apply your change to the current values below and send it again with their version.",
        extensions: new Dictionary<string, object?> { ["current"] = current });

    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The request has invalid fields.");

    /// <summary>400 naming every field whose text is longer than its column, in the request's language.</summary>
    public static ValidationProblem Invalid(IEnumerable<Problem> problems) =>
        TypedResults.ValidationProblem(problems.ToDictionary(p => p.Field, p => new[] { Text.T(p.Ko, p.En) }), title: "The request has invalid fields.");
}

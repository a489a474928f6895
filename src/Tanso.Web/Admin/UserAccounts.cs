using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Access;
using Tanso.Core.Governments;
using Tanso.Data;
using Tanso.Data.Accounts;

namespace Tanso.Web.Admin;

/// <summary>Creating users and changing their roles and governments, all or nothing.</summary>
internal static class UserAccounts
{
    public static async Task<IReadOnlyList<string>> CreateAsync(
        TansoDb db, UserManager<TansoUser> users, TansoUser user, string password, IReadOnlyList<string> roles, IReadOnlyList<int> governmentIds, CancellationToken ct)
    {
        var problems = await CheckAsync(db, roles, governmentIds, ct);
        if (problems.Count > 0)
        {
            return problems;
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created.Errors.Select(e => e.Description).ToList();
        }
        await SetAsync(db, users, user, roles, governmentIds, ct);
        await tx.CommitAsync(ct);
        return [];
    }

    public static async Task<IReadOnlyList<string>> UpdateAsync(
        TansoDb db, UserManager<TansoUser> users, TansoUser user, IReadOnlyList<string> roles, IReadOnlyList<int> governmentIds, CancellationToken ct)
    {
        var problems = await CheckAsync(db, roles, governmentIds, ct);
        if (problems.Count > 0)
        {
            return problems;
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await SetAsync(db, users, user, roles, governmentIds, ct);
        // Sessions of this user pick up the change at their next validation.
        await users.UpdateSecurityStampAsync(user);
        await tx.CommitAsync(ct);
        return [];
    }

    private static async Task<IReadOnlyList<string>> CheckAsync(TansoDb db, IReadOnlyList<string> roles, IReadOnlyList<int> governmentIds, CancellationToken ct)
    {
        var problems = new List<string>();
        problems.AddRange(roles.Where(r => Roles.FromName(r) is null).Select(r => $"Unknown role '{r}'."));
        var known = await db.Governments.Where(g => governmentIds.Contains(g.Id)).Select(g => g.Id).ToListAsync(ct);
        problems.AddRange(governmentIds.Except(known).Select(id => $"Unknown government {id}."));
        if (roles.Contains(Role.RegionalOfficer.Name()) && governmentIds.Count == 0)
        {
            problems.Add("A regional officer must be bound to at least one government.");
        }
        if (roles.Contains(Role.SupportCentre.Name()) && governmentIds.Count == 0)
        {
            problems.Add("Support-centre staff must be bound to the governments their centre supports.");
        }
        return problems;
    }

    private static async Task SetAsync(TansoDb db, UserManager<TansoUser> users, TansoUser user, IReadOnlyList<string> roles, IReadOnlyList<int> governmentIds, CancellationToken ct)
    {
        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(roles));
        await users.AddToRolesAsync(user, roles.Except(current).Distinct());
        var bound = await db.UserGovernments.Where(g => g.UserId == user.Id).ToListAsync(ct);
        db.UserGovernments.RemoveRange(bound.Where(b => !governmentIds.Contains(b.GovernmentId)));
        db.UserGovernments.AddRange(governmentIds.Distinct().Where(id => bound.All(b => b.GovernmentId != id)).Select(id => new UserGovernment { UserId = user.Id, GovernmentId = id }));
        await db.SaveChangesAsync(ct);
    }

    public static string Label(this Government g, string lang) => g.Level == GovernmentLevel.National ? g.Name(lang) : $"{g.Name(lang)} ({g.AdministrativeCode})";
}

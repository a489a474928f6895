using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tanso.Data;
using Tanso.Data.Accounts;
using Tanso.Web.Accounts;
using Tanso.Web.Mail;

namespace Tanso.Web.Admin;

/// <summary>What an administrator does to someone's account beyond roles: disable, enable, issue a reset link.
/// Each is one transaction, and each leaves audit rows.</summary>
internal static class AccountControl
{
    /// <summary>Disables the account: it can no longer sign in, its sessions end and its tokens are revoked (for good:
    /// enabling the account again does not bring them back).</summary>
    public static async Task DisableAsync(TansoDb db, UserManager<TansoUser> users, TansoUser user, DateTime nowUtc, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        user.DisabledUtc = nowUtc;
        await users.UpdateAsync(user);
        foreach (var token in await db.AccessTokens.Where(t => t.UserId == user.Id && t.RevokedUtc == null).ToListAsync(ct))
        {
            token.RevokedUtc = nowUtc;
        }
        await Sessions.EndAllAsync(db, user.Id, Sessions.Disabled, nowUtc, except: null, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    public static async Task EnableAsync(UserManager<TansoUser> users, TansoUser user)
    {
        user.DisabledUtc = null;
        await users.UpdateAsync(user);
    }

    /// <summary>A one-time reset link for the account, e-mailed when mail is configured; otherwise, or when the mail server
    /// does not take it, the administrator hands it over. Returns the link, whether it was mailed, and why not if mailing failed.</summary>
    public static async Task<(Uri Link, bool Mailed, string? MailFailure)> IssueResetLinkAsync(
        TansoDb db, UserManager<TansoUser> users, AccountMail mail, TansoUser user, Uri origin, DateTime nowUtc, CancellationToken ct)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = new Uri(origin, $"/account/reset?userId={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}");
        var expires = nowUtc + AccountsSetup.ResetLinkLifetime;
        var mailed = false;
        string? failure = null;
        if (mail.IsConfigured && user.Email is { Length: > 0 })
        {
            try
            {
                await mail.SendResetLinkAsync(user, link, DateTime.SpecifyKind(expires, DateTimeKind.Utc), ct);
                mailed = true;
            }
            catch (MailNotSentException e)
            {
                failure = e.Message;
            }
        }
        // The link itself is a secret and never reaches the trail.
        db.AddAuditEvent(nameof(TansoUser), user.Id, "reset-link-issued", new { mailed, mailFailure = failure, expiresUtc = expires });
        await db.SaveChangesAsync(ct);
        return (link, mailed, failure);
    }
}

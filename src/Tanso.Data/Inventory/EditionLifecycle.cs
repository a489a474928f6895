using Microsoft.EntityFrameworkCore;
using Tanso.Core.Figures;

namespace Tanso.Data.Inventory;

/// <summary>
/// Corrections of editions after the fact: superseded by a newer one (the current view moves on, the
/// history stays), withdrawn with a reason, or deleted when nothing uses it. Every change is audited by
/// the save; an edition a plan, a check or an official figure uses is never deleted.
/// </summary>
public static class EditionLifecycle
{
    /// <summary>Marks <paramref name="code"/> as superseded by <paramref name="byCode"/>.</summary>
    public static async Task<(InventoryEdition? Edition, (string Ko, string En)? Refusal)> SupersedeAsync(TansoDb db, string code, string byCode, CancellationToken ct)
    {
        var editions = await db.InventoryEditions.Where(e => e.Code == code || e.Code == byCode).ToListAsync(ct);
        if (editions.FirstOrDefault(e => e.Code == code) is not { } old)
        {
            return (null, Missing(code));
        }
        if (editions.FirstOrDefault(e => e.Code == byCode) is not { } newer)
        {
            return (null, Missing(byCode));
        }
        if (old.SupersedeBy(newer) is { } refusal)
        {
            return (old, refusal);
        }
        await db.SaveChangesAsync(ct);
        return (old, null);
    }

    /// <summary>Withdraws <paramref name="code"/> with a reason.</summary>
    public static async Task<(InventoryEdition? Edition, (string Ko, string En)? Refusal)> WithdrawAsync(TansoDb db, string code, string reason, CancellationToken ct)
    {
        if (await db.InventoryEditions.SingleOrDefaultAsync(e => e.Code == code, ct) is not { } edition)
        {
            return (null, Missing(code));
        }
        if (edition.Withdraw(reason, db.Clock.GetUtcNow().UtcDateTime) is { } refusal)
        {
            return (edition, refusal);
        }
        await db.SaveChangesAsync(ct);
        return (edition, null);
    }

    /// <summary>Deletes <paramref name="code"/> and its values, unless anything still uses it.</summary>
    public static async Task<(string Ko, string En)?> DeleteAsync(TansoDb db, string code, CancellationToken ct)
    {
        if (await db.InventoryEditions.SingleOrDefaultAsync(e => e.Code == code, ct) is not { } edition)
        {
            return Missing(code);
        }
        var id = edition.Id;
        var users = new List<string>();
        if (await db.Plans.AnyAsync(p => p.BaseEditionId == id, ct)) { users.Add("plan (계획)"); }
        if (await db.EvaluationReviews.AnyAsync(r => r.EditionId == id, ct)) { users.Add("check (이행점검)"); }
        if (await db.OfficialFigures.AnyAsync(f => f.EditionId == id, ct)) { users.Add("official figures (공식 수치)"); }
        if (await db.InventoryEditions.AnyAsync(e => e.SupersededById == id, ct)) { users.Add("an edition it supersedes (대체된 판)"); }
        if (users.Count > 0)
        {
            return ($"'{code}'은(는) {string.Join(", ", users)}에서 쓰고 있어 지울 수 없습니다: 철회하십시오",
                $"'{code}' is used by {string.Join(", ", users)} and cannot be deleted: withdraw it instead");
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.InventoryEntries.Where(e => e.EditionId == id).ExecuteDeleteAsync(ct);
        await db.InventoryReportedLines.Where(l => l.EditionId == id).ExecuteDeleteAsync(ct);
        db.InventoryImports.RemoveRange(await db.InventoryImports.Where(i => i.EditionId == id).ToListAsync(ct));
        db.InventoryEditions.Remove(edition);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return null;
    }

    private static (string, string) Missing(string code) => ($"판 '{code}'이(가) 없습니다", $"no edition '{code}'");
}

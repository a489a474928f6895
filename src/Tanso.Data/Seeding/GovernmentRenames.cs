using Microsoft.EntityFrameworkCore;
using Tanso.Core.Governments;

namespace Tanso.Data.Seeding;

/// <summary>One recorded rename (government-renames.csv), keyed by the government's SGIS code.</summary>
public sealed record GovernmentRename(string SgisCode, string BeforeKo, string BeforeEn, string AfterKo, string AfterEn, DateOnly Effective, string Source);

/// <summary>
/// The renames since Statistics Korea's 2018 boundaries (인천 남구 → 미추홀구) and of the 시·도 (강원도 → 강원특별자치도,
/// 전라북도 → 전북특별자치도). Applying them is idempotent: a government still under the old name is renamed, one
/// already under the new name gets its former name recorded, and one that has both is left alone.
/// </summary>
public static class GovernmentRenames
{
    public static IReadOnlyList<GovernmentRename> All { get; } = EmbeddedCsv.Read("government-renames.csv", r => new GovernmentRename(
        r.Text("sgis_code"), r.Text("name_ko_before"), r.Text("name_en_before"), r.Text("name_ko_after"), r.Text("name_en_after"),
        r.Date("effective"), r.Text("source")));

    /// <summary>Applies the renames of <paramref name="government"/>, oldest first.</summary>
    /// <returns>Whether anything changed.</returns>
    public static bool Apply(Government government)
    {
        var changed = false;
        foreach (var rename in All.Where(r => r.SgisCode == government.SgisCode?.Value).OrderBy(r => r.Effective))
        {
            if (government.NameKo == rename.BeforeKo)
            {
                government.Rename(rename.AfterKo, rename.AfterEn, rename.Effective, rename.Source);
                changed = true;
            }
            else
            {
                changed |= government.RecordFormerName(new FormerName(rename.BeforeKo, rename.BeforeEn, rename.Effective.AddDays(-1), rename.Source));
            }
        }
        return changed;
    }

    /// <summary>Applies the renames to the governments of a database seeded before they were recorded.</summary>
    internal static async Task ApplyAsync(TansoDb db, CancellationToken ct)
    {
        var codes = All.Select(r => r.SgisCode).ToHashSet();
        var governments = (await db.Governments.Where(g => g.SgisCode != null).ToListAsync(ct))
            .Where(g => codes.Contains(g.SgisCode!.Value.Value));
        if (governments.Select(Apply).ToList().Contains(true))
        {
            await db.SaveChangesAsync(ct);
        }
    }
}

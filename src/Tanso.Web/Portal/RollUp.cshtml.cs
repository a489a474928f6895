using Tanso.Core;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Checks;
using Tanso.Core.Governments;
using Tanso.Data;
using Tanso.Web.Accounts;
using Tanso.Web.Plans;

namespace Tanso.Web.Portal;

/// <summary>One government in the national roll-up.</summary>
/// <param name="Facts">Its published plan and latest published yearly check (with grade).</param>
/// <param name="PlanCoversYear">Its published plan's period includes the year.</param>
/// <param name="CheckOfYear">Its published check of the year, if any.</param>
/// <param name="LatestVisible">The latest cycle the caller may see: published for the public; any stage for national staff
/// and the government's own editors.</param>
internal sealed record RollUpRow(GovernmentFacts Facts, int Depth, bool PlanCoversYear, CheckCycle? CheckOfYear, CheckCycle? LatestVisible);

/// <summary>
/// The national roll-up: every government's latest check status, which governments have a published plan and a published
/// check for a year, and the cascade of the 시·도's published targets against the national target (CascadeQuery).
/// </summary>
internal sealed class RollUpModel(TansoDb db, TimeProvider clock) : PageModel
{
    public int Year { get; private set; }
    public int TargetYear { get; private set; }
    public IReadOnlyList<RollUpRow> Rows { get; private set; } = [];
    public CascadeView? Cascade { get; private set; }

    public async Task OnGetAsync(int? year, int? target, CancellationToken ct)
    {
        var today = KoreanTime.Today(clock);
        // Unasked, the latest year with a published yearly check (the public sees nothing else).
        Year = year is >= 1990 and <= 2100 ? year.Value
            : CheckYears.Default(await db.CheckCycles.AsNoTracking().Where(c => c.Month == null && c.Stage == CheckStage.Published).Select(c => c.Year).Distinct().ToListAsync(ct), today);
        TargetYear = target is >= 1990 and <= 2100 ? target.Value : 2030;
        var governments = (await db.Governments.AsNoTracking().ToListAsync(ct)).Where(g => g.IsValidOn(new DateOnly(Year, 12, 31)) || g.Level != GovernmentLevel.Municipality).ToList();
        var facts = (await PortalFacts.LoadAsync(db, governments, withChecks: true, clock, ct)).ToDictionary(f => f.Government.Id);
        var actor = User.ToActor();
        var staff = PlanAccess.IsNationalStaff(actor);
        var cycles = await db.CheckCycles.AsNoTracking().Where(c => c.Month == null).ToListAsync(ct);
        var nationalId = governments.Single(g => g.Level == GovernmentLevel.National).Id;
        var visible = cycles.Where(c => c.Stage == CheckStage.Published || staff || actor.CanSeeDrafts(c.GovernmentId, c.GovernmentId == nationalId))
            .GroupBy(c => c.GovernmentId).ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.Year).ThenByDescending(c => c.Id).First());
        var publishedOfYear = cycles.Where(c => c.Stage == CheckStage.Published && c.Year == Year).GroupBy(c => c.GovernmentId).ToDictionary(g => g.Key, g => g.First());
        RollUpRow Row(Government g, int depth) => new(facts[g.Id], depth,
            facts[g.Id].Plan is { } p && p.PeriodStart <= Year && Year <= p.PeriodEnd, publishedOfYear.GetValueOrDefault(g.Id), visible.GetValueOrDefault(g.Id));
        var rows = new List<RollUpRow> { Row(governments.Single(g => g.Id == nationalId), 0) };
        foreach (var province in governments.Where(g => g.Level == GovernmentLevel.Province).OrderBy(g => g.AdministrativeCode?.Value, StringComparer.Ordinal))
        {
            rows.Add(Row(province, 1));
            rows.AddRange(governments.Where(g => g.ParentId == province.Id).OrderBy(g => g.NameKo, StringComparer.Ordinal).Select(g => Row(g, 2)));
        }
        Rows = rows;
        Cascade = await CascadeQuery.RunAsync(db, null, TargetYear, null, ct);
    }
}

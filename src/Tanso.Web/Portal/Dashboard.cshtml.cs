using Tanso.Core.Comparison;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Checks;
using Tanso.Core.Governments;
using Tanso.Core.Plans;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;
using Tanso.Data;

namespace Tanso.Web.Portal;

/// <summary>
/// A government's public dashboard: the emissions trend of its current inventory edition, its published plan's targets
/// and trajectory, its latest published check (grade, lagging tasks and sectors), per-capita and per-GRDP figures, and
/// downloads of the published plan and check reports. Drafts and unpublished cycles never appear here, whoever asks.
/// </summary>
internal sealed class DashboardModel(TansoDb db, TimeProvider clock) : PageModel
{
    public GovernmentFacts Facts { get; private set; } = null!;
    public Government? Parent { get; private set; }
    public IReadOnlyList<CheckCycle> PublishedChecks { get; private set; } = [];
    public IReadOnlyDictionary<int, decimal> ActualMt { get; private set; } = new Dictionary<int, decimal>();
    public IReadOnlyDictionary<int, decimal> PathMt { get; private set; } = new Dictionary<int, decimal>();
    public IReadOnlyDictionary<SectorCode, TonnesCo2e> SectorBases { get; private set; } = new Dictionary<SectorCode, TonnesCo2e>();

    /// <summary>The headline: the latest published check's, else the published plan against the inventory's latest year.</summary>
    public Checks.HeadlineView? Headline { get; private set; }

    /// <summary>True when <see cref="Headline"/> comes from a published check.</summary>
    public bool HeadlineFromCheck { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var government = await db.Governments.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id, ct);
        if (government is null)
        {
            return NotFound();
        }
        Facts = (await PortalFacts.LoadAsync(db, [government], withChecks: true, clock, ct))[0];
        Parent = government.ParentId is { } p ? await db.Governments.AsNoTracking().SingleOrDefaultAsync(g => g.Id == p, ct) : null;
        PublishedChecks = await db.CheckCycles.AsNoTracking().Where(c => c.GovernmentId == id && c.Stage == CheckStage.Published)
            .OrderByDescending(c => c.Year).ThenByDescending(c => c.Month).ToListAsync(ct);
        if (Facts.Inventory is { } s)
        {
            ActualMt = s.Years.ToDictionary(y => y, y => Math.Round(s.Gross(y).ToMegatonnes().Value, 3));
        }
        if (Facts.Plan is { } plan)
        {
            SectorBases = (await Plans.SectorBases.ForAsync(db, plan, ct)).Bases;
            var (path, _) = plan.PathOf(null, plan.BaseEmissions, new Dictionary<SectorCode, TonnesCo2e>());
            PathMt = path.ToDictionary(v => v.Year, v => Math.Round(v.Value.ToMegatonnes().Value, 3));
        }
        if (Facts.Evaluation is { } published)
        {
            (Headline, HeadlineFromCheck) = (Checks.HeadlineView.Of(published), true);
        }
        else if (Facts.Plan is { } p2 && Core.Checks.Headline.LatestYear(p2, Facts.Inventory) is { } year)
        {
            Headline = new(Core.Checks.Headline.Of(ComparableEmissions.Readings(p2, Facts.Inventory, Facts.Edition, year)), Facts.Edition?.IsSample ?? false);
        }
        return Page();
    }

    /// <summary>Emissions of the latest inventory year per person and per 100 million KRW of GRDP, with the statistic used.</summary>
    public (decimal? PerCapita, decimal? PerGrdp, GovernmentStatistic? Statistic) Intensities()
    {
        if (Facts.LatestYear is not { } year || Facts.Inventory is not { } s)
        {
            return (null, null, null);
        }
        var stat = Facts.StatisticOf(year);
        return (PeerComparison.PerCapita(s.Gross(year), stat?.Population), PeerComparison.PerGrdp(s.Gross(year), stat?.GrdpMillionKrw), stat);
    }

    public string TargetText(PlanTarget t) => t.Kind == TargetKind.ReductionPercent
        ? Infrastructure.Text.T($"{Facts.Plan!.BaseYear}년 대비 {Infrastructure.Fmt.Number(t.Value)} % 감축", $"−{Infrastructure.Fmt.Number(t.Value)} % vs {Facts.Plan!.BaseYear}")
        : $"{Infrastructure.Fmt.Tonnes(t.Value)} tCO2eq";
}

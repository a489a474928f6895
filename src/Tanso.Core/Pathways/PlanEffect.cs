using Tanso.Core.Plans;
using Tanso.Core.Quantities;
using Tanso.Core.Sectors;

namespace Tanso.Core.Pathways;

/// <summary>
/// What a plan's implementation tasks would do to a pathway: each task's expected yearly reduction taken off
/// its sector's line in that year. Only the lowest level that gives a reduction counts (a task whose
/// sub-projects give reductions is not counted again); a task without a sector takes its parent's; reductions
/// with no sector at all cannot be placed on a line and are reported instead.
/// </summary>
public static class PlanEffect
{
    /// <summary>Expected reduction per sector and year, and the total that has no sector.</summary>
    public static (IReadOnlyDictionary<(SectorCode Sector, int Year), TonnesCo2e> BySector, TonnesCo2e WithoutSector) ExpectedReductions(IReadOnlyList<PlanTask> tasks)
    {
        var byId = tasks.Where(t => t.Id != 0).ToDictionary(t => t.Id);
        var parentsWithReductions = tasks.Where(HasReduction).SelectMany(t => Ancestors(t, byId)).ToHashSet(ReferenceEqualityComparer.Instance);
        var bySector = new Dictionary<(SectorCode, int), TonnesCo2e>();
        var without = TonnesCo2e.Zero;
        foreach (var task in tasks.Where(t => HasReduction(t) && !parentsWithReductions.Contains(t)))
        {
            var sector = task.Sector ?? Ancestors(task, byId).Select(a => a.Sector).FirstOrDefault(s => s is not null);
            foreach (var year in task.CountedYears.Where(y => y.ExpectedReduction is not null))
            {
                if (sector is { } s)
                {
                    bySector[(s, year.Year)] = bySector.GetValueOrDefault((s, year.Year)) + year.ExpectedReduction!.Value;
                }
                else
                {
                    without += year.ExpectedReduction!.Value;
                }
            }
        }
        return (bySector, without);
    }

    /// <summary>The pathway with the plan's expected reductions taken off.</summary>
    public static ScenarioPathway Apply(ScenarioPathway baseline, IReadOnlyList<PlanTask> tasks)
    {
        var (bySector, without) = ExpectedReductions(tasks);
        var sectors = baseline.Lines.Select(l => l.Sector.Code).Concat(bySector.Keys.Select(k => k.Sector)).Distinct();
        var lines = sectors.Select(s => (s, (IReadOnlyList<YearValue>)baseline.Years
            .Select(y => new YearValue(y, baseline.ValueOf(s, y) - bySector.GetValueOrDefault((s, y))))
            .ToList())).ToList();
        var outside = bySector.Where(r => !baseline.Covers(r.Key.Year)).Sum(r => r.Value.Value);
        var notes = new List<PathwayNote>(baseline.Notes);
        if (without.Value != 0)
        {
            notes.Add(new PathwayNote(null, $"부문이 없는 과제의 예상 감축량 {without.Value:N0} tCO2eq는 어느 선에도 반영하지 못했습니다.",
                $"{without.Value:N0} tCO2eq of expected reductions belong to tasks without a sector and are not applied."));
        }
        if (outside != 0)
        {
            notes.Add(new PathwayNote(null, $"시나리오 기간 밖 연도의 예상 감축량 {outside:N0} tCO2eq는 반영하지 않았습니다.",
                $"{outside:N0} tCO2eq of expected reductions fall outside the pathway's years."));
        }
        return ScenarioPathway.FromYearly(baseline.BaseYear, baseline.EndYear, lines, notes);
    }

    private static bool HasReduction(PlanTask t) => t.CountedYears.Any(y => y.ExpectedReduction is not null);

    private static IEnumerable<PlanTask> Ancestors(PlanTask task, IReadOnlyDictionary<int, PlanTask> byId)
    {
        var parent = task.Parent ?? (task.ParentId is { } id ? byId.GetValueOrDefault(id) : null);
        while (parent is not null)
        {
            yield return parent;
            parent = parent.Parent ?? (parent.ParentId is { } pid ? byId.GetValueOrDefault(pid) : null);
        }
    }
}

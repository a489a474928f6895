using Tanso.Core;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Checks;
using Tanso.Core.Governments;
using Tanso.Core.Plans;
using Tanso.Data;

namespace Tanso.Web.TaskForce;

/// <summary>
/// One month of the pan-ministerial task force (범부처 TF): the national plan's monthly check of that month against
/// the month before, by responsible ministry (<see cref="TaskForceComparison"/>). A task is due at the end of its
/// plan end year; it is overdue as of the review day, the earlier of today and the month's last day, so a past
/// month reads as it did then.
/// </summary>
internal sealed record TaskForceMonth(int NationId, int Year, int Month, Plan? Plan, CheckCycle? Cycle, CheckCycle? Previous, IReadOnlyList<MinistryMonth> Ministries,
    DateOnly ReviewedOn, IReadOnlyList<(int Year, int Month)> Months)
{
    public (int Year, int Month) Before => Month == 1 ? (Year - 1, 12) : (Year, Month - 1);
    public (int Year, int Month) After => Month == 12 ? (Year + 1, 1) : (Year, Month + 1);
    public bool IsSample => Plan?.IsSample == true;

    /// <summary>The month asked for, or (none given) the latest month with a check, or this month.</summary>
    public static async Task<TaskForceMonth> LoadAsync(TansoDb db, int? year, int? month, TimeProvider clock, CancellationToken ct)
    {
        var today = KoreanTime.Today(clock);
        var nation = await db.Governments.AsNoTracking().SingleAsync(g => g.Level == GovernmentLevel.National, ct);
        var cycles = await db.CheckCycles.AsNoTracking().Where(c => c.GovernmentId == nation.Id && c.Month != null)
            .Select(c => new { c.Id, c.PlanId, c.Year, Month = c.Month!.Value }).ToListAsync(ct);
        var months = cycles.Select(c => (c.Year, c.Month)).Distinct().OrderBy(m => m.Year).ThenBy(m => m.Month).ToList();
        var (y, m) = (year, month) is ({ } gy, { } gm) ? (gy, gm) : months.Count > 0 ? months[^1] : (today.Year, today.Month);
        var before = m == 1 ? (y - 1, 12) : (y, m - 1);
        // Several revisions may hold a month's check; the newest plan's counts.
        int? Pick(int py, int pm) => cycles.Where(c => c.Year == py && c.Month == pm).OrderByDescending(c => c.PlanId).Select(c => (int?)c.Id).FirstOrDefault();
        var ids = new[] { Pick(y, m), Pick(before.Item1, before.Item2) }.OfType<int>().ToList();
        var loaded = await db.CheckCycles.AsNoTracking().Include(c => c.Deadlines).Include(c => c.Progress).AsSplitQuery().Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        var current = loaded.FirstOrDefault(c => c.Year == y && c.Month == m);
        var previous = loaded.FirstOrDefault(c => c.Year == before.Item1 && c.Month == before.Item2);
        var planIds = loaded.Select(c => c.PlanId).Distinct().ToList();
        var plans = await db.Plans.AsNoTracking().Include(p => p.Tasks).AsSplitQuery().Where(p => planIds.Contains(p.Id)).ToListAsync(ct);
        var tasks = plans.SelectMany(p => p.Tasks).ToDictionary(t => t.Id);
        var reviewedOn = new[] { today, CheckPeriod.OfMonth(y, m).LastDay }.Min();
        IEnumerable<NationalTaskStatus> Statuses(CheckCycle? cycle) => cycle?.Progress.Where(p => tasks.ContainsKey(p.TaskId)).Select(p => tasks[p.TaskId])
            .Select(t => new NationalTaskStatus(t.Code, t.Name, t.Department, cycle.Progress.Single(p => p.TaskId == t.Id).Status, new DateOnly(t.EndYear, 12, 31))) ?? [];
        var ministries = current is null ? [] : TaskForceComparison.Compare(Statuses(current), Statuses(previous), reviewedOn);
        // Without this month's check, the plan in force is where one is opened.
        var plan = plans.FirstOrDefault(p => p.Id == current?.PlanId)
            ?? await db.Plans.AsNoTracking().Where(p => p.GovernmentId == nation.Id && (p.Status == PlanStatus.Approved || p.Status == PlanStatus.Published))
                .OrderByDescending(p => p.Revision).ThenByDescending(p => p.Id).FirstOrDefaultAsync(ct);
        return new TaskForceMonth(nation.Id, y, m, plan, current, previous, ministries, reviewedOn, months);
    }
}

using Tanso.Core;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Checks;
using Tanso.Core.Governments;
using Tanso.Core.Plans;
using Tanso.Data;
using Tanso.Data.Inventory;
using Tanso.Web.Accounts;
using Tanso.Web.Checks;
using Tanso.Web.Plans;

namespace Tanso.Web.Reports;

/// <summary>The consolidated report is the Minister's: national officers and administrators only (the public reads
/// published results government by government).</summary>
internal static class ConsolidatedAccess
{
    public static bool Allowed(ClaimsPrincipal user) => PlanAccess.IsNationalStaff(user.ToActor());
}

/// <summary>One government's line of the roll-up: its plan in force (approved or published), its yearly cycle and what the check found.</summary>
internal sealed record ConsolidatedRow(Government Government, Loc Name, Plan? Plan, CheckCycle? Cycle, CycleEvaluation? Result, LateGovernment? Late)
{
    public CheckEvaluation? Evaluation => Result?.Evaluation;

    public Loc Submission => (Cycle, Late) switch
    {
        (null, _) => new("점검 없음", "no check"),
        (_, { IsMissing: true } l) => new($"미제출 ({l.DaysLate}일 지연)", $"missing ({l.DaysLate} days late)"),
        (_, { } l) => new($"{l.DaysLate}일 지연 제출", $"{l.DaysLate} days late"),
        ({ ReportSubmittedOn: not null }, null) => new("기한 내 제출", "in time"),
        _ => new("제출 전", "not yet due"),
    };

    public bool IsSample => Plan?.IsSample == true || Result?.Edition?.IsSample == true;

    /// <summary>The qualitative result: final, provisional with how many evaluators have scored, or none yet.</summary>
    public Loc? QualitativeStatus => Result is not { } r || Cycle is null ? null
        : r.Qualitative.Score is null && r.Completion.Complete == 0 ? new Loc("정성평가 전", "not yet scored")
        : r.Completion.IsFinal ? new Loc("확정", "final") : new Loc("잠정: " + r.Completion.Korean, "provisional: " + r.Completion.English);
}

/// <summary>
/// The Minister's consolidated report (종합 보고, Enforcement Decree Art 8) of every government of a level for a year:
/// plan, cycle stage, report on time or late, scores and grades, lagging tasks and total emissions against the
/// trajectory, with the distribution of grades and the governments missing a plan or a cycle.
/// </summary>
internal sealed record ConsolidatedReport(int Year, GovernmentLevel Level, IReadOnlyList<ConsolidatedRow> Rows, DateOnly Today)
{
    public bool HasSample => Rows.Any(r => r.IsSample);
    public int MissingPlans => Rows.Count(r => r.Plan is null);
    public int MissingCycles => Rows.Count(r => r.Cycle is null);
    public int Submitted => Rows.Count(r => r.Cycle?.ReportSubmittedOn is not null);
    public int Late => Rows.Count(r => r.Late is not null);
    public int MissingReports => Rows.Count(r => r.Late is { IsMissing: true });

    /// <summary>Governments per overall grade: every band of the default scale (zeros included), then the grades of
    /// cycles on a scale of their own (by best cut-off), then those without a grade.</summary>
    public IReadOnlyList<(Loc Grade, int Count)> Grades
    {
        get
        {
            var graded = Rows.Select(r => r.Evaluation?.Overall?.Grade).OfType<GradeBand>().ToList();
            var others = graded.Where(g => GradeScale.Default.Bands.All(b => b.Ko != g.Ko)).DistinctBy(g => g.Ko)
                .OrderByDescending(g => g.MinScore).ThenBy(g => g.Ko, StringComparer.Ordinal);
            return [.. GradeScale.Default.Bands.Concat(others).Select(b => (new Loc(b.Ko, b.En), graded.Count(g => g.Ko == b.Ko))),
                (new Loc("등급 없음", "no grade"), Rows.Count(r => r.Evaluation?.Overall is null))];
        }
    }

    public static async Task<ConsolidatedReport> LoadAsync(TansoDb db, int year, GovernmentLevel level, TimeProvider clock, CancellationToken ct)
    {
        var today = KoreanTime.Today(clock);
        var directory = await GovernmentDirectory.LoadAsync(db, ct);
        var yearEnd = new DateOnly(year, 12, 31);
        var governments = directory.All.Where(g => g.Level == level && g.IsValidOn(yearEnd))
            .OrderBy(g => g.AdministrativeCode?.Value ?? g.SgisCode?.Value ?? g.NameKo, StringComparer.Ordinal).ToList();
        var ids = governments.Select(g => g.Id).ToList();
        // Newest revision in force per government; the check is of that plan when it has one, else of the newest checked.
        var plans = (await db.Plans.AsNoTracking().Where(p => ids.Contains(p.GovernmentId) && (p.Status == PlanStatus.Approved || p.Status == PlanStatus.Published)).ToListAsync(ct))
            .GroupBy(p => p.GovernmentId).ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Revision).ThenByDescending(p => p.Id).First());
        var cycles = (await db.CheckCycles.AsNoTracking().Include(c => c.Deadlines).Include(c => c.Evaluators).Include(c => c.Progress).ThenInclude(p => p.Actuals)
                .AsSplitQuery().Where(c => c.Year == year && c.Month == null && ids.Contains(c.GovernmentId)).ToListAsync(ct))
            .GroupBy(c => c.GovernmentId).ToDictionary(g => g.Key,
                g => g.OrderByDescending(c => plans.TryGetValue(g.Key, out var p) && p.Id == c.PlanId).ThenByDescending(c => c.PlanId).First());
        var results = await BulkEvaluations.ForAsync(db, [.. cycles.Values], today, ct);
        var rows = governments.Select(g =>
        {
            var cycle = cycles.GetValueOrDefault(g.Id);
            var late = cycle?.LateReport(today);
            var plan = cycle is not null ? results[cycle.Id].Plan : plans.GetValueOrDefault(g.Id);
            return new ConsolidatedRow(g, new Loc(directory.FullNameOn(g, yearEnd), GovernmentDirectory.EnglishNameOn(g, yearEnd)), plan, cycle, cycle is null ? null : results[cycle.Id], late);
        }).ToList();
        return new ConsolidatedReport(year, level, rows, today);
    }
}

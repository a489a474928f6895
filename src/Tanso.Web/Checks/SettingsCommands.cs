using Tanso.Core;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Checks;
using Tanso.Data;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Checks;

/// <summary>National staff set a cycle's settings (weights, grade scale, qualitative options, deadlines) and its
/// rubric, each a versioned save of the cycle, until committee review or until the result is shown to the government.</summary>
internal static class SettingsCommands
{
    public static async Task<Outcome<object>> ConfigureAsync(TansoDb db, ClaimsPrincipal user, int id, SettingsInput input, CancellationToken ct)
    {
        var (cycle, refusal) = await LoadAsync(db, user, id, input.Version, c => c.ToSettingsDto(), ct);
        if (cycle is null)
        {
            return refusal!;
        }
        var problems = new List<Problem>();
        var deadlines = new Dictionary<CheckStage, DateOnly>();
        foreach (var (key, day) in input.Deadlines ?? [])
        {
            if (Enum.TryParse<CheckStage>(key, ignoreCase: true, out var stage) && Enum.IsDefined(stage))
            {
                deadlines[stage] = day;
            }
            else
            {
                problems.Add(new($"deadlines.{key}", $"'{key}'은(는) 점검 단계가 아닙니다(Open, Reporting, Evaluation, CommitteeReview, Published).",
                    $"'{key}' is not a stage (Open, Reporting, Evaluation, CommitteeReview, Published)."));
            }
        }
        var (q, c, o) = (input.Quantitative, input.Combination, input.Qualitative);
        var (settings, settingProblems) = CheckSettings.TryCreate(q.TasksPercent, q.EmissionsPercent, q.BudgetPercent, c.QuantitativePercent, c.QualitativePercent,
            input.Grades ?? [], o.TrimFromEvaluators, o.MaxStandardDeviation, o.MaxRange,
            input.RefuseLateReports ? LateReportPolicy.Refuse : LateReportPolicy.AcceptAndRecord, input.Quorum);
        problems.AddRange(settingProblems);
        problems.AddRange(cycle.DeadlineProblems(deadlines));
        if (problems.Count > 0)
        {
            return Outcome<object>.Invalid(problems);
        }
        var before = cycle.Deadlines.ToList();
        cycle.Configure(settings!, deadlines);
        // A deadline left out is deleted, not orphaned.
        db.RemoveRange(before.Except(cycle.Deadlines));
        return await SaveAsync(db, cycle, input.Version, c => c.ToSettingsDto(), ct);
    }

    public static async Task<Outcome<object>> ReplaceRubricAsync(TansoDb db, ClaimsPrincipal user, int id, RubricInput input, CancellationToken ct)
    {
        var (cycle, refusal) = await LoadAsync(db, user, id, input.Version, c => c.ToRubricDto(true), ct);
        if (cycle is null)
        {
            return refusal!;
        }
        var (rubric, problems) = RubricDraft.TryCreate(input.Name, input.Criteria ?? []);
        if (rubric is null)
        {
            return Outcome<object>.Invalid(problems);
        }
        var anyScored = await db.ScoreSheets.AnyAsync(s => s.CycleId == id && s.Scores.Count > 0, ct);
        if (cycle.ReplaceRubric(rubric, anyScored) is { } why)
        {
            return Outcome<object>.Refused(409, why);
        }
        return await SaveAsync(db, cycle, input.Version, c => c.ToRubricDto(true), ct);
    }

    /// <summary>Whether settings and the rubric may change given the result: not once it is shown or final, since the
    /// government would then be looking at a score computed differently.</summary>
    public static (string Ko, string En)? ResultLock(EvaluationReview? review) => review?.Stage is ReviewStage.ShownToGovernment or ReviewStage.Final
        ? ("결과가 지자체에 통보되었거나 확정되어 설정과 기준표를 바꿀 수 없습니다.", "Settings and the rubric cannot change once the result is shown to the government or final.")
        : null;

    private static async Task<(CheckCycle? Cycle, Outcome<object>? Refusal)> LoadAsync(TansoDb db, ClaimsPrincipal user, int id, int version,
        Func<CheckCycle, object> current, CancellationToken ct)
    {
        var (cycle, refusal) = await EvaluationLoading.ForWriteAsync(db, user, id, ct);
        if (cycle is null)
        {
            return (null, refusal);
        }
        if (!CheckAccess.CanManage(user))
        {
            return (null, Outcome<object>.Refused(403));
        }
        if (cycle.Version != version)
        {
            return (null, Outcome<object>.Conflict(current(cycle)));
        }
        var locked = cycle.SettingsLocked ?? ResultLock(await CheckEvaluations.ReviewAsync(db, cycle, ct));
        return locked is { } why ? (null, Outcome<object>.Refused(409, why)) : (cycle, null);
    }

    private static async Task<Outcome<object>> SaveAsync(TansoDb db, CheckCycle cycle, int version, Func<CheckCycle, object> dto, CancellationToken ct)
    {
        db.Entry(cycle).State = EntityState.Modified;
        if (await Editing.TrySaveAsync(db, cycle, version, ct))
        {
            return Outcome<object>.Done(dto(cycle));
        }
        var current = await CheckAccess.LoadAsync(db, cycle.Id, ct);
        return Outcome<object>.Conflict(dto(current!));
    }
}

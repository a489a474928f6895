using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tanso.Core;
using Tanso.Core.Checks;
using Tanso.Data;
using Tanso.Web.Accounts;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Checks;

/// <summary>National staff record that a criterion the evaluators disagreed on was calibrated (조정 완료), with the
/// outcome; it covers the scores standing now, so the flag opens again if any of them changes.</summary>
internal static class CalibrationCommands
{
    public static async Task<Outcome<object>> ResolveAsync(TansoDb db, ClaimsPrincipal user, int id, CalibrationInput input, TimeProvider clock, CancellationToken ct)
    {
        var (cycle, refusal) = await EvaluationLoading.ForWriteAsync(db, user, id, ct);
        if (cycle is null)
        {
            return refusal!;
        }
        if (cycle.WhyNot(CycleAction.ResolveCalibration, await CheckAccess.PartyAsync(user, cycle, db, ct)) is { } refused)
        {
            return refused.Forbidden ? Outcome<object>.Refused(403) : Outcome<object>.Refused(409, refused.Refusal!.Value);
        }
        if (string.IsNullOrWhiteSpace(input.Note) || TextLimits.Exceeds(input.Note, TextLimits.Paragraph))
        {
            var (ko, en) = string.IsNullOrWhiteSpace(input.Note) ? ("조정 결과를 적으십시오.", "Write what the calibration concluded.") : TextLimits.TooLong(input.Note, TextLimits.Paragraph);
            return Outcome<object>.Invalid("note", $"조정 결과: {ko}", $"Note: {en}");
        }
        var sheets = await CheckEvaluations.SheetsAsync(db, cycle, ct);
        var aggregate = CheckEvaluations.QualitativeOf(cycle, sheets).Criteria.FirstOrDefault(c => c.Criterion == input.Criterion?.Trim());
        if (aggregate is not { NeedsCalibration: true })
        {
            return Outcome<object>.Invalid("criterion", $"'{input.Criterion}'은(는) 조정 필요로 표시된 항목이 아닙니다.", $"'{input.Criterion}' is not a criterion flagged for calibration.");
        }
        // One standing calibration per criterion: a new one replaces the last, in the same save.
        db.CalibrationResolutions.RemoveRange(await db.CalibrationResolutions.Where(r => r.CycleId == id && r.Criterion == aggregate.Criterion).ToListAsync(ct));
        db.CalibrationResolutions.Add(new CalibrationResolution(id, aggregate.Criterion, aggregate.Scores, input.Note, KoreanTime.Today(clock), user.ToActor().Name));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            return Outcome<object>.Refused(409, Text.T("다른 사람이 방금 같은 항목의 조정을 기록했습니다. 새로 고친 뒤 다시 하십시오.", "Someone just recorded a calibration of this criterion; reload and try again."));
        }
        var evaluation = await CheckEvaluations.ForAsync(db, cycle, clock, ct);
        return Outcome<object>.Done(await EvaluationViews.QualitativeAsync(db, user, cycle, evaluation, ct));
    }
}

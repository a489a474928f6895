using Tanso.Core;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Checks;
using Tanso.Data;
using Tanso.Web.Accounts;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Checks;

/// <summary>An assigned evaluator scores the cycle's rubric: one level per criterion with a comment and evidence,
/// changeable during evaluation and committee review except while the result is shown to the government or final.</summary>
internal static class ScoringCommands
{
    public static async Task<Outcome<object>> ScoreAsync(TansoDb db, ClaimsPrincipal user, int id, SheetInput input, CancellationToken ct)
    {
        var (cycle, refusal) = await EvaluationLoading.ForWriteAsync(db, user, id, ct);
        if (cycle is null)
        {
            return refusal!;
        }
        if (!CheckAccess.IsAssignedEvaluator(user, cycle))
        {
            return Outcome<object>.Refused(403);
        }
        var me = user.ToActor().UserId!;
        var sheet = await db.ScoreSheets.Include(s => s.Scores).SingleOrDefaultAsync(s => s.CycleId == id && s.EvaluatorId == me, ct);
        var review = await CheckEvaluations.ReviewAsync(db, cycle, ct);
        if (sheet is not null ? sheet.Version != input.Version : input.Version != 0)
        {
            return Outcome<object>.Conflict(SheetOf(cycle, sheet, review));
        }
        if (ScoreSheet.WhyClosed(cycle.Stage, review?.Stage) is { } closed)
        {
            return Outcome<object>.Refused(409, closed);
        }
        var isNew = sheet is null;
        sheet ??= new ScoreSheet(id, me);
        var problems = new List<Problem>();
        for (var i = 0; i < (input.Scores ?? []).Count; i++)
        {
            var s = input.Scores![i];
            if (sheet.Set(cycle.Rubric, s.Criterion, s.Level, s.Comment, s.Evidence) is { } why)
            {
                problems.Add(new($"scores[{i}]", why.Ko, why.En));
            }
        }
        if (problems.Count > 0)
        {
            return Outcome<object>.Invalid(problems);
        }
        if (isNew)
        {
            db.ScoreSheets.Add(sheet);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (UniqueViolation.Is(e))
            {
                // The same evaluator's first sheet saved twice at once: the other one won.
                return Outcome<object>.Refused(409, Text.T("같은 평가표가 방금 저장되었습니다. 새로 고친 뒤 다시 하십시오.", "The same sheet was just saved; reload and try again."));
            }
            return Outcome<object>.Done(SheetOf(cycle, sheet, review));
        }
        db.Entry(sheet).State = EntityState.Modified;
        if (await Editing.TrySaveAsync(db, sheet, input.Version, ct))
        {
            return Outcome<object>.Done(SheetOf(cycle, sheet, review));
        }
        return Outcome<object>.Conflict(SheetOf(cycle, await db.ScoreSheets.Include(s => s.Scores).AsNoTracking().SingleAsync(s => s.Id == sheet.Id, ct), review));
    }

    /// <summary>The evaluator's own sheet (version 0 and no scores before the first save).</summary>
    public static SheetDto SheetOf(CheckCycle cycle, ScoreSheet? sheet, EvaluationReview? review)
    {
        var closed = ScoreSheet.WhyClosed(cycle.Stage, review?.Stage);
        return new SheetDto(sheet?.Version ?? 0, closed is null, closed is { } c ? Text.T(c.Ko, c.En) : null,
            (sheet?.Scores ?? []).Select(s => new ScoreEntryDto(Text.T("나", "me"), s.Level, s.Score, s.Comment, s.Evidence)).ToList());
    }
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tanso.Core.Plans;
using Tanso.Data;
using Tanso.Web.Accounts;
using Tanso.Web.Infrastructure;

namespace Tanso.Web.Plans;

internal sealed record StepInput(string Action, int Version, string? Reason = null);

internal sealed record OpinionInput(int Version, string Text);

/// <summary>The plan's way to publication, shared by the API and the page: load for the step (policy and state),
/// call the plan, save with its version. Every change is audited by the database context.</summary>
internal static class PlanReviewCommands
{
    /// <summary>The steps taken with a button (the committee record, opinions and answers have their own forms).</summary>
    public static readonly PlanStep[] Moves = [PlanStep.Reopen, PlanStep.Submit, PlanStep.Receive, PlanStep.Return, PlanStep.Approve, PlanStep.Publish];

    /// <summary>Files the minutes may come as: the formats Korean committees publish minutes in.</summary>
    public static readonly string[] MinutesTypes = [".pdf", ".hwp", ".hwpx", ".docx", ".doc"];

    public static async Task<PlanOutcome> MoveAsync(TansoDb db, ClaimsPrincipal user, TimeProvider clock, int id, StepInput input, CancellationToken ct)
    {
        var step = Moves.Where(m => m.Name() == input.Action?.Trim().ToLowerInvariant()).Select(m => (PlanStep?)m).SingleOrDefault();
        if (step is null)
        {
            return new PlanOutcome(null, 400, Errors: new() { ["action"] = [Text.T("reopen, submit, receive, return, approve, publish 중 하나를 보내십시오.", "Use reopen, submit, receive, return, approve or publish.")] });
        }
        var (plan, refusal) = await PlanCommands.LoadForStepAsync(db, user, id, input.Version, step.Value, ct);
        if (plan is null)
        {
            return refusal!;
        }
        var (by, at) = (Who(user), clock.GetUtcNow().UtcDateTime);
        var verdict = step switch
        {
            PlanStep.Reopen => plan.Reopen(),
            PlanStep.Submit => plan.Submit(by, at),
            PlanStep.Receive => plan.Receive(by),
            PlanStep.Return => plan.Return(by, input.Reason ?? "", at),
            PlanStep.Approve => plan.Approve(by, at),
            _ => plan.Publish(at),
        };
        if (!verdict.Allowed)
        {
            return step == PlanStep.Return
                ? new PlanOutcome(null, 400, Errors: new() { ["reason"] = [Text.T(verdict.Reason!.Value.Ko, verdict.Reason.Value.En)] })
                : PlanOutcome.Refused(422, verdict);
        }
        return await PlanCommands.SaveAsync(db, plan, input.Version, ct);
    }

    public static async Task<PlanOutcome> RecordCommitteeAsync(TansoDb db, ClaimsPrincipal user, TimeProvider clock, int id, int version,
        string? date, string? decision, (string Name, byte[] Content)? minutes, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!DateOnly.TryParseExact(date?.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
        {
            errors["date"] = [Text.T("심의일을 2024-03-20처럼 쓰십시오.", "Write the committee date as 2024-03-20.")];
        }
        if (!PlanInput.TryEnum<CommitteeDecision>(decision, out var decided))
        {
            errors["decision"] = [Text.T("의결 내용을 고르십시오: 원안 의결(adopted) 또는 수정 의결(adopted-with-changes).", "Choose the decision: adopted or adopted-with-changes.")];
        }
        if (minutes is null)
        {
            errors["file"] = [Text.T($"위원회 회의록 파일을 붙이십시오 ({string.Join(", ", MinutesTypes)}).", $"Attach the committee's minutes ({string.Join(", ", MinutesTypes)}).")];
        }
        if (errors.Count > 0)
        {
            return new PlanOutcome(null, 400, Errors: errors);
        }
        var (plan, refusal) = await PlanCommands.LoadForStepAsync(db, user, id, version, PlanStep.RecordCommittee, ct);
        if (plan is null)
        {
            return refusal!;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var verdict = plan.RecordCommittee(day, decided, minutes!.Value.Name, Tanso.Core.KoreanTime.Today(clock));
        if (!verdict.Allowed)
        {
            return new PlanOutcome(null, 400, Errors: new() { [minutes.Value.Name.Length == 0 ? "file" : "date"] = [Text.T(verdict.Reason!.Value.Ko, verdict.Reason.Value.En)] });
        }
        // One transaction: the file and the plan's record go in together or not at all.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.PlanCommitteeMinutes.Where(m => m.PlanId == plan.Id).ExecuteDeleteAsync(ct);
        db.PlanCommitteeMinutes.Add(new PlanCommitteeMinutes(plan.Id, minutes.Value.Name, ContentType(minutes.Value.Name), minutes.Value.Content, now));
        var outcome = await PlanCommands.SaveAsync(db, plan, version, ct);
        if (outcome.Ok)
        {
            await tx.CommitAsync(ct);
        }
        return outcome;
    }

    public static async Task<PlanOutcome> OpineAsync(TansoDb db, ClaimsPrincipal user, TimeProvider clock, int id, OpinionInput input, CancellationToken ct)
    {
        var (plan, refusal) = await PlanCommands.LoadForStepAsync(db, user, id, input.Version, PlanStep.Opine, ct);
        if (plan is null)
        {
            return refusal!;
        }
        var ties = PlanPolicy.Relations(user.ToActor(), await PlanAccess.GovernmentAsync(db, plan.GovernmentId, ct));
        var fromProvince = ties.Contains(PlanRelation.Province) && !ties.Contains(PlanRelation.NationalReviewer);
        var verdict = plan.Opine(Who(user), fromProvince, input.Text ?? "", clock.GetUtcNow().UtcDateTime);
        return verdict.Allowed
            ? await PlanCommands.SaveAsync(db, plan, input.Version, ct)
            : new PlanOutcome(null, 400, Errors: new() { ["text"] = [Text.T(verdict.Reason!.Value.Ko, verdict.Reason.Value.En)] });
    }

    public static async Task<PlanOutcome> AnswerAsync(TansoDb db, ClaimsPrincipal user, TimeProvider clock, int id, int opinionId, OpinionInput input, CancellationToken ct)
    {
        var (plan, refusal) = await PlanCommands.LoadForStepAsync(db, user, id, input.Version, PlanStep.Answer, ct);
        if (plan is null)
        {
            return refusal!;
        }
        if (plan.Opinions.All(o => o.Id != opinionId))
        {
            return new PlanOutcome(null, 404);
        }
        var verdict = plan.Answer(opinionId, Who(user), input.Text ?? "", clock.GetUtcNow().UtcDateTime);
        return verdict.Allowed
            ? await PlanCommands.SaveAsync(db, plan, input.Version, ct)
            : new PlanOutcome(null, 400, Errors: new() { ["text"] = [Text.T(verdict.Reason!.Value.Ko, verdict.Reason.Value.En)] });
    }

    private static PlanActor Who(ClaimsPrincipal user)
    {
        var actor = user.ToActor();
        return new PlanActor(actor.UserId, Tanso.Core.TextLimits.Shorten(actor.Name, Tanso.Core.TextLimits.Name));
    }

    private static string ContentType(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".pdf" => "application/pdf",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".doc" => "application/msword",
        ".hwpx" => "application/hwp+zip",
        _ => "application/x-hwp",
    };
}
